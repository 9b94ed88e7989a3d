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

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import compare_module_switch  # noqa: E402  (a sibling module)

from guichet.knowledge.adult_children import adult_child  # noqa: E402
from guichet.knowledge.situations import qualifiers_in_message  # noqa: E402


def reading(folded: str) -> frozenset[str]:
    """The writer's qualifiers, with the adult child's `majeur` as `query.understand` reads it."""
    found = qualifiers_in_message(folded)
    if "mineur" in found and adult_child(folded):
        found = (found - {"mineur"}) | {"majeur"}
    return found


def main() -> None:
    compare_module_switch(__doc__, reading)


if __name__ == "__main__":
    main()
