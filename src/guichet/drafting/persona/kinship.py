"""A relative a draft names by a near relation's word ("votre fille a perdu son emploi" to "j'écris pour ma
belle-fille, la femme de mon fils", "vous élevez votre fils de 8 ans" to "je suis la grand-mère de Samir, 8 ans",
"votre mère" to "ma belle-mère").

A model shortens the relations it reads: a daughter-in-law, a granddaughter or a niece becomes "votre fille", a
mother-in-law or a grandmother "votre mère", a brother-in-law "votre frère". The check of relatives
(`relatives.relative_verdict`) compares what a draft says of a relative with what the message says of the same one;
this one finds the relative itself wrong: the draft names a son, a daughter, a parent, a brother or a sister whom the
message never names, while the message names a near relation of that kind (or the writer says they are the
grandparent, the aunt or the uncle of the person concerned). It gives a contradicted trait, or none.
"""

import re

from guichet.drafting.persona.lexicon import CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Relative, Trait

_OF_PARTNER = r" d(?:e|u) (?:mon|ma) (?:mari|femme|epou\w*|compagn\w*|conjoint\w*|concubin\w*)\b"
# The near relations a message names, by the relation a draft may make of them.
_NEAR = {
    "daughter": rf"belle[- ]fille|petite-fille|niece|fille{_OF_PARTNER}",
    "son": rf"beau[- ]fils|petit-fils|gendre|neveu|fils{_OF_PARTNER}",
    "mother": r"belle[- ]mere|grand[- ]mere|tante|mamie|mamy",
    "father": r"beau[- ]pere|grand[- ]pere|oncle|papi|papy",
    "brother": r"beau[- ]frere|demi-frere|cousin(?!e)",
    "sister": r"belle[- ]soeur|demi-soeur|cousine",
}
_POSSESSIVE = r"(?<![\w-])(?:mon|ma|mes|notre|nos)\s+"
# The writer as the grandparent, the aunt or the uncle of the person concerned: that person is no son or daughter.
_ROLE = re.compile(r"\bje suis (?:la |le |sa |son )(?:grand[- ](?:mere|pere)|tante|oncle|marraine|parrain)\b")
_DRAFT = re.compile(
    r"(?<![\w-])(?<!ou )(?:votre|vos)\s+(fils|filles?|mere|maman|pere|papa|freres?|soeurs?)\b(?!-)"
    r"(?! ou (?:votre|vos)\b)"
)
_WORDS = {
    "fils": "son",
    "fille": "daughter",
    "filles": "daughter",
    "mere": "mother",
    "maman": "mother",
    "pere": "father",
    "papa": "father",
    "frere": "brother",
    "freres": "brother",
    "soeur": "sister",
    "soeurs": "sister",
}
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\bau cas ou\b|\bdans le cas ou\b)[^.;:]{0,40}$")


def read_near_kin(folded: str) -> set[str]:
    """The relations a draft could wrongly make of the near relatives a folded message names: "ma belle-fille" →
    {"daughter"}; the writer as a grandparent → {"son", "daughter"}."""
    near = {name for name, pattern in _NEAR.items() if re.search(rf"{_POSSESSIVE}(?:{pattern})\b", folded)}
    if _ROLE.search(folded):
        near |= {"son", "daughter"}
    return near


def kin_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The relatives a folded draft sentence names as the writer's son, daughter, parent, brother or sister."""
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _DRAFT.finditer(folded):
        if not _CONDITION.search(folded[: m.start()]):
            out.append((m.start(), m.group(), [Trait("kin", _WORDS[m.group(1)])]))
    return out


def kin_verdict(value: str, relatives: dict[str, Relative], near: set[str]) -> str:
    """A relation a draft names: contradicted when the message never names it but names a near relation of it."""
    named = set(relatives)
    if value in named or (value in {"son", "daughter"} and "child" in named) or value not in near:
        return UNSUPPORTED
    return CONTRADICTED
