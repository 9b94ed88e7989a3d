"""The train + validation files on which the thirty-sixth pass's `french_abroad` reading was measured (engineer-r54).

    PYTHONPATH=src python benchmarks/retrieval_french_abroad_sets.py OUT_FOLDER [--meta INDEX_BUILD/meta.json]

Writes three JSONL files of train + validation items (the test split is never read), each for
`guichet eval retrieval FILE --k 10 --json`:

* `v63.jsonl`: the outside batch v63 (French people abroad);
* `abroad.jsonl`: the other messages of corpora/retrieval that speak of a life abroad (abroad, expatriation, a
  consulate, a non-resident, the CFE, the European health card, Erasmus, a return to France);
* `foreign_gold.jsonl` (with `--meta`, the index build's fiche titles): the messages of corpora/retrieval and
  corpora/drafting whose gold fiche is written for a foreign person (`french_abroad.foreign_person_title`), the
  ones the reading could push down;
* `fired_rest.jsonl` (with `--fired`, needs GUICHET_DATA_DIR for Django's settings): the other messages of both
  corpora on which `french_abroad.french_writer` fires, as `rerank` reads them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from guichet.corpora import read_corpus, write_items
from guichet.knowledge.analysis import fold
from guichet.knowledge.french_abroad import foreign_person_title, french_writer

SPLITS = ("train", "validation")
ABROAD_WORDS = re.compile(
    r"étranger|etranger|expatri|consulat|ambassade|non[- ]r[ée]sident|CFE|caisse des fran|carte europ|Erasmus|VIE\b"
    r"|retour en france|rentrer en france",
    re.IGNORECASE,
)


def _items(folder: str) -> list[dict]:
    return [item for item in read_corpus(folder) if item["split"] in SPLITS and item.get("fiche_ids") is not None]


def _write(path: Path, items: list[dict]) -> None:
    print(f"{path}: {write_items(path, items)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--meta", help="an index build's meta.json (fiche titles) for foreign_gold.jsonl")
    parser.add_argument("--fired", action="store_true", help="also fired_rest.jsonl")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    retrieval = _items("corpora/retrieval")
    _write(out / "v63.jsonl", [item for item in retrieval if item["file"] == "v63-unseen.jsonl"])
    abroad = [
        item
        for item in retrieval
        if item["file"] != "v63-unseen.jsonl" and ABROAD_WORDS.search(item["message"] + " " + item.get("title", ""))
    ]
    _write(out / "abroad.jsonl", abroad)
    if args.meta:
        titles = {fiche["fiche_id"]: fiche["title"] for fiche in json.loads(Path(args.meta).read_text())["fiches"]}
        gold = [
            item
            for item in retrieval + _items("corpora/drafting")
            if any(foreign_person_title(fold(titles.get(fiche, ""))) for fiche in item["fiche_ids"])
        ]
        _write(out / "foreign_gold.jsonl", gold)
    if args.fired:
        _write_fired(out, retrieval + _items("corpora/drafting"))


def _write_fired(out: Path, items: list[dict]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    # Django must be set up before the search module (it reads models) is imported, as in retrieval_switch.py.
    import django  # noqa: PLC0415

    django.setup()
    from guichet.knowledge.search import understand  # noqa: PLC0415

    seen = set()
    for name in ("v63.jsonl", "abroad.jsonl", "foreign_gold.jsonl"):
        if (out / name).exists():
            seen |= {json.loads(line)["id"] for line in (out / name).read_text(encoding="utf-8").splitlines()}
    fired = []
    for item in items:
        if item["id"] in seen:
            continue
        query = understand(item.get("title", "") + "\n" + item["message"])
        if french_writer(fold(" ".join([query.subject, *query.asks, *query.context])), query.qualifiers):
            fired.append(item)
    _write(out / "fired_rest.jsonl", fired)


if __name__ == "__main__":
    main()
