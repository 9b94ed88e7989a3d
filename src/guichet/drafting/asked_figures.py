"""Numbers in words, weekdays and days of the month read as figures, and a figure given in answer to a question that
asks one (forty-fourth pass, engineer-d61; read by `guichet.drafting.asked`).

"La prime d'activité elle tombe quel jour du mois ?" answered "La prime d'activité est versée le 5 de chaque mois."
beside a passage that gives no day; "la durée d'instruction d'un dossier de naturalisation ?" answered "L'instruction
prend dix-huit mois au plus."; "La mairie est-elle ouverte le samedi matin ?" answered "La mairie vous reçoit le
samedi matin." The asked check read a figure only in digits or as a month: "dix-huit", "trois cents" and "quatre"
were words, "samedi" and "le 5 de chaque mois" were no date, and a figure counted as given when any part of the
message held it, the question included. The other way round, "Votre loyer est de 300 euros" to "je paie trois cents
euros de loyer" and "45 jours" beside "quarante-cinq jours" were figures nobody gave. Engineer-d59 noted it last pass.

Read here, on folded text:

- `NUMBERS_IN_WORDS`: a number in words is its digits before the figures are read — 11 to 99 and the hundreds and
  thousands as the persona check reads them (`persona.lexicon.spell_digits`), and a small number ("un" to "dix")
  before a unit of time, money or count ("quatre mois", "deux ans", "cinq jours", "dix euros") or as the day of a
  month ("le cinq de chaque mois"): the words and the digits are one figure in the message, the passage and the
  sentence. A small number alone ("un dossier", "les deux") stays a word.
- `WEEKDAYS`: a day of the week ("le mardi", "samedi matin", "les lundis") and a day of every month ("le 5 de chaque
  mois", "le premier du mois", "le 1er de chaque mois") are figures, as a month is.
- `FIGURE_ANSWERED`: a plain statement, about the writer's case or a general rule, that speaks of what the message
  asks and gives a figure (a number, a weekday, a day of the month, a month, a duration) answers, when the message
  asks a figure — "combien", "quand", "quel jour / quelle durée / quel délai / quel montant / à quel âge…", "la durée
  de…", or a question that holds a figure itself ("tous les deux ans ?", "le mardi ou le jeudi ?") — and neither a
  source nor what the message *tells* gives that figure: the question's own figure, said back as a fact, is the
  answer it asked for ("Est-ce versé le 5 ?" / "C'est versé le 5."). Before this pass a general rule was left to
  the support check whatever it said.

Flagged for the agent, never removed, as the rest of the check.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from guichet.drafting.persona.lexicon import spell_digits
from guichet.text import SMALL_NUMBERS

NUMBERS_IN_WORDS = True  # the switch: numbers in words are their digits for the figures the check compares
WEEKDAYS = True  # the switch: a weekday and a day of every month are figures
FIGURE_ANSWERED = True  # the switch: a figure given in answer to a question that asks one, given by no source

_SMALL = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_SMALL_NO_ONE = "|".join(sorted((w for w in SMALL_NUMBERS if w not in ("un", "une")), key=len, reverse=True))
# The units after which a small number is a figure: time, money, counts the administration sets.
_UNIT = (
    r"(?:jours?|semaines?|mois|ans?|annees?|heures?|minutes?|trimestres?|euros?|fois|enfants?|points?|seances?"
    r"|personnes?|parts?|versements?|mensualites?|echeances?)"
)
_TIME_UNIT = r"(?:jours?|semaines?|mois|ans?|annees?|heures?|trimestres?)"
# "un" and "une" are the article before anything but a unit of time ("un enfant", "une part"); "d'un mois" is one.
_SMALL_BEFORE_UNIT = re.compile(rf"(?<![\w-])(?:({_SMALL_NO_ONE})(?=\s+{_UNIT}\b)|(une?)(?=\s+{_TIME_UNIT}\b))")
# "le cinq de chaque mois", "le premier du mois", "le 1er jour du mois": the day of every month (folded text).
_DAY_OF_MONTH = re.compile(
    rf"\b(?:le|au|du|avant le|apres le)\s+({_SMALL}|premier|1er|\d{{1,2}})"
    r"(?=\s+(?:jour\s+)?(?:de chaque|du|de ce) mois\b)"
)
_WEEKDAY = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b")
# A question that asks a figure (folded text).
_ASKS_FIGURE = re.compile(
    r"\bcombien\b|\bquand\b|\bquel(?:le)?s? (?:jour|jours|date|duree|delai|montant|prix|tarif|cout|age|heure|heures"
    r"|horaires?|frequence|somme|taux|mois|annee|nombre)\b|\ba quel age\b|\b(?:jusqu'?a|a partir de|avant) quel"
    r"|\b(?:la|une) duree\b|\b(?:le|un) delai\b|\b(?:le|un) montant\b|\ble nombre\b"
)


def in_digits(folded: str) -> str:
    """A folded text with its numbers in words put in digits (see the module); as it is when the switch is off."""
    if not NUMBERS_IN_WORDS:
        return folded
    return _in_digits(folded)


@lru_cache(maxsize=8192)  # the message's clauses and the passages are read again for every sentence of a draft
def _in_digits(folded: str) -> str:
    text = spell_digits(folded)
    text = _DAY_OF_MONTH.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + _day(m.group(1)), text)
    return _SMALL_BEFORE_UNIT.sub(lambda m: str(SMALL_NUMBERS[m.group(0)]), text)


def _day(word: str) -> str:
    if word in ("premier", "1er"):
        return "1"
    return str(SMALL_NUMBERS[word]) if word in SMALL_NUMBERS else word


def calendar_figures(folded: str) -> set[str]:
    """The weekdays ("mardi") and the days of every month ("5 du mois") a folded text gives; none when the switch
    is off."""
    if not WEEKDAYS:
        return set()
    days = {m.group(1) for m in _WEEKDAY.finditer(folded)}
    return days | {_day(m.group(1)) + " du mois" for m in _DAY_OF_MONTH.finditer(folded)}


def asks_figure(folded_questions: list[str], figures_of: Callable[[str], set[str]]) -> bool:
    """Whether one of the folded questions asks a figure: a question word for one, or a figure of its own."""
    return any(_ASKS_FIGURE.search(q) or figures_of(q) for q in folded_questions)


# "tous les deux ans", "chaque trimestre": a recurrence, what a question about a date asks (folded text, in digits).
_RECURRENCE = re.compile(r"\b(?:tous les|toutes les|chaque)\s+(\d+)\b")


def asked_when(folded_question: str) -> set[str]:
    """The figures a folded question asks about rather than tells: its weekdays, its days of every month and the
    number of a recurrence ("le samedi", "le 5 de chaque mois", "tous les deux ans"); an age, a sum or a count in a
    question is the writer's case."""
    text = in_digits(folded_question)
    return (
        calendar_figures(text)
        | {m.group(1) for m in _RECURRENCE.finditer(text)}
        | {m.group(1) for m in _DAY_OF_MONTH.finditer(text)}
    )
