"""The messages a vocabulary module's switch can change, and where their gold fiche ranks with it off and on (written
as `retrieval_wards_switch.py` by engineer-r88 in the fiftieth pass; one script for the modules of that shape since
the fifty-first pass, issue 14).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_vocabulary_switch.py wards READ_MINOR_HEIR \
        [READ_… …] [--split train+validation] [--save OUT.json]

The module is one of `MODULES` (each has `SWITCHES`: a switch's name → its vocabulary entry). Each switch named is
measured in turn, the others as shipped (one process: the index is loaded once). Such a switch adds its entry only to
a message whose folded text (subject and message) its pattern matches (and its `unless` does not): only those are
searched, off and on, with the shipped weights (`guichet.knowledge.search.search`, k = 30, the message's
administration). Printed: each matched message's best gold rank (1 = first, '-' = not in the first 30), then per
split the first / top 5 / top 10 counts and the golds moved up and down. The test split is never read unless named.
"""

import argparse
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import vocabulary  # noqa: E402
from guichet.knowledge.vocabulary import find_every  # noqa: E402

# The vocabulary modules with switches of their own, as `find_every` silences them (`vocabulary._SILENCERS`): a
# module hooked there is measurable here without another line.
MODULES = {
    module.__name__.rsplit(".", 1)[-1]: module
    for module, _ in vocabulary._SILENCERS  # noqa: SLF001 (the table find_every reads)
    if hasattr(module, "SWITCHES")
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("module", choices=sorted(MODULES))
    parser.add_argument("switches", nargs="+")
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    module = MODULES[args.module]
    unknown = sorted(set(args.switches) - set(module.SWITCHES))
    if unknown:
        parser.error(f"{args.module} has no switch {', '.join(unknown)} (it has {', '.join(sorted(module.SWITCHES))})")
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]
    # One reading of the corpus for every switch named (fifty-sixth pass, r104): an entry's match depends only on the
    # text and on its own switch, so the entries found with all the named switches on are those each finds alone.
    shipped_all = {switch: getattr(module, switch) for switch in args.switches}
    for switch in args.switches:
        setattr(module, switch, True)
    found_in = [{found.term for found in find_every(text_of(r))} for r in rows]
    for switch, value in shipped_all.items():
        setattr(module, switch, value)
    for switch in args.switches:
        shipped = getattr(module, switch)
        term = module.SWITCHES[switch]
        setattr(module, switch, True)
        matched = [r for r, terms in zip(rows, found_in, strict=True) if term in terms]
        print(f"{switch}: {len(matched)} of {len(rows)} messages matched ({args.corpus}, {args.split})", flush=True)
        results = ranks_off_and_on(matched, lambda on, switch=switch: setattr(module, switch, on))
        setattr(module, switch, shipped)
        report(results, splits, f"{args.save}.{switch}.json" if args.save else "")


if __name__ == "__main__":
    main()
