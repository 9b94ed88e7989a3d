"""A yes against the passage's own threshold (thirty-ninth pass, engineer-d50; read by `guichet.drafting.asked`).

The asked check compares words: a verdict whose words one source gives ("Oui, à votre âge vous êtes exonérée de la
taxe foncière" beside "Vous êtes exonéré de taxe foncière … si … votre revenu fiscal de référence … ne dépasse pas
12 455 €") passed, though the writer had written "mon revenu fiscal de référence est de 13 900 €". The passage gives
the rule with its threshold; the writer gives the figure that is on the wrong side of it; the draft says yes.
The same with a time: "Vos indemnités journalières vous seront versées dès le premier jour de votre arrêt" beside
"Les indemnités journalières sont versées … à partir du 4e jour d'arrêt de travail".

Read here:

- *a threshold* in a source sentence: a figure with its unit (euros, square metres, a rate, days, weeks, months,
  years, quarters) after a ceiling's words ("ne dépasse pas", "jusqu'à", "dans la limite de", "inférieur à", "moins
  de", "au-delà de" where the aid stops) or a floor's ("au moins", "à partir du", "dès le", "plus de", "supérieur à"),
  and "entre … et …" as both;
- *the writer's figures*: those the message gives in such a unit, less those a source gives too (a passage that
  takes the writer's own rent as its case);
- *the sentence's own figures*, said without a bound ("dès le premier jour": a first day).

A sentence is flagged when it is a yes, a right, a permission, the case's future or a state settled — or "vous ouvre
droit", "vous permet de", "vous êtes éligible", "prend en charge" — with no negation, no condition and no bound word
of its own ("vous restez sous le seuil", "si vos revenus ne dépassent pas …" weigh the threshold, they do not
ignore it), when it shares a word with the source sentence that sets the threshold, and when a figure of the writer's
or of its own, in the threshold's unit, is above its ceiling or below its floor.

Costs: a writer's figure in the unit of a threshold that is about another sum (a rent beside a ceiling of resources)
is read as the threshold's; so a floor in euros can be crossed by a rent that has nothing to do with it. Units are
not converted across days and months. Folded text, deterministic; flagged for the agent, never removed.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from guichet.drafting.support import SAME_THING, STEM
from guichet.text import SMALL_NUMBERS, fold, sentence_spans
from guichet.text.words import CONTENT_STOP_WORDS

_FAMILY = {word: family[0][:STEM] for family in SAME_THING for word in family}
_WORD = re.compile(r"[a-z0-9]+")

_NUMBER_WORDS = {
    **SMALL_NUMBERS,
    "premier": 1,
    "premiere": 1,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
}
# A figure and its unit: "13 900 €", "8 m2", "4e jour", "3 premiers jours", "deux ans", "50 %" (folded text).
_FIGURE = re.compile(
    r"(?<![\w,])(?P<value>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:e|er|ere|eme|ieme)?\s*(?:(?:premier|premiere|dernier|derniere)s?\s+)?"
    r"(?P<unit>€|euros?\b|eur\b|m2\b|%|jours?\b|semaines?\b|mois\b|ans\b|an\b|annees?\b|trimestres?\b)"
)
# A range whose first figure has no unit of its own: "de 18 à 25 ans", "entre 3 et 6 mois" (folded text).
_RANGE = re.compile(
    r"\b(?:de|entre) (?P<low>\d+(?:,\d+)?) (?:a|et) (?P<high>\d+(?:,\d+)?)\s*"
    r"(?P<unit>€|euros?\b|eur\b|m2\b|%|jours?\b|semaines?\b|mois\b|ans\b|an\b|annees?\b|trimestres?\b)"
)
# Each unit as the one it is compared in (a week is seven days, a year twelve months).
_UNITS = {
    "€": ("eur", 1.0),
    "euro": ("eur", 1.0),
    "euros": ("eur", 1.0),
    "eur": ("eur", 1.0),
    "m2": ("m2", 1.0),
    "%": ("pct", 1.0),
    "jour": ("day", 1.0),
    "jours": ("day", 1.0),
    "semaine": ("day", 7.0),
    "semaines": ("day", 7.0),
    "mois": ("month", 1.0),
    "an": ("month", 12.0),
    "ans": ("month", 12.0),
    "annee": ("month", 12.0),
    "annees": ("month", 12.0),
    "trimestre": ("quarter", 1.0),
    "trimestres": ("quarter", 1.0),
}
# Words between a bound's cue and its figure: "à partir du début du 4e mois", "au-delà d'environ 2 500 €".
_FILLER = r"(?:\s*\b(?:le|la|l'|les|du|de|d'|des|debut|environ|d'environ|son|sa|ses|leur|un|une)\b)*\s*$"
_CEILING = re.compile(
    r"(?:\bne (?:\w+ )?(?:depasse|depassent|excede|excedent) pas|\b(?:ne )?(?:doit|doivent|peut|peuvent) pas "
    r"(?:depasser|exceder)|\binferieure?s? (?:ou egale?s? )?a|\bjusqu'?a|\bdans la limite d(?:e|u|es|')"
    r"|\bau plus|\bau maximum|\bmaximum(?: de)?|\bplafonnee?s? a|\bplafond de|\bmoins de"
    # a time allowed: "reconnu pendant 1 an", "dans les 6 mois qui suivent", "dans un délai de 2 mois"
    r"|\bpendant|\bdurant|\bdans (?:les|un delai d(?:e|'))|\bsous)" + _FILLER
)
_FLOOR = re.compile(
    r"(?:\bau moins|\bau minimum|\bminimum(?: de)?|\ba partir d(?:u|e|es|')|\bdes (?:le|la|l')|\bplus de"
    r"|\bsuperieure?s? (?:ou egale?s? )?a|\bentre)" + _FILLER
)
_BEYOND = re.compile(r"\bau-?dela d(?:e|u|es|')" + _FILLER)
# "Au-delà de 2 000 €, l'aide s'annule": beyond the figure the aid stops, so the figure is a ceiling.
_STOPS = re.compile(r"\b(?:s'annule|annul\w*|supprim\w*|n'est plus|ne sont plus|cesse\w*|n'est pas|ne sont pas)")
# Any bound's cue, read on a whole source before its sentences are (folded text).
_ANY_BOUND = re.compile(
    r"\b(?:depass|exced|inferieur|jusqu|limite|au plus|maxim|plafon|moins de|pendant|durant|dans les|dans un delai"
    r"|sous|au moins|minim|a partir d|des l|plus de|superieur|entre|au-?dela)"
)
_AND = re.compile(r"\bet" + _FILLER)
_SENTENCE_END = re.compile(r"[.?!]")
CUE_WINDOW = 45  # characters before a figure where its bound's cue is read
# The answer's shapes beside `asked_verdicts.verdict_kind`: "vous ouvre droit", "vous permet de bénéficier", "vous êtes
# éligible", "restent compatibles", "la Caf prend en charge" (folded text).
_POSITIVE = re.compile(
    r"\bvous (?:ouvre|ouvrent|ouvrira|ouvriront|donne|donnent|donnera|donneront) (?:bien |donc )?(?:droit|acces)\b"
    r"|\bvous permet(?:tent|tra|tront)? d(?:e|')"
    r"|\b(?:etes|restez|sont|restent|est|reste) (?:bien |donc |toujours )?(?:eligibles?|compatibles?"
    r"|dans les conditions)\b|\bremplissez (?:bien |donc )?les conditions\b|\bprend(?:ra|ront|nent)? en charge\b"
    # "vous y avez droit", "vous pouvez en bénéficier", "vous êtes exonérée", "vous serez exonéré"
    r"|\bvous y (?:avez|aurez) (?:bien |donc )?droit\b|\b(?:etes|serez) (?:bien |donc |totalement )?exoneree?s?\b"
    r"|\bvous (?:pouvez|pourrez) (?:bien |donc |tout a fait )?(?:en |y )?(?:beneficier|pretendre|toucher|percevoir"
    r"|obtenir|cumuler|garder|conserver)\b"
)
# A sentence that weighs the threshold, or says no: a negation, a bound, a condition (folded text).
_WEIGHED = re.compile(
    r"\bn(?:e\b|')|\b(?:pas|plus|jamais|aucune?|non|sans)\b|\bjusqu'?a|\bmaxim\w*|\bminim\w*|\bplafon\w*"
    r"|\blimite\w*|\bau plus|\bau moins|\bdepass\w*|\bexced\w*|\binferieur\w*|\bsuperieur\w*|\bseuil\w*"
    r"|\bau-?dela|\bentre\b|\bsous\b|\bsi\b|\bs'il|\blorsqu|\ba condition|\bsous reserve|\ben cas d"
)
# A household's threshold ("ressources mensuelles du foyer", "d'un couple"): the earnings the writer gives for two
# add up ("je gagne 1 650 € net et mon compagnon 1 400 €" is 3 050 € for the couple).
_HOUSEHOLD = re.compile(r"\b(?:foyer|couple|menage)\b")
# An amount is earned when its clause names earnings, not a rent, a bill or savings (folded text, read before it).
_EARNED = re.compile(r"\b(?:gagn\w*|touch\w*|percoi\w*|salaires?|revenus?|pensions?|retraites?|payee?s?)\b")
_NOT_EARNED = re.compile(r"\b(?:loyer|charges?|factur\w*|dette|epargne|livret|credit|pret|apl|aide)\b")
EARNED_WINDOW = 40  # characters before an amount where its earnings' word is read


@dataclass(frozen=True)
class _Figure:
    unit: str
    value: float
    start: int
    end: int


@dataclass(frozen=True)
class _Threshold:
    unit: str
    value: float
    ceiling: bool  # a ceiling (the right is below it) or a floor (above it)
    words: frozenset[str]  # the source sentence's content stems
    household: bool = False  # the threshold is a household's ("du foyer")


def _value(text: str) -> float:
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text])
    return float(re.sub(r"[ \u00a0\u202f.]", "", text).replace(",", "."))


def figures(folded: str) -> list[_Figure]:
    """The figures of a folded text that have a unit (`_UNITS`), in the unit they are compared in."""
    out = []
    for m in _FIGURE.finditer(folded):
        unit, factor = _UNITS[m.group("unit")]
        out.append(_Figure(unit, _value(m.group("value")) * factor, m.start(), m.end()))
    return out


def _stems(folded: str) -> frozenset[str]:
    """The words a sentence and a source sentence share, a family of the support check's as one ("vos revenus"
    speaks of "ressources"; `guichet.drafting.support.SAME_THING`), on text already folded."""
    return frozenset(
        _FAMILY.get(w, w[:STEM])
        for w in _WORD.findall(folded)
        if w not in CONTENT_STOP_WORDS and len(w) > 2 and not w.isdigit()
    )


def thresholds(folded_source: str) -> list[_Threshold]:
    """The ceilings and floors a folded source sets, each with the words of its sentence."""
    if not (_ANY_BOUND.search(folded_source) or _RANGE.search(folded_source)):
        return []  # most sources set none: no need to split them
    out = []
    for _, _, sentence in sentence_spans(folded_source):
        bounds = _bounds(sentence)
        if bounds:
            words = _stems(sentence)
            household = bool(_HOUSEHOLD.search(sentence))
            out += [_Threshold(unit, value, ceiling, words, household) for unit, value, ceiling in bounds]
    return out


def _bounds(sentence: str) -> list[tuple[str, float, bool]]:
    """A folded sentence's bounds: (unit, value, whether a ceiling)."""
    out = []
    for m in _RANGE.finditer(sentence):  # "âgés de 18 à 25 ans": a floor and a ceiling, the unit said once
        unit, factor = _UNITS[m.group("unit")]
        out += [(unit, _value(m.group("low")) * factor, False), (unit, _value(m.group("high")) * factor, True)]
    previous_end = 0
    between = False  # "entre X et Y": X a floor, Y a ceiling
    for figure in figures(sentence):
        before = sentence[max(previous_end, figure.start - CUE_WINDOW) : figure.start]
        previous_end = figure.end
        if between and _AND.search(before):
            out.append((figure.unit, figure.value, True))
            between = False
            continue
        floor = _FLOOR.search(before)
        if floor:
            between = floor.group(0).lstrip().startswith("entre")
            out.append((figure.unit, figure.value, False))
        elif _CEILING.search(before) or (_BEYOND.search(before) and _STOPS.search(sentence)):
            out.append((figure.unit, figure.value, True))
    return out


