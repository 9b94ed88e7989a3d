"""The messages whose distress situations or register paraphrases a switch changes, and where their gold fiche ranks
with it off and on (forty-eighth pass, engineer-r83; `retrieval_qualifier_switch.py` with the distress map's and the
register's reading instead of the qualifiers).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_distress_switch.py \
        grandchild_danger.READ_GRANDCHILD_DANGER [--split train+validation] [--save OUT.json]

The switch (module.NAME under `guichet.knowledge`, a boolean) changes the distress situations read from a message
(`situations.distress`) or the register paraphrases appended to its query (`register.paraphrases`). A message is
changed when the situations of its whole folded text (subject and message), their fiches, or its paraphrases differ
off and on: cheaper than `benchmarks/retrieval_switch.py`, which reads each message with `understand()` (the useful
text only; on the forty-fourth pass's 2-core VM at load 15 it did not finish in ten minutes). Each changed message is
searched off and on with the shipped weights (`guichet.knowledge.search.search`, k = 30, its administration): its
best gold rank (1 = first, '-' = not in the first 30), then first fiche / top 5 / top 10 counts per split and the
golds moved up and down. The test split is never read unless named.
"""

import argparse
import importlib
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402
from guichet.knowledge.register import paraphrases  # noqa: E402
from guichet.knowledge.situations import distress  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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

    def reading(row: dict, on: bool) -> frozenset[tuple]:
        setattr(module, attribute, on)
        folded = fold(text_of(row))
        return frozenset((hit.name, hit.fiches) for hit in distress(folded)) | frozenset(paraphrases(folded))

    changed = [row for row in rows if reading(row, False) != reading(row, True)]
    print(f"{len(changed)} of {len(rows)} messages read differently ({args.corpus}, {args.split})", flush=True)
    results = ranks_off_and_on(changed, lambda on: setattr(module, attribute, on))
    setattr(module, attribute, shipped)
    report(results, splits, args.save)


if __name__ == "__main__":
    main()
