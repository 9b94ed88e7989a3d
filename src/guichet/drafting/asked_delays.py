"""Delays and deadlines asserted in answer to a time the message only asks, and the same delay said in other words
(fifty-first pass, engineer-d79; read by `guichet.drafting.asked` and `guichet.drafting.asked_durations`).

The forty-first pass reads a duration given in answer to "combien de temps / jusqu'à quand … ?" that neither a source
nor the message gives (`asked_durations`). Outside batches showed what it still misses and what it flags wrongly:

- a delay told as a duty is an answer, not a step: « Vous devez déposer votre demande au moins deux mois avant
  l'expiration de votre titre », « Vous devez déposer la déclaration avant le 4 juillet, soit six mois après le
  décès » to « combien de temps avant ? » / « c'est quoi la date limite ? » (`DUTY_DELAY`);
- a delay before the writer's condition: « Vous disposez de deux mois pour contester, si vous avez reçu la
  décision » is the delay, said whatever the condition (`DELAY_BEFORE_CONDITION`);
- a deadline said of no one, about what the message asks: « Le recours doit être formé dans les deux mois », « La
  déclaration doit être déposée avant le [DATE_1], soit dans les six mois suivant le décès » (`GENERAL_DEADLINE`);
- a calendar date given to "quand … ?" that neither the message nor a source gives: « Votre premier paiement sera
  sur votre compte le 20 mars » (`DATE_ANSWER`; only where the message holds no masked date: the pseudonymisation
  masks a message's date and may leave the same date as written in the draft, so a plain date beside a masked one
  may be the writer's own);
- a question that names a duration asks a time: « Ça va encore mettre trois mois, je suppose ? », « le préavis
  c'est 1 mois ou 3 mois ? », « c'est quoi la date limite ? » (`TIME_ASKED_MORE`);
- a lead time or a delay given with its approximation: « au moins deux mois avant », « dans un délai d'environ 2
  semaines » (`LEAD_TIME`; the forty-first pass leaves out « plus de quarante ans » and the like, the writer's story
  told back; a delay before « avant », « après », « à l'avance » or after « délai d' », « sous », « dans », « d'ici »
  is a deadline, not a story).

And the same delay in other words is the source's: « un mois » beside « 30 jours », « deux mois » beside « 60
jours », « huit jours » beside « une semaine », « d'ici une quinzaine de jours » beside « environ 2 semaines »,
« sous quinzaine », « dans la semaine », « un trimestre » (`SAME_DELAY`); « 14 jours ou 30 » gives 30 days
(`LISTED_UNIT`).

Folded text, deterministic; a flag raised for the agent, never a sentence removed.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from guichet.text import SMALL_NUMBERS

SAME_DELAY = True  # a delay said in other everyday words (a month as 30 days, a week as eight days, a fortnight)
LISTED_UNIT = False  # "14 jours ou 30": 30 days; off: it moved no train or validation item (fifty-first pass)
LEAD_TIME = True  # "au moins deux mois avant", "un délai d'environ 2 semaines": a delay, not the writer's story
DUTY_DELAY = True  # "Vous devez … dans les deux mois" to a time asked: the delay is the answer, not a step
DELAY_BEFORE_CONDITION = True  # "Vous disposez de deux mois …, si vous avez reçu la décision": the delay is said
GENERAL_DEADLINE = True  # "Le recours doit être formé dans les deux mois": a deadline said of no one
DATE_ANSWER = True  # "le 20 mars" to "quand … ?": a calendar date neither the message nor a source gives
TIME_ASKED_MORE = True  # a question that names a duration, or "la date limite", asks a time

Ways = frozenset[str]

_UNIT = {"jour": "jour", "jours": "jour", "semaine": "semaine", "semaines": "semaine", "mois": "mois"}
_UNIT |= {"an": "an", "ans": "an", "annee": "an", "annees": "an", "heure": "heure", "heures": "heure"}
_UNITS = r"(jours?|semaines?|mois|ans|an|annees?|heures?)"
_NUMBER = r"(\d+|" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True)) + r")"
DAYS_IN_MONTH = 30  # "un délai de 30 jours" is "un mois" in everyday French, "60 jours" two months
WEEK_AS_DAYS = 8  # "huit jours" is a week
FORTNIGHT_AS_DAYS = 15  # "quinze jours" is two weeks (`asked_durations` reads it one way only)

# The delays said without a number (folded text): "une quinzaine de jours", "sous huitaine", "dans la semaine" (not
# "la semaine prochaine", a date to come), "dans le mois", "un trimestre".
_FORTNIGHT = frozenset({"15 jour", "14 jour", "2 semaine"})
_WEEK = frozenset({"1 semaine", "7 jour", "8 jour"})
_MONTH = frozenset({"1 mois", "30 jour"})
_WORD_DELAYS: tuple[tuple[re.Pattern[str], Ways], ...] = (
    (re.compile(r"\bquinzaine\b"), _FORTNIGHT),
    (re.compile(r"\bhuitaine\b"), _WEEK),
    (re.compile(r"\b(?:dans|sous) la semaine\b(?! (?:prochaine|derniere|suivante|precedente|d|de)\b)"), _WEEK),
    (
        re.compile(r"\b(?:dans|sous) le mois\b(?! (?:prochain|dernier|suivant|precedent|d|de)\b)"),
        frozenset({"1 mois", "30 jour"}),
    ),
    (re.compile(r"\b(?:un|1|d'un) trimestre\b"), frozenset({"3 mois"})),
    (re.compile(r"\b(?:un|1|d'un) semestre\b"), frozenset({"6 mois"})),
)
# "les 3 premiers jours", "les six derniers mois": a duration counted from one end.
_FIRST_DAYS = re.compile(_NUMBER + r" (?:premiers|premieres|derniers|dernieres) " + _UNITS)
# "14 jours ou 30", "1 mois ou 3": a number listed after a duration without its unit, in that unit.
_LISTED = re.compile(
    _NUMBER
    + r"\s+"
    + _UNITS
    + r"\s+(?:ou|et|a)\s+(\d+)\b(?!\s*(?:jours?|semaines?|mois|ans?|annees?|heures?|€|euros?|%|\d))"
)
# A delay the forty-first pass leaves out after "au moins", "plus de", "environ"… (the writer's story: "plus de
# quarante ans"), read where it is a deadline: before "avant", "après", "à l'avance", or after "délai d'", "sous",
# "dans", "d'ici".
_LEAD = re.compile(
    r"\b(?:au moins|plus de|moins de|au minimum|environ|pres de) "
    + _NUMBER
    + r"\s+"
    + _UNITS
    + r"\s+(?:avant|apres|a l'avance|a compter)\b"
    r"|\b(?:delai d'|sous |dans |d'ici )(?:environ|au moins|au maximum|moins de) " + _NUMBER + r"\s+" + _UNITS
)
# A duty that opens the sentence ("vous devez", "il faut", "il vous faudra"), and a deadline's words after it.
_DUTY = re.compile(
    r"^\W*(?:(?:oui|non)\W+)?(?:vous devez|vous devrez|vous deviez|il (?:vous )?faut|il (?:vous )?faudra"
    r"|vous avez a|vous aurez a)\s+"
)
_DEADLINE = re.compile(
    r"\b(?:dans (?:les|un delai)|sous|d'ici|avant|au plus tard|jusqu'?(?:au|a)|a compter|delai|suivant|qui suit"
    r"|apres)\b"
)
# A condition on the writer after the statement ("…, si vous avez reçu la décision"; folded text).
_TRAILING_CONDITION = re.compile(r"\s*,?\s*(?:meme |uniquement |seulement )?(?:si|sauf si) (?:vous|votre|vos)\b")
MAIN_BEFORE_CONDITION = 12  # characters: a statement shorter than this before "si" is no main clause
# A calendar date (folded text): "le 20 mars", "1er avril"; a date the pseudonymisation masked.
_DATE = re.compile(
    r"\b(1er|premier|\d{1,2}) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
)
_MASKED_DATE = re.compile(r"\[date_\d+\]")
# A question that names a duration ("ça va mettre trois mois ?"), but not an age ("mon fils de 16 ans", "j'ai 61
# ans", "à 57 ans"), or that asks the deadline by its name.
_AGE = re.compile(r"\b(?:de|a|ai|agee?|j'ai|il a|elle a)\s+" + _NUMBER + r"\s+ans\b")
_QUESTION = re.compile(r"[^.!?\n]*\?")
_DEADLINE_NAMED = re.compile(r"\b(?:date limite|echeance|delais?)\b")


def _value(number: str) -> float:
    return float(number) if number[0].isdigit() else float(SMALL_NUMBERS[number])


def _way(value: float, unit: str) -> str:
    return f"{value:g} {unit}"


def _approximately(ways: Ways) -> set[str]:
    """The other everyday ways of a duration's ways: a month as 30 days and back, a week as eight days and back,
    two weeks as fifteen days."""
    out: set[str] = set()
    for way in ways:
        number, _, unit = way.partition(" ")
        if not number[0].isdigit():
            continue  # "fin mois": a deadline without a number (`asked_durations`)
        value = float(number)
        if unit == "mois":
            out.add(_way(value * DAYS_IN_MONTH, "jour"))
        elif unit == "jour" and value % DAYS_IN_MONTH == 0:
            out.add(_way(value / DAYS_IN_MONTH, "mois"))
        elif unit == "jour" and value == WEEK_AS_DAYS:
            out.add(_way(1, "semaine"))
        elif unit == "semaine" and value == 1:
            out.add(_way(WEEK_AS_DAYS, "jour"))
        elif unit == "semaine" and value == 2:  # noqa: PLR2004 (two weeks)
            out.add(_way(FORTNIGHT_AS_DAYS, "jour"))
    return out


def widened(folded: str, found: list[Ways]) -> list[Ways]:
    """The durations `asked_durations.durations` read in a folded text, with their other everyday ways, and the
    delays it does not read: said without a number, a number listed after a duration, a lead time (see the module)."""
    out = [frozenset(ways | _approximately(ways)) for ways in found] if SAME_DELAY else list(found)
    if SAME_DELAY:
        out += [ways for pattern, ways in _WORD_DELAYS if pattern.search(folded)]
        for m in _FIRST_DAYS.finditer(folded):  # "les 3 premiers jours" is "trois jours"
            ways = frozenset({_way(_value(m.group(1)), _UNIT[m.group(2)])})
            out.append(frozenset(ways | _approximately(ways)))
    if LISTED_UNIT:
        for m in _LISTED.finditer(folded):
            ways = frozenset({_way(_value(m.group(3)), _UNIT[m.group(2)])})
            out.append(frozenset(ways | _approximately(ways)) if SAME_DELAY else ways)
    if LEAD_TIME:
        for m in _LEAD.finditer(folded):
            number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            ways = frozenset({_way(_value(number), _UNIT[unit])})
            out.append(frozenset(ways | _approximately(ways)) if SAME_DELAY else ways)
    return out


@lru_cache(maxsize=256)  # the message and the sources are read again for every sentence of a draft
def _given(texts: tuple[str, ...], read: Callable[[str], list[Ways]]) -> frozenset[str]:
    return frozenset(way for text in texts for ways in read(text) for way in ways)


def given_times(figures: Iterable[str], texts: Sequence[str], read: Callable[[str], list[Ways]]) -> set[str]:
    """The times to come among a sentence's figures ("d'ici 15 jours", "sous quinzaine") whose every delay the
    folded texts (the message, the sources) give in one of its ways (`read`: `asked_durations.durations`); a figure
    without a delay ("demain", "la semaine prochaine", "15") is none of them. None when `SAME_DELAY` is off."""
    if not SAME_DELAY:
        return set()
    given = _given(tuple(texts), read)
    return {figure for figure in figures if (delays := read(figure)) and all(ways & given for ways in delays)}


def delay_figures(folded_texts: Sequence[str], read: Callable[[str], list[Ways]]) -> set[str]:
    """The numbers of the other ways of the delays the texts give ("60 jours": 2, as two months; "une quinzaine":
    15 and 2), read as figures the texts give (`asked._Known.figures`); none when `SAME_DELAY` is off."""
    if not SAME_DELAY:
        return set()
    return {way.partition(" ")[0] for way in _given(tuple(folded_texts), read)}


def other_ways(folded: str, read: Callable[[str], list[Ways]]) -> str:
    """The delays of a folded source in all their ways, as words to add to it ("60 jours": " 60 jour 2 mois"), so
    that a sentence that says the delay in other words shares the source's words; "" when `SAME_DELAY` is off."""
    if not SAME_DELAY:
        return ""
    return "".join(f" {way}" for ways in read(folded) for way in sorted(ways))


