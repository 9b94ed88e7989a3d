"""The messages whose qualifiers a switch changes, and where their gold fiche ranks with it off and on (forty-fourth
pass, engineer-r74).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_qualifier_switch.py \
        civil_service_terms.READ_CIVIL_SERVICE_TERMS [--split train+validation] [--save OUT.json]

The switch (module.NAME under `guichet.knowledge`, a boolean) changes the writer's situations read from a message
(`situations.qualifiers_in_message`, and the adult child's `majeur` of `query.understand`). A message is changed
when the qualifiers of its whole folded text (subject and message) differ off and on: cheaper than
`benchmarks/retrieval_switch.py`, which reads each message with `understand()` (the useful text only; on the
forty-fourth pass's 2-core VM at load 15 it did not finish in ten minutes). Each changed message is searched off and
on with the shipped weights (`guichet.knowledge.search.search`, k = 30, its administration): its best gold rank
(1 = first, '-' = not in the first 30), then first fiche / top 5 / top 10 counts per split and the golds moved up
and down. The test split is never read unless named.
"""

import argparse
import importlib
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import ranks_off_and_on, report, text_of  # noqa: E402  (a sibling module)

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge.adult_children import adult_child  # noqa: E402
from guichet.knowledge.analysis import fold  # noqa: E402
from guichet.knowledge.situations import qualifiers_in_message  # noqa: E402


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

    def reading(row: dict, on: bool) -> frozenset[str]:
        setattr(module, attribute, on)
        folded = fold(text_of(row))
        found = qualifiers_in_message(folded)
        if "mineur" in found and adult_child(folded):
            found = (found - {"mineur"}) | {"majeur"}
        return found

    changed = [row for row in rows if reading(row, False) != reading(row, True)]
    print(f"{len(changed)} of {len(rows)} messages read differently ({args.corpus}, {args.split})", flush=True)
    results = ranks_off_and_on(changed, lambda on: setattr(module, attribute, on))
    setattr(module, attribute, shipped)
    report(results, splits, args.save)


if __name__ == "__main__":
    main()
