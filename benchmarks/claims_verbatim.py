"""The contradiction check's false alarms on verbatim text: each sentence (6 words or more) of random fiches, checked
as a draft sentence citing [1] against its own whole fiche. A verbatim sentence never contradicts its fiche, so every
flag is a false alarm (mostly list items cut from the line that introduces them).

GUICHET_SHARED_DIR=../shared .venv/bin/python benchmarks/claims_verbatim.py --count 150 --seed 28 [--show]
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

from claims_eval import fiche_text

from guichet.drafting.contradictions import find_contradictions
from guichet.text import sentence_spans


def main() -> int:
    parser = argparse.ArgumentParser(description="Phrases verbatim signalées à tort contre leur propre fiche.")
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--seed", type=int, default=28)
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    shared = Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")) / "data" / "service-public"
    files = sorted((shared / "particuliers").glob("F*.xml"))
    random.seed(options.seed)
    total = flagged = 0
    elapsed = 0.0
    for path in random.sample(files, options.count):
        title, body = fiche_text(shared, path.stem)
        sources = [{"n": 1, "title": title, "passage": body}]
        for line in body.split("\n"):
            for _, _, sentence in sentence_spans(line):
                if len(sentence.split()) < 6:
                    continue
                total += 1
                started = time.perf_counter()
                found = find_contradictions(f"{sentence} [1]", sources)
                elapsed += time.perf_counter() - started
                if found:
                    flagged += 1
                    if options.show:
                        print(f"{path.stem} {sentence[:150]} {found[0]['reasons']} ← {found[0]['passage'][:150]}")
    print(f"verbatim sentences flagged: {flagged}/{total}, {1000 * elapsed / max(total, 1):.1f} ms a sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
