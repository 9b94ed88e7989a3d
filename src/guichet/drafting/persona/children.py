"""How many children a message implies and how old they are, when it does not give their number: "j'ai Léa, 4 ans,
Tom qui a 7 ans et Inès qui vient d'avoir 12 ans" is three, "mes enfants, [PERSONNE_1] (4 ans) et [PERSONNE_2] (7
ans)" two, "mes jumeaux de 3 ans" two when no other child is named, "un garçon de 6 ans et des jumelles" at least
three; "mes trois enfants ont 2, 5 et 9 ans" gives their ages (a draft's "votre aîné, âgé de 11 ans" is none of
them). A parent is older than their child: a writer with a son of 24 is not "moins de 25 ans" (`age_floor`).
Texts are folded, numbers in digits (`lexicon.spell_digits`)."""

import re
from dataclasses import dataclass, field

# One child of a list, with their age: "[personne_1], 4 ans", "tom qui a 7 ans", "[personne_2] (7 ans)".
_ITEM = (
    r"(?:\[personne_\d+\]|[a-z][a-z-]{2,})\s*(?:,\s*|\(\s*|\s+qui (?:a|vient d.avoir|aura|va avoir)\s+)"
    r"(\d{1,2})\s*ans\)?"
)
# A list of children with their ages, after the words that open it ("j'ai", "mes enfants", "ils s'appellent").
_LIST = re.compile(
    r"(?:\bj.ai|\bnous avons|\bon a|\b(?:mes|nos) (?:\w+ )?(?:enfants|filles|fils|garcons|petits)\s*(?:,|:|\bsont\b)?|"
    r"\bils s.appellent|\belles s.appellent)\s+"
    rf"((?:{_ITEM}\s*(?:,\s*(?:et\b)?|\bet\b)\s*)+{_ITEM})"
)
# Their ages told together ("mes trois enfants ont 2, 5 et 9 ans", "mes filles ont 16 et 21 ans").
_AGES = re.compile(
    r"\b(?:mes|nos|les) (?:\w+ )?(?:enfants|filles|fils|garcons|petits)\s+ont\s+"
    r"((?:\d{1,2}(?:\s*ans)?\s*(?:,|\bet\b)\s*)+\d{1,2})\s*ans\b"
)
_TWINS = re.compile(r"\b(?:mes|nos|des|les|deux|de) (jumeaux|jumelles|triples|triplees)\b")
# A child named apart from twins ("un garçon de 6 ans et des jumelles", "ma grande").
_ONE_CHILD = re.compile(
    r"\b(?:un|une|mon|ma|notre) (?:\w+ )?(?:fils|fille|garcon|bebe|enfant|aine|ainee|cadet|cadette|grande?)\b"
)


@dataclass
class Children:
    """What a message implies of the writer's children."""

    counts: set[int] = field(default_factory=set)  # how many, when the message lists them all
    at_least: int = 0  # how many at least, from twins and another child
    ages: set[float] = field(default_factory=set)


def read_children(folded: str) -> Children:
    """The children a folded message lists or implies, and their ages."""
    found = Children()
    for m in _LIST.finditer(folded):
        ages = re.findall(_ITEM, m.group(1))
        if len(ages) >= 2:
            found.counts.add(len(ages))
            found.ages |= {float(a) for a in ages}
    for m in _AGES.finditer(folded):
        ages = re.findall(r"\d{1,2}", m.group(1))
        found.ages |= {float(a) for a in ages}
        if len(ages) >= 2 and not re.search(
            r"\b(?:deux|trois|quatre|cinq|six|\d)\b", m.group()[: m.start(1) - m.start()]
        ):
            found.counts.add(len(ages))
    twins = _TWINS.search(folded)
    if twins:
        size = 3 if twins.group(1).startswith("tripl") else 2
        outside = folded[: twins.start()] + " " + folded[twins.end() :]
        others = bool(_ONE_CHILD.search(outside)) or bool(re.search(r"\b(?:mes|nos) (?:\w+ )?enfants\b", outside))
        found.at_least = size + (1 if others else 0)
        if not others and not found.counts:
            found.counts.add(size)  # "j'élève seule mes jumeaux": two
    return found


# How much older than their child or grandchild a writer is, at least.
_GAP = {"son": 14.0, "daughter": 14.0, "child": 14.0, "grandson": 28.0, "granddaughter": 28.0}


def age_floor(ages_by_relation: dict[str, set[float]]) -> float:
    """The least age the writer can have, from the ages the message gives their children or grandchildren."""
    return max((max(ages) + _GAP[name] for name, ages in ages_by_relation.items() if ages and name in _GAP), default=0)
