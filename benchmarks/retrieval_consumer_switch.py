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
import os
import re

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import consumer_disputes  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402

PATTERNS = {
    "READ_DOORSTEP": consumer_disputes.DOORSTEP_PATTERN,
    "READ_BANK_FEES": consumer_disputes.BANK_FEES_PATTERN,
    "READ_QUOTE_EXCEEDED": consumer_disputes.QUOTE_EXCEEDED_PATTERN,
    "READ_SELLER_LIABLE": consumer_disputes.SELLER_LIABLE_PATTERN,
    "READ_SELLER_POINTER": consumer_disputes.SELLER_LIABLE_PATTERN,
}


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
    matched = [r for r in rows if pattern.search(fold(text_of(r)))]
    print(f"{len(matched)} of {len(rows)} messages matched ({args.corpus}, {args.split})", flush=True)

    results = ranks_off_and_on(matched, lambda on: setattr(consumer_disputes, args.switch, on))
    setattr(consumer_disputes, args.switch, shipped)
    report(results, splits, args.save)


if __name__ == "__main__":
    main()
