"""The train + validation files on which the thirty-seventh pass's family-life reading was measured (engineer-r56).

    PYTHONPATH=src python benchmarks/retrieval_family_sets.py OUT_FOLDER

Writes JSONL files of train + validation items of corpora/retrieval (the test split is never read), each for
`guichet eval retrieval FILE --k 10 --json` (and `--mode bm25`):

* `r56.jsonl`: engineer-r56's batch (family life and civil status under emotion, insults or story);
* `v64.jsonl`: the outside batch v64;
* `heated.jsonl`: the distress, abusive and complaint messages of the other batches;
* `calm.jsonl`: the questions, injections and out-of-scope messages of the other batches (the cost side);
* `family.jsonl`: the messages of the other batches, every kind, whose gold fiche sits under a family-life or
  civil-status theme of the catalogue (`--index`, the shared `index.json`: marriage, Pacs, divorce, separated
  parents, union libre, names and first names, civil status changes, the livret de famille).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from guichet.corpora import read_corpus, write_items

SPLITS = ("train", "validation")
HEATED = ("distress", "abusive", "complaint")
OWN = ("r56.jsonl", "v64-unseen.jsonl")
FAMILY_THEMES = re.compile(
    r"> (Mariage|Pacte civil de solidarité \(Pacs\)|Divorce, séparation de corps|Séparation des parents|Union libre"
    r"|Nom et prénom|Changement d'état civil|Livret de famille)( >|$)"
)


def _write(path: Path, items: list[dict]) -> None:
    print(f"{path}: {write_items(path, items)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--index", default="../shared/data/service-public/index.json")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    items = [item for item in read_corpus("corpora/retrieval") if item["split"] in SPLITS]
    _write(out / "r56.jsonl", [item for item in items if item["file"] == "r56.jsonl"])
    _write(out / "v64.jsonl", [item for item in items if item["file"] == "v64-unseen.jsonl"])
    rest = [item for item in items if item["file"] not in OWN]
    _write(out / "heated.jsonl", [item for item in rest if item.get("kind") in HEATED])
    _write(out / "calm.jsonl", [item for item in rest if item.get("kind") not in HEATED])
    catalogue = json.loads(Path(args.index).read_text(encoding="utf-8"))
    family = {entry["id"] for entry in catalogue if FAMILY_THEMES.search(entry["theme"])}
    _write(out / "family.jsonl", [item for item in rest if family & set(item["fiche_ids"])])


if __name__ == "__main__":
    main()