def reading(folded: str) -> str:
    """A folded sentence read for the delay it gives: without the duty that opens it when it gives a deadline
    ("vous devez contester dans les deux mois" as "vous contester dans les deux mois"), and without the condition
    on the writer after its main clause."""
    out = folded
    if out.rstrip().endswith("?"):
        return out  # a question gives no delay, whatever its condition
    if DUTY_DELAY and _DEADLINE.search(out) and (duty := _DUTY.match(out)):
        out = "vous " + out[duty.end() :]
    if DELAY_BEFORE_CONDITION and (condition := _TRAILING_CONDITION.search(out)):
        if condition.start() >= MAIN_BEFORE_CONDITION:
            out = out[: condition.start()]
    return out


def said_of_topic(echoes_asked: bool) -> bool:
    """Whether a deadline said of no one answers all the same: it speaks of what the message asks."""
    return GENERAL_DEADLINE and echoes_asked


def questions(folded_message: str) -> list[str]:
    """The sentences of a folded message that end with "?", whole: the check's question parts may leave before the
    question's cue what it asks about ("sa période probatoire va durer | combien de temps ?", "c'est quoi la date
    limite pour la déposer et si on est en retard on paye | combien en plus ?")."""
    return [q.strip() for q in _QUESTION.findall(folded_message)] if TIME_ASKED_MORE or GENERAL_DEADLINE else []


