"""The support check of drafts (`sentence_unsupported`, `guichet.drafting.checks.check_support`) on the corpora
that label a sentence against its message or its source: how often a faithful sentence is flagged, how often an
unsupported one is, by label.

    .venv/bin/python benchmarks/support_eval.py --split train,validation [--show LABEL,...]

- `corpora/asked/`: message + passage (the draft's only source) + sentence; asserted should be flagged (by this
  check or another: the last line says by any), told / reported / sourced / other should not. Messages are
  pseudonymised first, as at intake.
- `corpora/claims/` with a fiche (c1–c4): the item's passage as source 1; supported should pass, unsupported be
  flagged (a contradicted sentence is the contradiction check's).
- `corpora/claims/` with a message (c5–c9): the message alone; consistent should pass, unsupported be flagged.
- `corpora/drafting/`: each item's key facts written as one draft, its gold fiches (whole, from the shared
  service-public.fr folder) as sources: no key fact should be flagged. Also the time of `check_draft` per draft.
"""

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

import django

from guichet.corpora import read_corpus

_APART = "§§§"
AUDIENCES = ("particuliers", "professionnels", "associations")


def fiche_text(folder: Path, fiche_id: str) -> tuple[str, str] | None:
    from guichet.knowledge.fiches import parse_bytes

    for audience in AUDIENCES:
        path = folder / audience / f"{fiche_id}.xml"
        if path.exists():
            fiche = parse_bytes(path.read_bytes(), source=str(path))
            return fiche.title, "\n".join(block.text for block in fiche.blocks)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=Path("corpora"))
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--show", default="", help="print the items of these labels whose verdict is wrong")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from django.conf import settings

    from guichet.drafting.checks import check_draft
    from guichet.privacy.pseudonymise import pseudonymise_message

    splits = options.split.split(",")
    show = set(filter(None, options.show.split(",")))
    shared = Path(settings.SHARED_DIR) / "data" / "service-public"

    def report(name: str, flagged: Counter, totals: Counter, positives: set[str]) -> None:
        parts = ", ".join(f"{k} {flagged[k]}/{totals[k]}" for k in sorted(totals))
        pos = sum(flagged[k] for k in positives)
        neg = sum(flagged[k] for k in totals if k not in positives)
        n_pos = sum(totals[k] for k in positives)
        n_neg = sum(totals.values()) - n_pos
        print(f"{name}: {parts}  — should be flagged {pos}/{n_pos}, faithful flagged {neg}/{n_neg}")

    def unsupported(sentence: str, sources: list[dict], message: str = "") -> bool:
        checks, _ = check_draft(sentence, sources=sources, message_text=message, require_citation=False)
        return bool(checks["unsupported_sentences"])

    def note(item: dict, flagged: bool, positive: bool, context: str) -> None:
        if item["label"] in show and flagged != positive:
            print(
                f"  {item['id']} {item['label']} → {'flagged' if flagged else 'passed'}\n    {context[:300]}\n"
                f"    {item['sentence']}"
            )

    # asked
    flagged: Counter[str] = Counter()
    any_check: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for item in read_corpus(options.corpora / "asked"):
        if item["split"] not in splits:
            continue
        both = pseudonymise_message(title="", body=f"{item['message']}\n\n{_APART}\n\n{item['sentence']}")[1].text
        message, _, sentence = (part.strip() for part in both.partition(_APART))
        sources = [{"n": 1, "title": "", "passage": item.get("passage") or ""}]
        checks, alerts = check_draft(sentence, sources=sources, message_text=message, require_citation=False)
        hit = bool(checks["unsupported_sentences"])
        totals[item["label"]] += 1
        flagged[item["label"]] += hit
        any_check[item["label"]] += any(a["level"] != "info" for a in alerts) or hit
        note(item, hit, item["label"] == "asserted", f"{message} ‖ {item.get('passage') or ''}")
    report("asked, sentence_unsupported", flagged, totals, {"asserted"})
    report("asked, any warning or error", any_check, totals, {"asserted"})

    # claims
    by_fiche: Counter[str] = Counter()
    fiche_totals: Counter[str] = Counter()
    by_message: Counter[str] = Counter()
    message_totals: Counter[str] = Counter()
    for item in read_corpus(options.corpora / "claims"):
        if item["split"] not in splits:
            continue
        if "fiche_id" in item:
            hit = unsupported(f"{item['sentence']} [1]", [{"n": 1, "title": "", "passage": item["passage"]}])
            by_fiche[item["label"]] += hit
            fiche_totals[item["label"]] += 1
            note(item, hit, item["label"] == "unsupported", item["passage"])
        else:
            message = pseudonymise_message(title="", body=item["message"])[1].text
            hit = unsupported(item["sentence"], [], message)
            by_message[item["label"]] += hit
            message_totals[item["label"]] += 1
            note(item, hit, item["label"] == "unsupported", message)
    report("claims against their passage", by_fiche, fiche_totals, {"unsupported", "contradicted"})
    report("claims about the writer against the message", by_message, message_totals, {"unsupported", "contradicted"})

    # drafting key facts
    facts = facts_flagged = drafts = 0
    seconds = 0.0
    for item in read_corpus(options.corpora / "drafting"):
        if item["split"] not in splits or not item.get("key_facts"):
            continue
        sources = []
        for n, fiche_id in enumerate(item.get("fiche_ids") or [], 1):
            found = fiche_text(shared, fiche_id)
            if found:
                sources.append({"n": n, "title": found[0], "passage": found[1]})
        if not sources:
            continue
        text = " ".join(
            f"{fact.rstrip()} [1]" if fact.rstrip().endswith(".") else f"{fact.rstrip()}. [1]"
            for fact in item["key_facts"]
        )
        started = time.perf_counter()
        checks, _ = check_draft(text, sources=sources, message_text=item["message"], require_citation=False)
        seconds += time.perf_counter() - started
        drafts += 1
        facts += len(item["key_facts"])
        facts_flagged += len(checks["unsupported_sentences"])
        if "key_fact" in show:
            for hit in checks["unsupported_sentences"]:
                print(f"  {item['id']} key fact flagged: {hit['sentence']}")
    print(f"drafting key facts with their own fiches: flagged {facts_flagged}/{facts} ({drafts} drafts)")
    print(f"check_draft: {1000 * seconds / max(drafts, 1):.1f} ms per draft of key facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
