"""Where each message's gold fiche ranks with a retrieval switch off and on: shared by the switch benchmarks that
choose their messages each in their own way (`retrieval_qualifier_switch.py`, `retrieval_distress_switch.py`,
`retrieval_consumer_switch.py`). Imported by them as a sibling module (they run as `python benchmarks/NAME.py`).

`compare_module_switch` is the whole run of a benchmark whose switch is a boolean `MODULE.NAME` under
`guichet.knowledge` and whose messages are those a reading of the folded text tells apart off and on.

Each message is searched off and on with the shipped weights (`guichet.knowledge.search.search`, k = 30, its
administration): its best gold rank (1 = first, None = not in the first 30) and its first fiche; then, per split,
first fiche / top 5 / top 10 counts and the golds moved up and down.
"""

import argparse
import importlib
import json
from collections.abc import Callable, Hashable

from guichet.corpora import read_corpus
from guichet.knowledge.analysis import fold
from guichet.knowledge.search import search


def text_of(row: dict) -> str:
    """The text a message is searched and read with: its title (subject) and its body."""
    return f"{row.get('title', '')}\n{row['message']}"


def _rank(row: dict) -> tuple[int | None, list[str]]:
    ranked = [hit.fiche_id for hit in search(text_of(row), k=30, administration=row.get("administration", ""))]
    return next((i for i, fiche in enumerate(ranked, 1) if fiche in row.get("fiche_ids", [])), None), ranked[:3]


def ranks_off_and_on(rows: list[dict], flip: Callable[[bool], None]) -> list[dict]:
    """Each row searched with the switch off (`flip(False)`) and on (`flip(True)`), printed as it goes."""
    results = []
    for row in rows:
        flip(False)
        off, off_top = _rank(row)
        flip(True)
        on, on_top = _rank(row)
        results.append(
            {"id": row["id"], "split": row["split"], "kind": row.get("kind", ""), "gold": row.get("fiche_ids", [])}
            | {"off": off, "on": on, "first_off": off_top[:1], "first_on": on_top[:1]}
        )
        print(
            f"{row['id']:<14} {row['split']:<10} {row.get('kind', ''):<13} {off or '-':>3} -> {on or '-':>3}  "
            f"{row.get('fiche_ids', [])} first {off_top[:1]} -> {on_top[:1]}",
            flush=True,
        )
    return results


def report(results: list[dict], splits: set[str], save: str = "") -> None:
    """Per split: the messages with a gold fiche, first / top 5 / top 10 off and on, golds up and down; `save`: the
    results as JSON."""
    for split in sorted(splits):
        graded = [r for r in results if r["split"] == split and r["gold"]]

        def counts(key: str, graded: list[dict] = graded) -> str:
            return " / ".join(str(sum(1 for r in graded if r[key] and r[key] <= cut)) for cut in (1, 5, 10))

        up = sum(1 for r in graded if (r["on"] or 99) < (r["off"] or 99))
        down = sum(1 for r in graded if (r["on"] or 99) > (r["off"] or 99))
        print(
            f"{split}: {len(graded)} with gold, first / top 5 / top 10 off {counts('off')} -> on {counts('on')}, "
            f"golds up {up} / down {down}"
        )
    if save:
        with open(save, "w", encoding="utf-8") as out:
            json.dump(results, out, ensure_ascii=False, indent=1)


def compare_module_switch(description: str, reading: Callable[[str], Hashable]) -> None:
    """Parse `MODULE.NAME [--corpus] [--split] [--save]`, take the messages whose `reading` of their folded text
    differs with the switch off and on, search them off and on, restore the shipped value and report."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("switch", metavar="MODULE.NAME")
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    module_name, _, attribute = args.switch.rpartition(".")
    module = importlib.import_module(f"guichet.knowledge.{module_name}")
    shipped = getattr(module, attribute)
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]

    def flip(on: bool) -> None:
        setattr(module, attribute, on)

    def read(row: dict, on: bool) -> Hashable:
        flip(on)
        return reading(fold(text_of(row)))

    changed = [row for row in rows if read(row, False) != read(row, True)]
    print(f"{len(changed)} of {len(rows)} messages read differently ({args.corpus}, {args.split})", flush=True)
    results = ranks_off_and_on(changed, flip)
    flip(shipped)
    report(results, splits, args.save)
