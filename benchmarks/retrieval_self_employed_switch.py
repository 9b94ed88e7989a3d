"""The messages a `self_employed` switch can change, and where their gold fiche ranks with it off and on (fifty-first
pass, engineer-r89, issue 14).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_self_employed_switch.py READ_TRADE_SURVIVOR \
        [READ_… …] [--split train+validation] [--save OUT.json]

Each switch named is measured in turn, the others as shipped (one process: the index is loaded once). A switch of
`guichet.knowledge.self_employed` adds its entry only to a message whose folded text (subject and message) its pattern
matches (and its `unless` does not): only those are searched, off and on, with the shipped weights
(`guichet.knowledge.search.search`, k = 30, the message's administration). Printed: each matched message's best gold
rank (1 = first, '-' = not in the first 30), then per split the first / top 5 / top 10 counts and the golds moved up
and down. The test split is never read unless named.
"""

import argparse
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import self_employed  # noqa: E402
from guichet.knowledge.vocabulary import find_every  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("switches", nargs="+", choices=sorted(self_employed.SWITCHES))
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]
    for switch in args.switches:
        shipped = getattr(self_employed, switch)
        term = self_employed.SWITCHES[switch]
        setattr(self_employed, switch, True)
        matched = [r for r in rows if any(found.term == term for found in find_every(text_of(r)))]
        print(f"{switch}: {len(matched)} of {len(rows)} messages matched ({args.corpus}, {args.split})", flush=True)
        results = ranks_off_and_on(matched, lambda on, switch=switch: setattr(self_employed, switch, on))
        setattr(self_employed, switch, shipped)
        report(results, splits, f"{args.save}.{switch}.json" if args.save else "")


if __name__ == "__main__":
    main()
