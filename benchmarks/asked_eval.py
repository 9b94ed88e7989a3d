"""A draft that answers what the citizen only asked (`guichet.drafting.asked`): recall on the asserted sentences,
false flags on the others, by label, on the corpus `corpora/asked/` (message, passage, sentence, label).

    .venv/bin/python benchmarks/asked_eval.py corpora/asked --split train,validation [--show] [--raw]

Each message is pseudonymised first, as at intake (`--raw` skips it); the passage is the draft's only source.
"""

import argparse
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

_APART = "§§§"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--show", action="store_true", help="print every item the check gets wrong")
    parser.add_argument("--raw", action="store_true", help="read the message as written (not pseudonymised)")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.drafting.asked import find_asked
    from guichet.drafting.checks import check_draft
    from guichet.privacy.pseudonymise import pseudonymise_message

    splits = options.split.split(",")
    flagged: Counter[str] = Counter()
    by_others: Counter[str] = Counter()  # what the earlier checks already flag (an unsupported number, sentence…)
    by_any: Counter[str] = Counter()
    codes_of: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    seconds = 0.0
    for item in read_corpus(options.folder):
        if item["split"] not in splits:
            continue
        message, sentence = item["message"], item["sentence"]
        if not options.raw:  # one pseudonymisation for both, as a draft written from the pseudonymised message
            both = pseudonymise_message(title="", body=f"{message}\n\n{_APART}\n\n{sentence}")[1].text
            message, _, sentence = (part.strip() for part in both.partition(_APART))
        started = time.perf_counter()
        found = bool(find_asked(sentence, message, [item.get("passage") or ""]))
        seconds += time.perf_counter() - started
        sources = [{"n": 1, "title": "", "passage": item.get("passage") or ""}]
        checks, alerts = check_draft(sentence, sources=sources, message_text=message, require_citation=False)
        codes = {a["code"] for a in alerts if a["level"] != "info" and a["code"] != "asked_not_told"}
        if checks["unsupported_sentences"]:  # its alert gives way to this check's on the same sentence
            codes.add("sentence_unsupported")
        earlier = bool(codes)
        codes_of[item["label"]].update(codes)
        totals[item["label"]] += 1
        flagged[item["label"]] += found
        by_others[item["label"]] += earlier
        by_any[item["label"]] += earlier or found
        if options.show and found != (item["label"] == "asserted"):
            print(f"{item['id']} {item['label']} → {'flagged' if found else 'passed'}\n    {message}\n    {sentence}")
    n = sum(totals.values())
    others = n - totals["asserted"]
    labels = sorted(k for k in totals if k != "asserted")
    false_flags = sum(flagged[k] for k in totals if k != "asserted")
    print(f"items {n} ({options.split}{', raw messages' if options.raw else ', pseudonymised messages'})")
    print(f"asserted flagged: recall {flagged['asserted']}/{totals['asserted']}")
    by_label = ", ".join(f"{k} {flagged[k]}/{totals[k]}" for k in labels)
    print(f"others flagged (the cost): {false_flags}/{others}  {by_label}")
    for name, counts in (("the other checks alone", by_others), ("any check, this one included", by_any)):
        wrong = sum(counts[k] for k in totals if k != "asserted")
        print(f"{name}: asserted {counts['asserted']}/{totals['asserted']}, others {wrong}/{others}")
    print(f"the earlier checks' alerts, by label: { {k: dict(v) for k, v in codes_of.items()} }")
    per_sentence = 1000 * seconds / max(n, 1)
    print(f"precision {flagged['asserted']}/{flagged['asserted'] + false_flags}; {per_sentence:.2f} ms per sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
