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

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from switch_ranks import compare_module_switch  # noqa: E402  (a sibling module)

from guichet.knowledge.register import paraphrases  # noqa: E402
from guichet.knowledge.situations import distress  # noqa: E402


def reading(folded: str) -> frozenset[tuple]:
    """The distress situations read (with their fiches) and the register paraphrases appended to the query."""
    return frozenset((hit.name, hit.fiches) for hit in distress(folded)) | frozenset(paraphrases(folded))


def main() -> None:
    compare_module_switch(__doc__, reading)


if __name__ == "__main__":
    main()
