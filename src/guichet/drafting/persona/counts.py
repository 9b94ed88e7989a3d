"""Whose children a count is ("j'ai deux garçons", "nos trois enfants"), when the message counts children for
someone else: a helper or a relative ("la bénévole de la Croix-Rouge a six enfants", "ma sœur a quatre enfants"),
or a paper or an office that counts them ("le dossier du CCAS dit trois enfants mais c'est une erreur")."""

import re

from guichet.drafting.persona.subjects import other_subject

# The writer's own determiner right before the count: "mes deux enfants", "nos trois filles".
_OWN_DETERMINER = re.compile(r"\b(?:mes|nos)\s+$")
# A count reported from a paper or an office ("le dossier dit trois enfants", "ils ont compté trois enfants").
_REPORTED = re.compile(
    r"\b(?:dit|disent|ecrit|ecrivent|indique|indiquent|marque|mentionne|note|compte|comptent|ont compte|a compte)\s+$"
)


def counted_as_writers(folded: str, start: int) -> bool:
    """Whether the count of children at `start` in a folded message is the writer's."""
    before = re.split(r"[.;?!\n]|\bmais\b", folded[max(0, start - 90) : start])[-1]
    if _REPORTED.search(before):
        return False
    return bool(_OWN_DETERMINER.search(before)) or not other_subject(before)
