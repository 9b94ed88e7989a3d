"""Where each message's gold fiche ranks with `distress_ask.READ_DISTRESS_ASK` off and on (fifty-eighth pass,
engineer-r110): the plain ask weighed once more over the feelings a story tells.

Takes the messages of the corpus (train + validation by default) whose lexical query the switch changes (the plain
asks it weighs once more, `Query.buried`), searches each off and on (`switch_ranks.ranks_off_and_on`) and reports, per
split and per kind, first fiche / top 5 / top 10 off and on and the golds moved up and down.

    PYTHONPATH=src python benchmarks/retrieval_distress_ask_switch.py [--corpus corpora/retrieval]
        [--split train+validation] [--save out.json]
"""

import argparse
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import distress_ask  # noqa: E402
from guichet.knowledge.feelings import tells_feeling  # noqa: E402
from guichet.knowledge.query import understand  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    shipped = distress_ask.READ_DISTRESS_ASK
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message")]
    rows = [r for r in rows if tells_feeling(text_of(r))]  # a message with no feeling phrase reads alike off and on
    distress_ask.READ_DISTRESS_ASK = True
    changed = [r for r in rows if understand(text_of(r), administration=r.get("administration", "")).buried]
    print(f"{len(changed)} of {len(rows)} messages read differently ({args.corpus}, {args.split})", flush=True)

    def flip(on: bool) -> None:
        distress_ask.READ_DISTRESS_ASK = on

    results = ranks_off_and_on(changed, flip)
    distress_ask.READ_DISTRESS_ASK = shipped
    report(results, splits, args.save)
    for kind in sorted({r["kind"] for r in results}):
        print(f"kind {kind}:")
        report([r for r in results if r["kind"] == kind], splits)


if __name__ == "__main__":
    main()
