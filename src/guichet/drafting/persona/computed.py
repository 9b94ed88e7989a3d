"""The numbers a draft works out from what the message gives: a sum's half, double or percentage ("un loyer de
800 € que je partage à moitié" / "votre part du loyer est de 400 €", "mon loyer était de 350 € et il a doublé" /
"votre loyer est désormais de 700 €", "10 % sur mon allocation de 600 €" / "réduite de 60 €"), and the children
counted from their groups ("deux garçons de 4 et 7 ans et une fille de 12 ans" / "vous avez trois enfants", "mes
enfants sont deux chez moi et un chez leur père" / "vos trois enfants").

The check of sums (`amounts`) reads each sum of the message, and the totals and differences of those told in one
sentence; the check of children (`writer._read_children`) reads each count of children. A draft that computes a
half or a double was found contradicted (the rent of the message is 800 €, the draft says 400 €), and a count of
the first group alone (2 garçons) made the total (3 enfants) contradicted. This module reads the sums a sentence of
the message derives by a half, a double or a percentage, added to the message's sums as sums of their own (never
summed with the others), and the total of the groups of children a sentence lists, which replaces the count of any
group it sums. Texts are folded, numbers in digits (`lexicon.spell_digits`).
"""

import re
from dataclasses import replace
from functools import partial

from guichet.drafting.persona.amounts import Sum
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, NUMBERS, UNSUPPORTED, word_number
from guichet.drafting.persona.model import Trait

# The readings, one switch each (measured in `docs/benchmarks.md`, fiftieth pass, engineer-d77).
# "partagé à moitié" → the half, "a doublé" → the double of a sum of the same sentence; off: gains on train only
HALVES_AND_DOUBLES = False
# "80 % d'un temps plein payé 2 000 €" → 1 600 €, and the rest (400 €); on: a validation item right, no cost
PERCENTAGES = True
# "deux garçons et une fille" → three children, not two; off: gains on train only
SUMMED_CHILDREN = False

# The sentences of a folded text, as `amounts.read_sums` numbers them (not cut on the dot of "1.500 €").
_SENTENCE = re.compile(r"(?:[^.;!?\n]|\.(?=\d))+")
_HALF = re.compile(r"\b(?:moitie|mi-temps|en deux)\b|\b50 ?%")
_DOUBLE = re.compile(r"\b(?:double\w*|redouble\w*|deux fois plus)\b")
_TRIPLE = re.compile(r"\b(?:triple\w*|trois fois plus)\b")
_PERCENT = re.compile(r"(?<![\d,])(\d{1,2})(?:,(\d))?\s*(?:%|pour ?cent\b)")
# A rate that is no share of a sum of the sentence ("un taux d'invalidité de 80 %", "une hausse de 3 % des prix").
_NOT_SHARE = re.compile(r"\b(?:taux|invalidite|incapacite|handicap|inflation)\b")

_COUNT = r"(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
# One group of children with its number ("deux garçons de 4 et 7 ans", "une fille de 12 ans", "un petit dernier").
_GROUP = (
    rf"{_COUNT}\s+(?:garcons?|filles?|fils|enfants?)\b"
    r"(?:\s+(?:de|d.un an|qui ont|qui a|ages? de|agees? de)\s+[\d\s,]*(?:et\s+\d{1,2}\s*)?(?:ans|mois))?"
)
# Two or more groups in a row, joined by "et" or a comma, after the writer's "j'ai", "nous avons", "on a".
_GROUPS = re.compile(
    rf"\b(?:j.ai|nous avons|on a|j.eleve(?: seule?)?|je suis (?:maman|papa|mere|pere) de)\s+"
    rf"((?:{_GROUP}\s*(?:,|\bet\b)\s*)+{_GROUP})"
)
# The children split by where they live ("mes enfants sont deux chez moi et un chez leur père").
_HOMES = re.compile(
    r"\b(?:mes|nos) enfants\s+(?:sont|vivent|habitent|restent|resident)\s+(?:\w+\s+){0,2}?"
    rf"{_COUNT}\s+(?:chez|avec|a)\s+[\w' -]{{1,20}}?\s*(?:,|\bet\b)\s*{_COUNT}\s+(?:chez|avec|a)\b"
)


_number = partial(word_number, words=NUMBERS)


def _factors(sentence: str) -> list[float]:
    """The factors a sentence applies to its sums: a half, a double, a triple, a share in percent and its rest."""
    factors: list[float] = []
    if HALVES_AND_DOUBLES:
        factors += [0.5] if _HALF.search(sentence) else []
        factors += [2.0] if _DOUBLE.search(sentence) else []
        factors += [3.0] if _TRIPLE.search(sentence) else []
    if PERCENTAGES and not _NOT_SHARE.search(sentence):
        for m in _PERCENT.finditer(sentence):
            share = (int(m.group(1)) + (int(m.group(2)) / 10 if m.group(2) else 0)) / 100
            if 0 < share < 1:
                factors += [share, 1 - share]
    return factors


def derived_sums(folded: str, sums: list[Sum]) -> list[Sum]:
    """The sums the message's sentences derive from their own sums (each apart: its sentence number is negative and
    its own, so that `amounts` never adds it to another)."""
    sentences = [m.group() for m in _SENTENCE.finditer(folded)]
    out: list[Sum] = []
    for told in sums:
        if not 0 <= told.sentence < len(sentences):
            continue
        for factor in _factors(sentences[told.sentence]):
            out.append(replace(told, value=round(told.value * factor, 2), sentence=-1 - len(out)))
    return out


