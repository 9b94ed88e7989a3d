"""A duration or a deadline given in answer to "how long", "until when" or "from when" (forty-first pass,
engineer-d55; read by `guichet.drafting.asked`).

"Le tribunal a rendu son jugement civil hier. Jusqu'à quand puis-je faire appel ?" answered "Vous disposez de trois
mois pour faire appel de ce jugement." beside "Le délai pour faire appel est d'1 mois pour les jugements civils";
"Pendant combien de temps puis-je réclamer les arriérés ?" answered "Passé un an, ces sommes ne pourront plus vous
être versées." beside a prescription of 5 years; "Vous avez jusqu'à la fin du mois pour récupérer votre voiture"
beside "un délai de 10 jours ou 15 jours". The sentence shares few words with the question ("disposez", "sommes",
"versées"), so the asked check's echo did not see an answer, and a duration in words ("trois mois", "un an") was
no figure for it: the time *is* the answer, and the source gives another one, or none.

Read here, on folded text: a message that asks a time ("combien de temps", "jusqu'à quand", "à partir de quand",
"depuis quand", "quand", "dans quel délai", "combien de jours / semaines / mois / ans", "trop tard"), and a draft
sentence that gives a duration — a number, in digits or in words, before "jour(s)", "semaine(s)", "mois", "an(s)",
"année(s)" — or a deadline said without a date ("jusqu'à la fin du mois / de la semaine / de l'année") that neither
a source nor the message gives. A duration is given in the same unit or in another one ("un an" is "12 mois", "deux
semaines" is "14 jours", "quinze jours" is also two weeks). The caller reads it only for a plain statement about
the writer's case (`asked.find_asked`). Module switch: `ENABLED`.
"""

import re

from guichet.drafting import asked_delays
from guichet.text import SMALL_NUMBERS

ENABLED = True  # the rule's switch (a flag raised for the agent, never a sentence removed)
# Read by `asked.find_asked`: to "combien … ?" or a time asked, a sum or a duration that a source gives is the
# answer, and the question's verb beside it ("coûte", "dure") only frames it (forty-first pass).
FIGURE_FRAMES = True

_MORE_NUMBERS = {"onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "soixante": 60}
NUMBER_WORDS: dict[str, int] = {**SMALL_NUMBERS, **_MORE_NUMBERS}
_UNITS = {"jour": "jour", "jours": "jour", "semaine": "semaine", "semaines": "semaine", "mois": "mois"}
_UNITS |= {"an": "an", "ans": "an", "annee": "an", "annees": "an", "heure": "heure", "heures": "heure"}
_NUMBER = r"\d+(?:[,.]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "trois mois", "d'1 mois", "10 jours francs", "deux années", "48 heures"; not "une fois par mois" (no number before
# the unit), nor a bound the writer's story is told back in ("plus de quarante ans" beside "41 ans de cotisations").
_DURATION = re.compile(
    r"(?<!plus de )(?<!moins de )(?<!au moins )(?<!pres de )(?<!environ )(?<!presque )"
    r"(?<![\w,.\-])(" + _NUMBER + r")\s+(jours?|semaines?|mois|ans|an|annees?|heures?)\b"
)
# A deadline without a date: "jusqu'à la fin du mois", "avant la fin de la semaine".
_END_OF = re.compile(r"\bfin (?:du mois|de (?:la semaine|l'annee|ce mois|cette (?:semaine|annee)))\b")
# A question about a time.
_ASKS_TIME = re.compile(
    r"\bcombien de (?:temps|jours|semaines|mois|ans|annees)\b|\b(?:jusqu'?a|a partir de|depuis|d'ici) quand\b"
    r"|\bquand\b|\b(?:quel|dans quel|sous quel) delai\b|\bquelle (?:duree|date)\b|\btrop tard\b|\bdelai\b"
)


def asks_time(asked: list[str]) -> bool:
    """Whether one of the folded questions (`asked._parts`) asks how long, until when or from when."""
    return any(_ASKS_TIME.search(q) for q in asked)


def _value(number: str) -> float:
    return float(number.replace(",", ".")) if number[0].isdigit() else float(NUMBER_WORDS[number])


def durations(folded: str) -> list[frozenset[str]]:
    """The durations and dateless deadlines of a folded text, each as the ways it can be said ("1 an", "12 mois";
    "2 semaine", "14 jour"; "15 jour", "2 semaine")."""
    out = [frozenset({"fin " + m.group(0).split()[-1]}) for m in _END_OF.finditer(folded)]
    for m in _DURATION.finditer(folded):
        value, unit = _value(m.group(1)), _UNITS[m.group(2)]
        ways = {f"{value:g} {unit}"}
        if unit == "jour" and value in (1, 2):  # "deux jours" beside "48 heures"
            ways.add(f"{value * 24:g} heure")
        if unit == "an":
            ways.add(f"{value * 12:g} mois")
        elif unit == "mois" and value % 12 == 0:
            ways.add(f"{value / 12:g} an")
        elif unit == "heure" and value % 24 == 0:  # "48 heures" is two days
            ways.add(f"{value / 24:g} jour")
        elif unit == "semaine":
            ways.add(f"{value * 7:g} jour")
        elif unit == "jour" and value in (14, 15):  # "quinze jours" is two weeks in everyday French
            ways.add("2 semaine")
        elif unit == "jour" and value % 7 == 0:
            ways.add(f"{value / 7:g} semaine")
        out.append(frozenset(ways))
    return asked_delays.widened(folded, out)  # the same delay in other words, lead times (`asked_delays`)


class GivenDurations:
    """The durations the message and the sources give, read once for all the draft's sentences."""

    def __init__(self, folded_texts: list[str]) -> None:
        self.given: set[str] = {way for text in folded_texts for ways in durations(text) for way in ways}

    def new(self, folded: str) -> list[frozenset[str]]:
        """The durations of a folded draft sentence that no source and not the message gives in any of its ways."""
        return [ways for ways in durations(folded) if not ways & self.given]
