"""The messages a switch of `guichet.knowledge.neighbour_fiches` can change, and where their gold fiche ranks with it
off and on (fifty-seventh pass, engineer-r107, issue 14).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_neighbour_switch.py READ_STILL_OWED [READ_… …] \
        [--all] [--module neighbour_fiches|trade_neighbours] [--split train+validation] [--save OUT.json]

Each switch named is measured in turn, the others as shipped (one process: the index is loaded once); `--all`
measures every switch of the module together, all off against all on. A reading only moves a fiche when the
message's folded text (subject and message) asks its question: only those messages are searched, off and on, with
the shipped weights (`guichet.knowledge.search.search`, k = 30, the message's administration). Printed: each
matched message's best gold rank (1 = first, '-' = not in the first 30), then per split the first / top 5 / top 10
counts and the golds moved up and down. The test split is never read unless named.
"""

import argparse
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import neighbour_fiches, trade_neighbours  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("switches", nargs="*")
    parser.add_argument("--all", action="store_true", help="every switch together, all off against all on")
    # fifty-eighth pass (r109): the modules whose readings are built as `neighbour_fiches`'s
    parser.add_argument("--module", default="neighbour_fiches", choices=("neighbour_fiches", "trade_neighbours"))
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    module = {"neighbour_fiches": neighbour_fiches, "trade_neighbours": trade_neighbours}[args.module]
    known = module.SWITCHES
    unknown = sorted(set(args.switches) - set(known))
    if unknown or not (args.switches or args.all):
        parser.error(f"name switches among {', '.join(sorted(known))}, or --all")
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]
    shipped = {switch: getattr(module, switch) for switch in known}
    groups = [sorted(known)] if args.all else [[switch] for switch in args.switches]
    results = []
    for group in groups:

        def flip(on: bool, group: list[str] = group) -> None:
            for switch in group:
                setattr(module, switch, on)

        flip(True)
        matched = [row for row in rows if {r.switch for r in module.asked_in(fold(text_of(row)))} & set(group)]
        print(f"{' + '.join(group)}: {len(matched)} of {len(rows)} messages ask its question", flush=True)
        group_results = ranks_off_and_on(matched, flip)
        for switch, value in shipped.items():
            setattr(module, switch, value)
        report(group_results, splits)
        results.extend(group_results)
    if args.save:
        report(results, splits, args.save)


if __name__ == "__main__":
    main()
