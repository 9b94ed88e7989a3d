"""The messages a query-reading switch changes, and where their gold fiche ranks with it off and on (shipped weights).

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_switch.py query.READ_OFFICE_LINK=0 \
        [--corpus corpora/retrieval] [--split train+validation]

A switch of `guichet.knowledge` (module.NAME=VALUE, the value it takes when off: `query.READ_OFFICE_LINK=0`,
`register.UP_TO_PASS=15`) changes how some messages are read. A message is changed when `understand()` gives it
another lexical query, another wrong-office reading, other distress situations or other qualifiers, or its office other
themes
(`rerank.READ_OFFICE_NAMES`); the others are searched exactly as before, since the shipped re-ranking weights do
not move. For each changed message: the rank (1 = first, '-' = not in the first 30) of its best gold fiche by
`guichet.knowledge.search.search` off and on, and the first fiche / top 5 counts. In-sample for the weights (fitted
on train + validation): `benchmarks/retrieval_lobo.py --set … --against …` is the held-out measure. The test split
is never read unless named.
"""

from __future__ import annotations

import argparse
import importlib
import os


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("off", metavar="MODULE.NAME=VALUE")
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge.query import understand
    from guichet.knowledge.rerank import administration_themes
    from guichet.knowledge.search import search

    name, value = args.off.split("=")
    module_name, _, attribute = name.rpartition(".")
    module = importlib.import_module(f"guichet.knowledge.{module_name}")
    on = getattr(module, attribute)
    off = bool(int(value)) if isinstance(on, bool) else type(on)(value)
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]

    def text(row: dict) -> str:
        return f"{row.get('title', '')}\n{row['message']}"

    def reading(row: dict, setting) -> tuple[bool, str, tuple[str, ...], tuple[str, ...]]:
        setattr(module, attribute, setting)
        query = understand(text(row), administration=row.get("administration", ""))
        # the office's themes too (`rerank.READ_OFFICE_NAMES`: the office named otherwise than by its short name), and
        # the distress situations read (`situations.DISTRESS`, thirty-seventh pass: they change no lexical query)
        themes = administration_themes(row.get("administration", ""))
        # and the writer's situations (`Query.qualifiers`, forty-fourth pass: a public or an age read otherwise changes
        # no lexical query, only which sibling fits)
        distress = tuple(hit.name for hit in query.distress)
        return query.wrong_office, query.lexical(), themes, distress, tuple(sorted(query.qualifiers))

    def rank(row: dict, setting) -> int | None:
        setattr(module, attribute, setting)
        hits = search(text(row), k=30, administration=row.get("administration", ""))
        found = [i for i, hit in enumerate(hits, start=1) if hit.fiche_id in row.get("fiche_ids", [])]
        return found[0] if found else None

    changed = [row for row in rows if reading(row, off) != reading(row, on)]
    setattr(module, attribute, on)
    print(f"{len(changed)} of {len(rows)} messages read differently ({args.corpus}, {args.split})")
    counts = {"off": [0, 0], "on": [0, 0]}
    for row in changed:
        before, after = rank(row, off), rank(row, on)
        setattr(module, attribute, on)
        if row.get("fiche_ids"):
            for key, r in (("off", before), ("on", after)):
                counts[key][0] += r == 1
                counts[key][1] += bool(r and r <= 5)
        print(f"{row['id']:<14} {row.get('kind', ''):<13} {before or '-':>3} -> {after or '-':>3}  {row['fiche_ids']}")
    (off1, off5), (on1, on5) = counts["off"], counts["on"]
    print(f"first fiche / top 5, off -> on: {off1}/{off5} -> {on1}/{on5}")


if __name__ == "__main__":
    main()
