"""The cost of reading a draft sentence against the draft's other sources (`contradictions.ALL_SOURCES`).

.venv/bin/python benchmarks/claims_other_sources.py corpora/claims --others 1
.venv/bin/python benchmarks/claims_other_sources.py corpora/claims --others 5 --show

Each claims item (train + validation) is checked as a draft sentence citing [1], its own fiche as source 1 and the
fiches of the next items of the corpus (other fiches) as sources 2, 3…, the way a draft holds the fiches retrieved
beside the one a sentence cites; once with the other-sources reading off, once on. `--show` prints the sentences
found against another source than the cited one.
"""

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from claims_eval import fiche_text

from guichet.corpora import read_corpus
from guichet.drafting import contradictions

LABELS = ("contradicted", "supported", "unsupported")


def main() -> int:
    parser = argparse.ArgumentParser(description="Lecture contre les autres sources du brouillon : coût.")
    parser.add_argument("folder")
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--others", type=int, default=1, help="nombre de fiches voisines ajoutées")
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    shared = Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")) / "data" / "service-public"
    splits = options.split.split(",")
    # Claims about the writer (c5) are read against a message, not a fiche: benchmarks/persona_eval.py.
    items = [item for item in read_corpus(options.folder) if item["split"] in splits and "fiche_id" in item]
    texts: dict[str, tuple[str, str]] = {}

    def source(n: int, fiche_id: str) -> dict[str, Any]:
        if fiche_id not in texts:
            texts[fiche_id] = fiche_text(shared, fiche_id)
        title, body = texts[fiche_id]
        return {"n": n, "title": title, "passage": body}

    for flag in (False, True):
        contradictions.ALL_SOURCES = flag
        counts: Counter[tuple[str, bool]] = Counter()
        elapsed = 0.0
        for i, item in enumerate(items):
            others: list[str] = []
            j = i + 1
            while len(others) < options.others and j < i + len(items):
                fiche_id = items[j % len(items)]["fiche_id"]
                if fiche_id != item["fiche_id"] and fiche_id not in others:
                    others.append(fiche_id)
                j += 1
            sources = [source(n, f) for n, f in enumerate([item["fiche_id"], *others], start=1)]
            started = time.perf_counter()
            found = contradictions.find_contradictions(f"{item['sentence']} [1]", sources)
            elapsed += time.perf_counter() - started
            counts[(item["label"], bool(found))] += 1
            if options.show and flag and found and found[0]["source"] != 1:
                print(
                    f"{item['id']} {item['label']}: {item['sentence']} ← [{found[0]['source']}] {found[0]['passage']}"
                )
        figures = ", ".join(f"{label} {counts[(label, True)]}/{counts[(label, True)] + counts[(label, False)]}"
                            for label in LABELS)  # fmt: skip
        print(f"other sources {'on' if flag else 'off'} ({options.others} more): flagged {figures}; "
              f"{1000 * elapsed / max(len(items), 1):.1f} ms per sentence")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
