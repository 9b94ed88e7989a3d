"""The pseudonymised output of every privacy corpus message and of the fiche false-positive paragraphs, to a folder.

    PYTHONPATH=src GUICHET_DATA_DIR=<dir> .venv/bin/python benchmarks/privacy_outputs.py OUT_DIR [--paragraphs 1000]
        [--shared ../shared] [--next] [--timing]

Writes three files into OUT_DIR, to be compared byte for byte (`cmp`) between two codes (the other's `src/`
unpacked from `git archive`):

- `input.jsonl`: the texts, one JSON line each: every message of `corpora/privacy` (id, title, message; every split;
  with `--next`, also those of its `next/` folder, the hidden batches, which are never printed), then
  `--paragraphs` paragraphs of the particuliers fiches (`guichet.privacy.evaluation.fiche_paragraphs`, seed 42, the
  set of `privacy_eval.py --only fp`) as messages with an empty title;
- `cli.jsonl`: what `guichet pseudonymize --jsonl input.jsonl` writes (run as a child process, as a user would);
- `full.jsonl`: for each text, what `pseudonymise_message` returns in the command's loop (`prefetch` per 64 lines,
  then title and body with one mapping): both texts, the mapping and every entity's type, placeholder and place.

`--timing` prints the CPU seconds of the in-process loop (`time.process_time`). Thirty-seventh pass (p113e).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 64


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "privacy")
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")))
    parser.add_argument("--next", action="store_true", help="also the hidden batches of next/ (compared, not shown)")
    parser.add_argument("--timing", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.privacy.analyzer import prefetch
    from guichet.privacy.evaluation import fiche_paragraphs
    from guichet.privacy.pseudonymise import pseudonymise_message

    rows = [
        {"id": item["id"], "title": item["title"], "message": item["message"]}
        for folder in (args.corpus, args.corpus / "next")[: 2 if args.next else 1]
        for item in read_corpus(folder)
    ]
    paragraphs = fiche_paragraphs(args.shared, count=args.paragraphs) if args.paragraphs else []
    rows += [{"id": f"fiche-{n}", "title": "", "message": text} for n, text in enumerate(paragraphs)]
    args.out.mkdir(parents=True, exist_ok=True)
    source = args.out / "input.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")

    start = time.process_time()
    with (args.out / "full.jsonl").open("w", encoding="utf-8") as out:
        for first in range(0, len(rows), BATCH):
            batch = rows[first : first + BATCH]
            prefetch(row[name] for row in batch for name in ("message", "title"))
            for row in batch:
                title, body = pseudonymise_message(title=row["title"], body=row["message"])
                record = {
                    "id": row["id"],
                    "title": title.text,
                    "message": body.text,
                    "mapping": body.mapping,
                    "title_entities": [[e.type, e.placeholder, e.start, e.end] for e in title.entities],
                    "entities": [[e.type, e.placeholder, e.start, e.end] for e in body.entities],
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    cpu = time.process_time() - start
    if args.timing:
        print(f"{len(rows)} texts in {cpu:.1f} s CPU in process: {len(rows) / cpu:.1f} texts per CPU-second")

    command = [sys.executable, "-m", "guichet.cli", "pseudonymize", "--jsonl", str(source)]
    with (args.out / "cli.jsonl").open("w", encoding="utf-8") as out:
        subprocess.run(command, stdout=out, check=True)
    print(f"{len(rows)} texts ({len(paragraphs)} fiche paragraphs) written to {args.out}")


if __name__ == "__main__":
    main()