def _bound_before(folded: str, figure: _Figure) -> bool:
    """Whether a figure is a bound the writer asks about: a bound's cue right before it ("dès le premier jour", "au
    moins 9 m2"), in a question ("pendant 3 mois" in the writer's story is the case)."""
    end = _SENTENCE_END.search(folded, figure.end)
    if not end or end.group(0) != "?":
        return False
    before = folded[max(0, figure.start - CUE_WINDOW) : figure.start]
    return bool(_FLOOR.search(before) or _CEILING.search(before) or _BEYOND.search(before))


def _crosses(value: float, threshold: _Threshold) -> bool:
    return value > threshold.value if threshold.ceiling else value < threshold.value


class Thresholds:
    """The sources' thresholds and the writer's figures, read once for all the draft's sentences."""

    def __init__(self, message: str, folded_sources: list[str]) -> None:
        self._raw_message = message
        self._sources = folded_sources

    @cached_property
    def _message(self) -> str:
        """The message, folded only when a source sets a threshold and a sentence is read against it."""
        return fold(self._raw_message)

    @cached_property
    def present(self) -> bool:
        """Whether a source sets a threshold (the sentences are read only then)."""
        return bool(self._thresholds)

    @cached_property
    def _thresholds(self) -> list[_Threshold]:
        return [t for source in self._sources for t in thresholds(source)]

    @cached_property
    def _given(self) -> set[tuple[str, float]]:
        """The figures the sources give, as (unit, value)."""
        return {(f.unit, f.value) for source in self._sources for f in figures(source)}

    @cached_property
    def _writers(self) -> list[_Figure]:
        """The figures of the writer's case: the message's, less those a source gives too and those the writer
        asks about as a bound ("est-ce que je serai payé dès le premier jour ?")."""
        return [
            f
            for f in figures(self._message)
            if (f.unit, f.value) not in self._given and not _bound_before(self._message, f)
        ]

    @cached_property
    def _household(self) -> list[_Figure]:
        """The sum of the earnings the message gives, when it gives more than one (`_EARNED`)."""
        earned = []
        for f in self._writers:
            before = self._message[max(0, f.start - EARNED_WINDOW) : f.start]
            if f.unit == "eur" and _EARNED.search(before) and not _NOT_EARNED.search(before):
                earned.append(f)
        if len(earned) < 2:
            return []
        return [_Figure("eur", sum(f.value for f in earned), earned[0].start, earned[-1].end)]

    def crossed(self, folded: str, verdict: bool, statement: bool) -> bool:
        """Whether a folded sentence, a verdict (`verdict`: read as one by the asked check) or a sentence that
        neither reports nor asks (`statement`) in one of the answer's shapes (`_POSITIVE`), says yes while a figure
        of the writer's or its own is on the wrong side of a threshold of the source sentence it speaks of (see the
        module)."""
        if not self._thresholds or _WEIGHED.search(folded):
            return False
        if not (verdict or (statement and _POSITIVE.search(folded))):
            return False
        words = _stems(folded)
        own = [f for f in figures(folded) if (f.unit, f.value) not in self._given]
        for threshold in self._thresholds:
            if not words & threshold.words:
                continue
            candidates = [*self._writers, *own, *(self._household if threshold.household else [])]
            if any(f.unit == threshold.unit and _crosses(f.value, threshold) for f in candidates):
                return True
        return False