def summed_children(folded: str, counts: set[int]) -> set[int]:
    """The counts of children with the total of the groups a sentence lists in place of the groups it sums ("deux
    garçons … et une fille" → {3}, not {2}); the counts unchanged where no sentence lists groups."""
    if not SUMMED_CHILDREN:
        return counts
    out = set(counts)
    for m in _GROUPS.finditer(folded):
        parts = [_number(g) for g in re.findall(_GROUP, m.group(1))]
        out -= set(parts)
        out.add(sum(parts))
    for m in _HOMES.finditer(folded):
        parts = [_number(m.group(1)), _number(m.group(2))]
        out -= set(parts)
        out.add(sum(parts))
    return out


# The children counted by age: a draft's "deux de vos enfants ont moins de six ans", "tous vos enfants ont moins de
# six ans", "un seul de vos enfants a six ans ou plus", read against the ages the message gives all the children
# ("mes enfants ont 2, 5 et 8 ans", "deux garçons de 4 et 7 ans et une fille de 12 ans") or the split it tells
# ("quatre enfants dont trois de moins de six ans").
COUNTED_BY_AGE = True  # on: gains on validation (d77-032), no cost

_WORD_COUNT = (
    r"(\d{1,2}|un seul|une seule|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|tous|toutes|aucun|aucune)"
)
_AGE = r"(\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_DRAFT_BY_AGE = re.compile(
    rf"\b{_WORD_COUNT}\s+(?:de\s+)?vos\s+(?:\d{{1,2}}\s+|\w+\s+)?enfants\s+(?:n.)?(?:ont|a|sont|est)\s+"
    rf"(?:\w+\s+)?(?:(?:age|agee?s?)\s+de\s+)?(moins de|plus de)?\s*{_AGE}\s+ans\b(\s+(?:ou|et) plus)?"
)
# All the children's ages in one list ("mes enfants ont 2, 5 et 8 ans", "nos trois enfants, âgés de 3, 9 et 15 ans").
_AGE_LIST = re.compile(
    r"\b(?:mes|nos|les)\s+(?:\w+\s+)?(?:enfants|filles|fils|garcons)\s*,?\s+(?:ont|ages? de|agees? de|de)\s+"
    r"(\d{1,2}(?:\s*(?:,|\bet\b)\s*\d{1,2})+)\s*ans\b"
)
# A count split by age ("quatre enfants dont trois de moins de six ans", "3 enfants dont un de plus de 18 ans").
_SPLIT = re.compile(
    rf"\b{_COUNT}\s+enfants?\b[^.;!?]{{0,20}}?\bdont\s+{_COUNT}\s+"
    rf"(?:de|qui (?:a|ont))\s+(moins|plus) de\s+{_AGE}\s+ans"
)


def _age_number(word: str) -> int:
    if word in {"tous", "toutes"}:
        return -1
    if word in {"aucun", "aucune"}:
        return 0
    return 1 if word in {"un seul", "une seule"} else _number(word)


def age_count_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """How many of the writer's children a folded draft sentence says are under or over an age ("deux de vos enfants
    ont moins de dix ans" → "2|<|10", "tous vos enfants ont moins de six ans" → "-1|<|6")."""
    if not COUNTED_BY_AGE:
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _DRAFT_BY_AGE.finditer(folded):
        if not m.group(2) and not m.group(4):
            continue  # "deux de vos enfants ont 4 ans": an age, read by `ages`
        op = "<" if m.group(2) == "moins de" else ">"
        value = f"{_age_number(m.group(1))}|{op}|{_number(m.group(3))}"
        out.append((m.start(), m.group(), [Trait("age_count", value)]))
    return out


def read_age_counts(folded: str) -> list[tuple[int, str, int, int]]:
    """What a folded message tells of its children by age, as (total, kind, age, how many): each age of a list of
    all the children as (total, "list", age, 0), a split as (total, "<" or ">", bound, how many)."""
    if not COUNTED_BY_AGE:
        return []
    out: list[tuple[int, str, int, int]] = []
    for m in _AGE_LIST.finditer(folded):
        ages = [int(a) for a in re.findall(r"\d{1,2}", m.group(1))]
        out += [(len(ages), "list", age, 0) for age in ages]
    for m in _GROUPS.finditer(folded):
        groups = [(g.group(1), g.group()) for g in re.finditer(_GROUP, m.group(1))]
        ages = [int(a) for _, text in groups for a in re.findall(r"\b\d{1,2}\b(?=[\s\w,]*\b(?:ans|mois)\b)", text)]
        if ages and len(ages) == sum(_number(n) for n, _ in groups) and not _AGE_LIST.search(folded):
            out += [(len(ages), "list", age, 0) for age in ages]
    for m in _SPLIT.finditer(folded):
        out.append(
            (_number(m.group(1)), "<" if m.group(3) == "moins" else ">", _number(m.group(4)), _number(m.group(2)))
        )
    return out


def age_count_verdict(value: str, facts: list[tuple[int, str, int, int]]) -> str:
    """A draft's count of children under or over an age against the message's ages or split: the same count is
    consistent, another contradicted; a bound the message does not split by is unsupported."""
    count_text, op, bound_text = value.split("|")
    count, bound = int(count_text), int(bound_text)
    listed = [age for _, kind, age, _ in facts if kind == "list"]
    if listed:
        n = sum(1 for a in listed if (a < bound if op == "<" else a >= bound))
        wanted = len(listed) if count < 0 else count
        return CONSISTENT if n == wanted else CONTRADICTED
    for total, kind, split_bound, under in facts:
        if split_bound != bound:
            continue
        n = under if kind == op else total - under
        wanted = total if count < 0 else count
        return CONSISTENT if n == wanted else CONTRADICTED
    return UNSUPPORTED
