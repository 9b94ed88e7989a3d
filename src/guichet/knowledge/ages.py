"""Ages: the age range a fiche title is written for, and the ages a message gives, so that the sibling written for
the writer's age comes first.

Some fiches differ only by the age of the person they are written for: "RSA demandeur de 25 ans et plus" beside
"RSA jeune actif", "Travail de nuit d'un jeune de moins de 18 ans" beside "… du salarié du secteur privé",
"Disparition d'un adulte" beside "… d'un enfant mineur". A writer who says "j'ai 23 ans" or "ma fille de 15 ans" has
chosen among them. Only the person's age counts: a title's "carte d'identité de plus de 10 ans" or "louer pour moins
de 3 ans" is a duration, and a message's "depuis 12 ans" or "30 ans de carrière" is not an age.
"""

from __future__ import annotations

import re

OLDEST = 150
# Who a title's age is about: "un jeune de moins de 16 ans", "enfant handicapé de moins de 3 ans", "demandeur de 25
# ans et plus". A title's range is [low, high], both included.
_PERSON = r"(jeune|enfant|personne|demandeur|salarie|mineur|adulte|eleve)s?( \w+)?"
_TITLE_RANGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_PERSON + r" de (\d{1,3}) a (\d{1,3}) ans\b"), "between"),  # "jeune de 15 à 18 ans": under 18
    (re.compile(_PERSON + r" (de )?moins de (\d{1,3}) ans\b"), "under"),
    (re.compile(r"\bavant (\d{1,3}) ans\b"), "under"),  # "Que peut faire un jeune avant 18 ans ?"
    (re.compile(_PERSON + r" (de )?plus de (\d{1,3}) ans\b"), "from"),
    (re.compile(r"\b(\d{1,3}) ans et plus\b"), "from"),  # "RSA demandeur de 25 ans et plus"
    (re.compile(r"\ba partir de (\d{1,3}) ans\b|\bapres (\d{1,3}) ans\b"), "from"),
    # a person said to be an adult, not the "allocation aux adultes handicapés" nor an "adulte approprié"
    (re.compile(r"\b(d.un|un|une) adulte\b(?! approprie)"), "adult"),
)

# How a message says a person's age: the writer's own ("j'ai 23 ans", "âgée de 78 ans") or that of the person the
# message is about ("ma fille de 15 ans", "mon fils a 16 ans", "il a 9 ans").
# "j'ai 30 ans de carrière", "j'ai 3 ans d'ancienneté" are durations
_NOT_AN_AGE = (
    r"(?! (d.|de )(anciennete|experience|cotis\w*|travail|service|carriere|mariage|contrat|activite|chomage))"
)
_MESSAGE_AGES = re.compile(
    r"\bj.?ai (\d{1,3}) ans?\b" + _NOT_AN_AGE + r"|(?<!l.)\bagee?s? de (\d{1,3}) ans\b"
    r"|\bmoi,? (\d{1,3}) ans\b"
    r"|\b(fils|fille|enfant|garcon|gamine?|ado|adolescente?|bebe|petite?|frere|soeur|neveu|niece)s? "
    r"(de|a|qui a|agee? de) (\d{1,3}) ans\b"
    r"|\b(il|elle) a (\d{1,3}) ans\b" + _NOT_AN_AGE
)


def title_range(folded_title: str) -> tuple[int, int] | None:
    """The ages a folded fiche title is written for, when it names them (`None` when it does not)."""
    for pattern, kind in _TITLE_RANGES:
        match = pattern.search(folded_title)
        if not match:
            continue
        numbers = [int(n) for n in match.groups() if n and n.isdigit()]
        if kind == "adult":
            return (18, OLDEST)
        if kind == "between" and len(numbers) == 2:
            # "de 15 à 18 ans" is a minor's range: 18 is where it stops
            return (numbers[0], numbers[1] - 1 if numbers[1] == 18 else numbers[1])
        if kind == "under" and numbers:
            return (0, numbers[0] - 1)
        if kind == "from" and numbers:
            return (numbers[0], OLDEST)
    return None


# The writer's own age: "j'ai 23 ans", "âgée de 78 ans", "moi, 40 ans".
_OWN_AGES = re.compile(
    r"\bj.?ai (\d{1,3}) ans?\b" + _NOT_AN_AGE + r"|(?<!l.)\bagee?s? de (\d{1,3}) ans\b|\bmoi,? (\d{1,3}) ans\b"
)


def own_ages(folded: str) -> frozenset[int]:
    """The writer's own age, when the message gives it."""
    found = set()
    for match in _OWN_AGES.finditer(folded):
        numbers = [int(n) for n in match.groups() if n and n.isdigit()]
        if numbers and numbers[-1] < OLDEST:
            found.add(numbers[-1])
    return frozenset(found)


def message_ages(folded: str) -> frozenset[int]:
    """The ages of people a folded message gives (the writer's, or that of the one it is about)."""
    found = set()
    for match in _MESSAGE_AGES.finditer(folded):
        numbers = [int(n) for n in match.groups() if n and n.isdigit()]
        if numbers and numbers[-1] < OLDEST:
            found.add(numbers[-1])
    return frozenset(found)


# An open range from a young adult's age on ("RSA demandeur de 25 ans et plus", "un adulte") is the default case for
# grown-up writers: a writer in it is told apart from a young one, but it does not lift that fiche above a sibling for
# another situation the writer is in ("Un étudiant a-t-il droit au RSA ?" for a student of 26).
ADULT_DEFAULT = 25


def age_fit(title: tuple[int, int] | None, ages: frozenset[int], own: frozenset[int] | None = None) -> bool | None:
    """Whether a title's age range fits the message: True when an age it gives is in a range narrower than adulthood,
    False when it gives ages and none is in the range, None otherwise (either says no age, or the range is the
    grown-ups' default). Against the grown-ups' default range only the writer's own age (`own`) counts: a parent who
    asks for the RSA and names a son of 12 is not a young writer."""
    if title is not None and own is not None and title[0] <= ADULT_DEFAULT and title[1] == OLDEST:
        ages = own
    if title is None or not ages:
        return None
    if not any(title[0] <= age <= title[1] for age in ages):
        return False
    return None if title[0] <= ADULT_DEFAULT and title[1] == OLDEST else True
