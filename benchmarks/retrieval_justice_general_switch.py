"""Where each message's gold fiche ranks with `justice_general.READ_GROUND_FIRST` off and on (fifty-eighth pass,
engineer-r110): a general justice fiche ranked first gives way to the fiche of the ground the message asks about.

The switch reads the ranked list, so the messages it can move are those whose first fiche is a general justice fiche
(`justice_general.GENERAL`) with the switch off: they are taken from the JSON reports of `guichet eval retrieval
... --json` given (the `items` and their `ranked` fiches, the shipped code's), searched off and on
(`switch_ranks.ranks_off_and_on`) and reported per split and per kind.

    PYTHONPATH=src python benchmarks/retrieval_justice_general_switch.py REPORT.json [REPORT.json ...]
        [--corpus corpora/retrieval] [--split train+validation] [--save out.json]
"""

import argparse
import json
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import justice_general  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", nargs="+")
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    first: set[str] = set()
    for path in args.reports:
        with open(path, encoding="utf-8") as stream:
            items = json.load(stream)["items"]
        first |= {item["id"] for item in items if item["ranked"][:1] and item["ranked"][0] in justice_general.GENERAL}
    shipped = justice_general.READ_GROUND_FIRST
    splits = set(args.split.split("+"))
    rows = [r for r in read_corpus(args.corpus) if r["split"] in splits and r.get("message") and r["id"] in first]
    print(f"{len(rows)} messages with a general justice fiche first ({args.corpus}, {args.split})", flush=True)

    def flip(on: bool) -> None:
        justice_general.READ_GROUND_FIRST = on

    results = ranks_off_and_on(rows, flip)
    justice_general.READ_GROUND_FIRST = shipped
    report(results, splits, args.save)
    for kind in sorted({r["kind"] for r in results}):
        print(f"kind {kind}:")
        report([r for r in results if r["kind"] == kind], splits)


if __name__ == "__main__":
    main()
