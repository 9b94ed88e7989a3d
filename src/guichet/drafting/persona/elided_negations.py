"""A negation whose verb is elided with a pronoun (forty-eighth pass, `ELIDED_NEGATIONS`): « on ne s'est jamais
mariés », « je ne m'étais pas inscrite », « nous ne nous sommes jamais pacsés », « je n'y ai jamais travaillé ».

The reader of what the writer is now (`writer._present`) finds a trait negated when « ne … pas / plus / jamais »
stands before it with at most two words between, but counts words without their apostrophe: « s'est », « m'étais »
broke the count, and « on ne s'est jamais mariés » was read as a marriage (the writer who corrects « je suis marié,
non en fait c'est un Pacs » and adds « on ne s'est jamais mariés » was read married and pacsé at once). This reads
the same negation with elided pronouns among its words. Texts are folded.
"""

import re

# Off: « ne s'est jamais », « ne m'étais pas » negate nothing, as in the forty-seventh pass.
ELIDED_NEGATIONS = True

# « ne » or « n' », then up to three words with their elided pronouns (« s'est », « m'y », « nous sommes »), then
# « pas », « plus » or « jamais », then up to two words (« jamais été », « pas encore »), up to the trait.
_NEGATED = re.compile(
    r"\b(?:ne|n')\s*(?:[a-z]+['’]\s*)?(?:[a-z]+\s+){0,2}(?:[a-z]+['’]\s*)?(?:[a-z]+\s+)?(?:pas|plus|jamais)\s+"
    r"(?:\w+\s+){0,2}$"
)


def negated(clause: str) -> bool:
    """Whether the folded clause before a trait ends with a negation whose words hold an elided pronoun."""
    return ELIDED_NEGATIONS and "'" in clause and bool(_NEGATED.search(clause))
