"""Counts of children that the children's reader misread (forty-third pass): grandchildren counted as children ("j'ai
4 petits-enfants mais un seul enfant": "petits" alone is a word for children, so "4 petits" was read as four), and one
child said with "seul" or "unique" ("un seul enfant", "qu'une seule fille", "mon fils unique"), which the count of
`writer._CHILDREN_COUNT` missed. "Je suis fils unique" says the writer has no sibling, not one child: only a
possessive ("mon", "ma", "notre") or "un seul" / "une seule" counts. Texts are folded, numbers in digits.

Both read at call time, so the lead can measure each way:"""

import re

# Grandchildren ("petits-enfants", "petits enfants", "petit-fils", "petites-filles", "arrière-petits-enfants") are
# not the writer's children.
GRANDCHILDREN_APART = True
# One child said with "seul" or "unique" is one child.
ONLY_CHILD = True

_GRANDCHILDREN = re.compile(r"\b(?:arriere-)?petite?s?[- ](?:enfants?|fils|filles?)\b")
_ONE = re.compile(
    r"\b(?:un seul|une seule)\s+(?:enfant|fils|fille|garcon)\b"
    r"|\b(?:mon|ma|notre)\s+(?:enfant|fils|fille)\s+unique\b"
)


def without_grandchildren(folded: str) -> str:
    """A folded message with its grandchildren's words blanked, so that their count is no count of children."""
    if not GRANDCHILDREN_APART:
        return folded
    return _GRANDCHILDREN.sub(lambda m: " " * len(m.group()), folded)


def one_child_starts(folded: str) -> list[int]:
    """Where a folded message says the writer's one child with "seul" or "unique" (the caller checks whose it is)."""
    if not ONLY_CHILD:
        return []
    return [m.start() for m in _ONE.finditer(without_grandchildren(folded))]
