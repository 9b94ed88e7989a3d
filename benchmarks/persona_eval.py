"""The check of what a draft says about its writer (`guichet.drafting.persona`) on the claims about the writer
(`corpora/claims/`, the items with a `message`: batch c5).

.venv/bin/python benchmarks/persona_eval.py corpora/claims --split train,validation [--show] [--raw]

Each item's message is pseudonymised first (as at intake; `--raw` skips it), its dates read back from the mapping
as `compose` does, and the item's sentence is read as a draft sentence. Reports the confusion of the three labels
(plus "none": no clause about the writer found), the precision and recall of "contradicted" (what is removed from a
model's text) and of "flagged" (contradicted or unsupported: what raises an alert), and the time per sentence.
"""

import argparse
import os
import sys
import time
from collections import Counter

import django

from guichet.corpora import read_corpus

LABELS = ("contradicted", "unsupported", "consistent")


def main() -> int:
    parser = argparse.ArgumentParser(description="Ce que le brouillon dit de l'usager : précision, rappel.")
    parser.add_argument("folder")
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--show", action="store_true", help="print every item the check gets wrong")
    parser.add_argument("--raw", action="store_true", help="read the message as written (not pseudonymised)")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.drafting.persona import find_claims, private_dates
    from guichet.privacy.pseudonymise import pseudonymise_message

    splits = options.split.split(",")
    confusion: Counter[tuple[str, str]] = Counter()
    elapsed = 0.0
    for item in read_corpus(options.folder):
        if item["split"] not in splits or "message" not in item:
            continue
        message, private = item["message"], ""
        if not options.raw:
            _, body = pseudonymise_message(title="", body=item["message"])
            message, private = body.text, private_dates(body.text, body.mapping)
        started = time.perf_counter()
        claims = find_claims(f"{item['sentence']} [1]", message, private_text=private)
        elapsed += time.perf_counter() - started
        predicted = claims[0].verdict if claims else "none"
        confusion[(item["label"], predicted)] += 1
        if options.show and predicted != item["label"]:
            why = f" [{claims[0].kinds}] « {claims[0].clause} »" if claims else ""
            print(f"{item['id']} {item['label']} → {predicted}{why}\n    {message}\n    {item['sentence']}")
    total = sum(confusion.values())
    print(f"items {total} ({options.split}{', raw messages' if options.raw else ', pseudonymised messages'})")
    print("gold \\ found  " + "  ".join(f"{p:>12}" for p in (*LABELS, "none")))
    for gold in LABELS:
        print(f"{gold:>12}  " + "  ".join(f"{confusion[(gold, p)]:>12}" for p in (*LABELS, "none")))
    tp = confusion[("contradicted", "contradicted")]
    removed = sum(n for (_, p), n in confusion.items() if p == "contradicted")
    gold_c = sum(n for (g, _), n in confusion.items() if g == "contradicted")
    print(f"contradicted (removed): recall {tp}/{gold_c}, precision {tp}/{removed}")
    flagged_ok = sum(
        n for (g, p), n in confusion.items() if g != "consistent" and p in {"contradicted", "unsupported"}
    )
    flagged = sum(n for (_, p), n in confusion.items() if p in {"contradicted", "unsupported"})
    gold_f = sum(n for (g, _), n in confusion.items() if g != "consistent")
    print(f"flagged (contradicted or unsupported): recall {flagged_ok}/{gold_f}, precision {flagged_ok}/{flagged}")
    wrong_removed = sum(n for (g, p), n in confusion.items() if p == "contradicted" and g == "consistent")
    consistent = sum(n for (g, _), n in confusion.items() if g == "consistent")
    print(f"consistent sentences removed: {wrong_removed}/{consistent}")
    print(f"check time: {1000 * elapsed / max(total, 1):.2f} ms per sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
