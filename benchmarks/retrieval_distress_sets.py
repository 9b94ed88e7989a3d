"""The train + validation files on which the thirty-seventh pass's distress reading was measured (engineer-r57).

    PYTHONPATH=src python benchmarks/retrieval_distress_sets.py OUT_FOLDER [--split test]

Writes JSONL files of items of corpora/retrieval (train + validation unless `--split test`, read once to report),
each for `guichet eval retrieval FILE --k 10 --json` (and `--mode bm25`):

* `distress.jsonl`: the distress messages of every batch;
* `heated.jsonl`: the abusive and complaint messages of every batch;
* `calm.jsonl`: the questions, injections and out-of-scope messages of every batch (the cost side).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from guichet.corpora import read_corpus, write_items


def _write(path: Path, items: list[dict]) -> None:
    print(f"{path}: {write_items(path, items)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--split", choices=("test",), help="the test split instead of train + validation")
    args = parser.parse_args()
    splits = (args.split,) if args.split else ("train", "validation")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    items = [item for item in read_corpus("corpora/retrieval") if item["split"] in splits]
    _write(out / "distress.jsonl", [item for item in items if item.get("kind") == "distress"])
    _write(out / "heated.jsonl", [item for item in items if item.get("kind") in ("abusive", "complaint")])
    _write(
        out / "calm.jsonl", [item for item in items if item.get("kind") not in ("distress", "abusive", "complaint")]
    )


if __name__ == "__main__":
    main()
