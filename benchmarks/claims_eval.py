"""The contradiction check (`guichet.drafting.contradictions`) on the claims corpus (`corpora/claims/`).

.venv/bin/python benchmarks/claims_eval.py corpora/claims --split train,validation
.venv/bin/python benchmarks/claims_eval.py corpora/claims --file c1-unseen.jsonl --split train,validation,test
.venv/bin/python benchmarks/claims_eval.py corpora/claims --source passage   # the item's passage alone

Each item's sentence is checked as a draft sentence citing [1], the whole fiche (`fiche_id`, read from the shared
service-public.fr folder) as source 1, the way `check_draft` sees a retrieved fiche; `--source passage` gives only
the item's passage. Reports precision and recall of "contradicted" and the cost: supported (and unsupported)
sentences flagged. `--show` prints each error.
"""

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from guichet.corpora import read_corpus
from guichet.drafting.contradictions import find_contradictions
from guichet.knowledge.fiches import parse_bytes

AUDIENCES = ("particuliers", "professionnels", "associations")


def fiche_text(folder: Path, fiche_id: str) -> tuple[str, str]:
    """The title and the body text of a fiche (its blocks, one per line)."""
    for audience in AUDIENCES:
        path = folder / audience / f"{fiche_id}.xml"
        if path.exists():
            fiche = parse_bytes(path.read_bytes(), source=str(path))
            return fiche.title, "\n".join(block.text for block in fiche.blocks)
    raise FileNotFoundError(fiche_id)


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Phrases contredisant leur source : précision, rappel, fausses alertes."
    )
    parser.add_argument("folder")
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--file", default="", help="un seul fichier du corpus (ex. c1-unseen.jsonl)")
    parser.add_argument("--source", choices=("fiche", "passage"), default="fiche")
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    shared = Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")) / "data" / "service-public"
    splits = options.split.split(",")
    counts: Counter[tuple[str, bool]] = Counter()
    elapsed = 0.0
    for item in read_corpus(options.folder):
        if item["split"] not in splits or (options.file and item["file"] != options.file):
            continue
        if "fiche_id" not in item:
            continue  # a claim about the writer, read against a message (c5): benchmarks/persona_eval.py
        title, body = fiche_text(shared, item["fiche_id"])
        passage = body if options.source == "fiche" else item["passage"]
        started = time.perf_counter()
        found = find_contradictions(f"{item['sentence']} [1]", [{"n": 1, "title": title, "passage": passage}])
        elapsed += time.perf_counter() - started
        flagged = bool(found)
        counts[(item["label"], flagged)] += 1
        wrong = flagged != (item["label"] == "contradicted")
        if options.show and wrong:
            why = f" {found[0]['reasons']} ← {found[0]['passage']}" if found else ""
            print(f"{item['id']} {item['label']} flagged={flagged}: {item['sentence']}{why}")
    tp, fn = counts[("contradicted", True)], counts[("contradicted", False)]
    fp = sum(n for (label, flagged), n in counts.items() if flagged and label != "contradicted")
    total = sum(counts.values())
    print(f"items {total}, contradicted {tp + fn}, flagged {tp + fp}")
    print(f"contradicted: recall {tp}/{tp + fn}, precision {tp}/{tp + fp}")
    for label in ("supported", "unsupported"):
        print(f"{label} flagged: {counts[(label, True)]}/{counts[(label, True)] + counts[(label, False)]}")
    print(f"check time: {1000 * elapsed / max(total, 1):.2f} ms per sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
