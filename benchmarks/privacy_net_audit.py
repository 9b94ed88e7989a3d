"""Audit of the prompt guard's safety net (`guichet.privacy.net`): what it would catch that detection missed, and
what it masks for nothing.

Usage: .venv/bin/python benchmarks/privacy_net_audit.py [--survivors FILE] [--split train+validation]
    [--other corpora/drafting] [--show N]

- catch: every planted string of the privacy split, in the ORIGINAL text (as if detection had missed all of them):
  the share the net alone would remove, by category, and by batch (each batch is a writer the net was not fitted
  on when it was left out of the design);
- survivors (`--survivors`, lines "id<TAB>value"): strings that survived detection on unseen batches at the time
  they were measured; how many the net catches in their original message;
- cost: the net's spans on the pseudonymised texts (what it would add before a model call) that cover no planted
  string, per 1,000 words, on the privacy split and on the messages of `--other` corpora (no planted strings:
  every span there is counted, and listed with `--show`).
"""

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "privacy")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--survivors", type=Path)
    parser.add_argument("--other", type=Path, action="append", default=[])
    parser.add_argument("--show", type=int, default=0, help="print this many spans of each cost measure")
    parser.add_argument("--no-cost", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.corpora import read_corpus
    from guichet.privacy.analyzer import prefetch
    from guichet.privacy.evaluation import corpus_split, survives
    from guichet.privacy.net import suspects
    from guichet.privacy.pseudonymise import pseudonymise_message

    def covered(value: str, category: str, text: str, spans: list) -> bool:
        """The planted string no longer survives (`evaluation.survives`) once the net's spans are masked."""
        for span in sorted(spans, key=lambda s: s.start, reverse=True):
            text = text[: span.start] + f"[{span.kind}_1]" + text[span.end :]
        return not survives(value, category, text)

    items = corpus_split(args.corpus, args.split)
    caught, totals, by_batch, batch_totals = Counter(), Counter(), Counter(), Counter()
    for item in items:
        text = f"{item.get('title') or ''}\n{item.get('message') or ''}"
        spans = suspects(text)
        for value, category in zip(item.get("pii") or [], item.get("categories") or [], strict=False):
            totals[category] += 1
            batch_totals[item["file"]] += 1
            if covered(value, category, text, spans):
                caught[category] += 1
                by_batch[item["file"]] += 1
    print(f"catch, {args.split}, original texts: {sum(caught.values())}/{sum(totals.values())}")
    for category, total in totals.most_common():
        print(f"  {category:<20} {caught[category]:>4}/{total:<4}")
    for batch in sorted(batch_totals):
        print(f"  batch {batch:<28} {by_batch[batch]:>4}/{batch_totals[batch]}")

    if args.survivors:
        by_id = {item["id"]: item for item in read_corpus(args.corpus)}
        rows = [line.split("\t", 1) for line in args.survivors.read_text(encoding="utf-8").splitlines() if line]
        categories = {
            (i["id"], v): c
            for i in by_id.values()
            for v, c in zip(i.get("pii") or [], i.get("categories") or [], strict=False)
        }
        hit = 0
        for item_id, value in rows:
            value = value.replace("\\n", "\n")
            item = by_id[item_id]
            text = f"{item.get('title') or ''}\n{item.get('message') or ''}"
            ok = covered(value, categories.get((item_id, value), ""), text, suspects(text))
            hit += ok
            print(f"  {'CAUGHT' if ok else 'missed'} {item_id} {value!r}")
        print(f"survivors caught: {hit}/{len(rows)}")

    if args.no_cost:
        return
    for name, cost_items in [(args.split, items)] + [
        (str(other), [i for i in read_corpus(other) if i["split"] in ("train", "validation")]) for other in args.other
    ]:
        prefetch([f"{i.get('title') or ''}" for i in cost_items] + [i.get("message") or "" for i in cost_items])
        words, extra, kinds, shown = 0, 0, Counter(), 0
        for item in cost_items:
            title, body = pseudonymise_message(title=item.get("title") or "", body=item.get("message") or "")
            pii = item.get("pii") or []
            for text in (title.text, body.text):
                words += len(text.split())
                for span in suspects(text):
                    value = text[span.start : span.end]
                    if any(value in p or p in value for p in pii):
                        continue
                    extra += 1
                    kinds[span.kind] += 1
                    if shown < args.show:
                        shown += 1
                        context = text[max(0, span.start - 40) : span.end + 25].replace("\n", " ")
                        print(f"    {item['id']} {span.kind} {value!r} … {context!r}")
        print(
            f"cost {name}: {extra} net spans over no planted string in {len(cost_items)} messages "
            f"({1000 * extra / max(words, 1):.2f} per 1,000 words; {dict(kinds)})"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