def names_time(folded_questions: Iterable[str], read: Callable[[str], list[Ways]]) -> bool:
    """Whether a folded question names a duration that is no age, or the deadline by its name (`TIME_ASKED_MORE`)."""
    if not TIME_ASKED_MORE:
        return False
    return any(_DEADLINE_NAMED.search(q) or read(_AGE.sub(" ", q)) for q in folded_questions)


def _day(day: str) -> str:
    return "1" if day in ("1er", "premier") else str(int(day))


class GivenDates:
    """The calendar dates the message and the sources give, and the dates the pseudonymisation masked in them."""

    def __init__(self, folded_message: str, folded_sources: Iterable[str]) -> None:
        folded_sources = list(folded_sources)
        texts = [folded_message, *folded_sources]
        self.dates = {(_day(day), month) for text in texts for day, month in _DATE.findall(text)}
        self.masked = {date for text in texts for date in _MASKED_DATE.findall(text)}
        self.message_masked = bool(_MASKED_DATE.search(folded_message))
        # the passage is not pseudonymised, the draft is: a date the draft takes from a source may come masked
        self.source_dated = any(_DATE.search(text) for text in folded_sources)

    def new(self, folded: str) -> bool:
        """Whether a folded sentence gives a date that neither the message nor a source gives: a masked date of its
        own, or a date as written where the message holds none masked (`DATE_ANSWER`)."""
        if not DATE_ANSWER:
            return False
        if self.message_masked:
            return False  # a date the draft computes from the message's own, or gives back unmasked
        if set(_MASKED_DATE.findall(folded)) - self.masked and not self.source_dated:
            return True
        return bool({(_day(day), month) for day, month in _DATE.findall(folded)} - self.dates)
