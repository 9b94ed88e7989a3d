"""The messages a `consumer_disputes` switch can change, and where their gold fiche ranks with it off and on
(forty-eighth pass, engineer-r84, issue 14).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_consumer_switch.py READ_DOORSTEP \
        [--split train+validation] [--save OUT.json]

A switch of `guichet.knowledge.consumer_disputes` adds its paraphrase only to a message whose folded text (subject
and message) its pattern matches: only those are searched, off and on, with the shipped weights
(`guichet.knowledge.search.search`, k = 30, the message's administration). Printed: each matched message's best
gold rank (1 = first, '-' = not in the first 30), then per split the first / top 5 / top 10 counts and the golds
moved up and down. The test split is never read unless named.
"""

import argparse
import json
import os
import re

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import consumer_disputes  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402
from guichet.knowledge.search import search  # noqa: E402

PATTERNS = {
    "READ_DOORSTEP": consumer_disputes.DOORSTEP_PATTERN,
    "READ_BANK_FEES": consumer_disputes.BANK_FEES_PATTERN,
    "READ_QUOTE_EXCEEDED": consumer_disputes.QUOTE_EXCEEDED_PATTERN,
    "READ_SELLER_LIABLE": consumer_disputes.SELLER_LIABLE_PATTERN,
    "READ_SELLER_POINTER": consumer_disputes.SELLER_LIABLE_PATTERN,
}


def _text(row: dict) -> str:
    return f"{row.get('title', '')}\n{row['message']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("switch", choices=sorted(PATTERNS))
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    shipped = getattr(consumer_disputes, args.switch)
    pattern = re.compile(rf"(?<![\w-])(?:{PATTERNS[args.switch]})(?![\w-])")
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]
    matched = [r for r in rows if pattern.search(fold(_text(r)))]
    print(f"{len(matched)} of {len(rows)} messages matched ({args.corpus}, {args.split})", flush=True)

    def rank(row: dict, on: bool) -> tuple[int | None, list[str]]:
        setattr(consumer_disputes, args.switch, on)
        ranked = [hit.fiche_id for hit in search(_text(row), k=30, administration=row.get("administration", ""))]
        return next((i for i, fiche in enumerate(ranked, 1) if fiche in row.get("fiche_ids", [])), None), ranked[:3]

    results = []
    for row in matched:
        (off, off_top), (on, on_top) = rank(row, False), rank(row, True)
        results.append(
            {"id": row["id"], "split": row["split"], "kind": row.get("kind", ""), "gold": row.get("fiche_ids", [])}
            | {"off": off, "on": on, "first_off": off_top[:1], "first_on": on_top[:1]}
        )
        print(
            f"{row['id']:<14} {row['split']:<10} {row.get('kind', ''):<13} {off or '-':>3} -> {on or '-':>3}  "
            f"{row.get('fiche_ids', [])} first {off_top[:1]} -> {on_top[:1]}",
            flush=True,
        )
    setattr(consumer_disputes, args.switch, shipped)
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
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            json.dump(results, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
