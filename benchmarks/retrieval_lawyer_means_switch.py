"""Where each message's gold fiche ranks with a switch of `lawyer_means` or `aid_granted` off and on
(fifty-eighth pass, engineer-r110): a lawyer the writer cannot pay read as a condition beside another question, and
legal aid already granted beside a lawyer who asks money.


Takes the messages of the corpus (train + validation by default) that the switch reads differently (the vocabulary
it sets aside, or the reading it makes), searches each off and on (`switch_ranks.ranks_off_and_on`) and reports, per
split and per kind, first fiche / top 5 / top 10 off and on and the golds moved up and down.

    PYTHONPATH=src python benchmarks/retrieval_lawyer_means_switch.py READ_LAWYER_MEANS|READ_AID_GRANTED
        [--corpus corpora/retrieval] [--split train+validation] [--save out.json]
"""

import argparse
import os
import re

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import aid_granted, lawyer_means  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402
from guichet.knowledge.query import understand  # noqa: E402

_LAWYER = re.compile(r"avocat|juridictionnel")


def _reading(row: dict) -> tuple:
    query = understand(text_of(row), administration=row.get("administration", ""))
    return tuple(found.term.expansion for found in query.vocabulary), aid_granted.aid_granted(query)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("switch", choices=["READ_LAWYER_MEANS", "READ_AID_GRANTED"])
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    module = lawyer_means if args.switch == "READ_LAWYER_MEANS" else aid_granted
    shipped = getattr(module, args.switch)
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]
    # both readings need a lawyer or legal aid named: the others read alike off and on, and are not understood twice
    rows = [r for r in rows if _LAWYER.search(fold(text_of(r)))]

    def flip(on: bool) -> None:
        setattr(module, args.switch, on)

    def read(row: dict, on: bool) -> tuple:
        flip(on)
        return _reading(row)

    changed = [r for r in rows if read(r, False) != read(r, True)]
    print(f"{len(changed)} of {len(rows)} messages read differently ({args.corpus}, {args.split})", flush=True)
    results = ranks_off_and_on(changed, flip)
    flip(shipped)
    report(results, splits, args.save)
    for kind in sorted({r["kind"] for r in results}):
        print(f"kind {kind}:")
        report([r for r in results if r["kind"] == kind], splits)


if __name__ == "__main__":
    main()
