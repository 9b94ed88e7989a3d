"""The messages that name a European citizen, and where their gold fiche ranks with the reading off and on
(forty-eighth pass, engineer-r82).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_european_citizen.py [--split train+validation]

The switch `european_citizen.READ_EUROPEAN_CITIZEN` changes only the messages whose folded text (subject and message)
it reads as naming a citizen of the EEA or Switzerland (`european_citizen.european_writer`): each of them is searched
off and on with the shipped weights (`guichet.knowledge.search.search`, k = 30, its administration), its best gold rank
printed (1 = first, '-' = not in the first 30), then first fiche / top 5 / top 10 counts per split and the golds moved
up and down. The test split is never read unless named.
"""

import argparse
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import european_citizen  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402
from guichet.knowledge.search import search  # noqa: E402


def _text(row: dict) -> str:
    return f"{row.get('title', '')}\n{row['message']}"


def _rank(row: dict, on: bool) -> tuple[int | None, str]:
    european_citizen.READ_EUROPEAN_CITIZEN = on
    ranked = [hit.fiche_id for hit in search(_text(row), k=30, administration=row.get("administration", ""))]
    gold = next((i for i, fiche in enumerate(ranked, 1) if fiche in row.get("fiche_ids", [])), None)
    return gold, ranked[0] if ranked else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    args = parser.parse_args()
    shipped = european_citizen.READ_EUROPEAN_CITIZEN
    splits = set(args.split.split("+"))
    european_citizen.READ_EUROPEAN_CITIZEN = True
    rows = [
        row
        for row in read_corpus(args.corpus)
        if row["split"] in splits and row.get("message") and european_citizen.european_writer(fold(_text(row)))
    ]
    print(f"{len(rows)} messages name a European citizen ({args.corpus}, {args.split})", flush=True)
    results = []
    for row in rows:
        (off, first_off), (on, first_on) = _rank(row, False), _rank(row, True)
        results.append((row, off, on))
        print(
            f"{row['id']:<14} {row['split']:<10} {row.get('kind', ''):<13} {off or '-':>3} -> {on or '-':>3}  "
            f"{row.get('fiche_ids', [])} first {first_off} -> {first_on}",
            flush=True,
        )
    european_citizen.READ_EUROPEAN_CITIZEN = shipped
    for split in sorted(splits):
        graded = [(row, off, on) for row, off, on in results if row["split"] == split and row.get("fiche_ids")]

        def counts(column: int, graded: list = graded) -> str:
            return " / ".join(str(sum(1 for r in graded if r[column] and r[column] <= cut)) for cut in (1, 5, 10))

        up = sum(1 for _, off, on in graded if (on or 99) < (off or 99))
        down = sum(1 for _, off, on in graded if (on or 99) > (off or 99))
        print(
            f"{split}: {len(graded)} with gold, first / top 5 / top 10 off {counts(1)} -> on {counts(2)}, "
            f"golds up {up} / down {down}"
        )


if __name__ == "__main__":
    main()
