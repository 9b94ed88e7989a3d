"""The ages of the writer's children, and those a draft gives them ("nos deux fils (18 mois et 4 ans)" / "votre fils
cadet a deux ans", "notre fille de 10 mois" / "votre fille a un an et demi", "deux enfants de 10 et 13 ans" / "vos
deux enfants, âgés de 10 et 14 ans").

A model that restates a family shifts an age by a year, or turns months into years. The check of relatives
(`relatives`) reads an age said with "a" or "âgé de" of one named relative; this one reads every age the message
gives a child, a baby or a grandchild of the writer's (in years or in months, "et demi", a list "de 2, 6 et 11
ans"), and judges each age a draft sentence gives the writer's child against them: an age the message gives one of
them is consistent (whole years read as whole years: a child of 18 months is "un an"), another contradicted. A draft
age is judged only where the message gives a child's age; a bound ("moins de 3 ans"), a condition or a rule gives
no trait. Texts are folded, small numbers in words or digits.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, word_number
from guichet.drafting.persona.model import Trait

_CHILD = (
    r"(?:fils|filles?|enfants?|garcons?|bebes?|jumeaux|jumelles|petite?s?-(?:fils|filles?|enfants)|"
    r"aine|ainee|cadet|cadette|benjamine?|loulous?)"
)
_N = r"(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_ONE_AGE = rf"{_N}\s*(ans?|mois)(\s+et\s+demi)?"
# A list of ages right after a child ("de 2, 6 et 11 ans", "(18 mois et 4 ans)", ", âgés de 10 et 14 ans", "a 3 ans
# et demi", "aura 1 an").
_AGES = re.compile(
    rf"\b{_CHILD}\b(?:\s+(?:cadet|cadette|aine|ainee|jumeaux|jumelles|\w+e?s?))?\s*"
    r"(?:,\s*|\(\s*)?(?:qui (?:a|ont|aura|auront|va avoir|vont avoir)|agee?s? de|agee?s? respectivement de|"
    r"(?:a|ont|aura|auront|va avoir|vont avoir)|de|respectivement)?\s*"
    rf"((?:{_N}(?:\s*(?:ans?|mois)(?:\s+et\s+demi)?)?\s*(?:,|et)\s*)*{_ONE_AGE})"
)
_DRAFT_CHILD = re.compile(
    rf"\b(?:(?:votre|vos)\s+(?:\w+\s+){{0,2}}?|vous avez (?:deja |aussi |egalement )?(?:un|une|deux|trois|quatre)\s+)"
    rf"{_CHILD}\b"
)
_SON = re.compile(r"(?:petits?-)?(?:fils|garcons?|aine|cadet|benjamin)\b")
_DAUGHTER = re.compile(r"(?:petites?-)?(?:filles?|jumelles|ainee|cadette|benjamine)\b")
_NOT_OWN = re.compile(r"\b(?:si|lorsqu\w*|quand|pour un|pour une|moins de|plus de|partir de|jusqu.a|des)\s*$")


def _ages(listed: str) -> set[tuple[float, bool]]:
    """The ages of a list ("2, 6 et 11 ans", "18 mois et 4 ans"), in months, each with whether it is whole years;
    a number without its unit takes the next one."""
    out: set[tuple[float, bool]] = set()
    pending: list[float] = []
    for m in re.finditer(rf"{_N}(?:\s*(ans?|mois)(\s+et\s+demi)?)?", listed):
        pending.append(float(word_number(m.group(1), default=1)))
        if not m.group(2):
            continue
        years = m.group(2).startswith("an")
        for value in pending:
            months = value * (12 if years else 1) + ((6 if years else 0.5) if m.group(3) else 0)
            out.add((months, years and not m.group(3)))
        pending = []
    return out


def _sex(child: str) -> str:
    """ "m" for a son, "f" for a daughter, "" for a child ("enfant", "bébé", "jumeaux")."""
    return "m" if _SON.match(child) else "f" if _DAUGHTER.match(child) else ""


def read_child_ages(folded: str) -> set[tuple[float, str]]:
    """The ages, in months, a folded message gives the writer's children (or grandchildren), each with the child's
    sex when the word says it ("mon fils" → "m", "ma fille" → "f", "mes enfants" → "")."""
    ages: set[tuple[float, str]] = set()
    for m in _AGES.finditer(folded):
        if _NOT_OWN.search(folded[max(0, m.start(1) - 12) : m.start(1)]):
            continue
        ages |= {(months, _sex(folded[m.start() :])) for months, _ in _ages(m.group(1))}
    return ages


def child_age_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The ages a folded draft sentence gives the writer's child ("votre fille a un an et demi" → "18|0")."""
    out: list[tuple[int, str, list[Trait]]] = []
    for child in _DRAFT_CHILD.finditer(folded):
        m = _AGES.match(folded, child.start() + child.group().index(child.group().split()[-1]))
        if not m or _NOT_OWN.search(folded[max(0, m.start(1) - 12) : m.start(1)]):
            continue
        if re.search(r"(?:\bsi\b|\blorsqu\w*|\bquand\b)[^.;:]{0,50}$", folded[: child.start()]):
            continue
        sex = _sex(folded[m.start() :])
        traits = [Trait("child_age", f"{months:g}|{int(whole)}|{sex}") for months, whole in _ages(m.group(1))]
        if traits:
            out.append((child.start(), folded[child.start() : m.end()], traits))
    return out


def child_age_verdict(value: str, ages: set[tuple[float, str]]) -> str:
    """A draft's age of a child against the ages the message gives the children (in months): another age is
    contradicted, and so is the age of a son given to a daughter ("une fille de 7 ans" to "un garçon de 7 ans") when
    no child of the draft's sex has it."""
    if not ages:
        return UNSUPPORTED
    months_text, whole, sex = value.split("|")
    months = float(months_text)
    same = [s for age, s in ages if abs(age - months) < 1 or (whole == "1" and age // 12 == months // 12)]
    if not same:
        return CONTRADICTED
    return CONTRADICTED if sex and all(s and s != sex for s in same) else CONSISTENT
