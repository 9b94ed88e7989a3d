"""A length renewed, and the total a draft makes of it ("un CDD de six mois renouvelé une fois pour trois mois" /
"vous avez travaillé six mois au total", "un visa de trois mois, prolongé de trois mois" / "votre visa vous a permis
de rester un an au total").

A model that reads a first length and its renewal often gives the first one, or a wrong sum, as the whole. The check
of durations (`durations`) compares a draft's length with every length of the message, so the first one makes it
good; this one reads the totals of the message's renewals (the first length, plus the renewal as many times as said)
and judges a draft's length said to be a total ("au total", "en tout", "au cumul") against them. A draft's total is
judged only where the message renews something; otherwise it gives no trait. Texts are folded, numbers in digits.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.text.words import SMALL_NUMBERS

_LENGTH = re.compile(r"\b(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(ans?|annees?|mois)\b")
_RENEWED = re.compile(r"\b(?:renouvel\w*|prolong\w*|reconduit\w*|rallonge\w*)\b")
_TIMES = {"une fois": 1, "deux fois": 2, "trois fois": 3}
_TOTAL = re.compile(r"\b(?:au total|en tout|au cumul|cumulee?s?|en cumule)\b")
# How often something is renewed ("renouvelée tous les six mois", "chaque année").
_PERIOD = re.compile(
    r"\b(?:renouvel\w*|prolong\w*)\s+(?:\w+\s+)?(?:tous les (\d{1,2}|deux|trois|quatre|six) (mois|ans)|"
    r"(chaque annee|chaque an|tous les ans|chaque mois|tous les mois|chaque trimestre|tous les trimestres))\b"
)
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b)[^.;:]{0,60}$")


def _months(m: re.Match[str]) -> float:
    count = m.group(1)
    value = float(count) if count.isdigit() else float(SMALL_NUMBERS.get(count) or 1)
    return value * (12 if m.group(2).startswith(("an", "annee")) else 1)


def read_totals(folded: str) -> set[float]:
    """The whole lengths, in months, of what a folded message says was renewed: "CDD de six mois, renouvelé une fois
    pour trois mois" → 9."""
    totals: set[float] = set()
    for sentence in re.split(r"[.;!?\n]", folded):
        for renewal in _RENEWED.finditer(sentence):
            first = list(_LENGTH.finditer(sentence, 0, renewal.start()))
            then = _LENGTH.search(sentence, renewal.end(), renewal.end() + 40)
            if not first or not then:
                continue
            between = sentence[renewal.end() : then.start()]
            times = next((n for words, n in _TIMES.items() if words in between), 1)
            totals.add(_months(first[-1]) + times * _months(then))
    return totals


def total_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A length a folded draft sentence gives the writer's case as a whole ("six mois au total" → "6")."""
    out: list[tuple[int, str, list[Trait]]] = []
    for total in _TOTAL.finditer(folded):
        start = max(folded.rfind(c, 0, total.start()) for c in ",;:") + 1
        stop = [i for i in (folded.find(c, total.end()) for c in ",;:") if i >= 0]
        clause = folded[start : min(stop) if stop else len(folded)]
        if not _DRAFT_WRITER.search(folded[: total.start()]) or _CONDITION.search(folded[: total.start()]):
            continue
        lengths = list(_LENGTH.finditer(clause))
        if lengths:
            nearest = min(lengths, key=lambda m: abs(m.start() + start - total.start()))
            out.append((start, clause, [Trait("total", f"{_months(nearest):g}")]))
    return out


def _period(m: re.Match[str]) -> float:
    if m.group(3):
        return 1.0 if "mois" in m.group(3) else 3.0 if "trimestre" in m.group(3) else 12.0
    count = m.group(1)
    value = float(count) if count.isdigit() else float(SMALL_NUMBERS.get(count) or 1)
    return value * (12 if m.group(2) == "ans" else 1)


def read_periods(folded: str) -> set[float]:
    """How often, in months, a folded message says something of the writer's is renewed."""
    return {_period(m) for m in _PERIOD.finditer(folded)}


def period_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """How often a folded draft sentence says something of the writer's is renewed ("chaque année" → "12")."""
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _PERIOD.finditer(folded):
        if _DRAFT_WRITER.search(folded[: m.start()]) and not _CONDITION.search(folded[: m.start()]):
            out.append((m.start(), m.group(), [Trait("period", f"{_period(m):g}")]))
    return out


def total_verdict(value: str, totals: set[float]) -> str:
    """A draft's whole length against the totals of the message's renewals."""
    if not totals:
        return UNSUPPORTED
    return CONSISTENT if any(abs(float(value) - t) <= 0.5 for t in totals) else CONTRADICTED
