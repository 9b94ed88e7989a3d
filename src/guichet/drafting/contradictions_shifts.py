"""Small shifts of a rule that keep the passage's words: a figure moved to another period, a "ou" made "et".

Two reasons of the contradiction check (`guichet.drafting.contradictions.reasons`) for a draft sentence aligned with
its source sentence, both on folded text:

* "period": an amount or a count the passage gives for one period ("1 402,22 € par mois", "pendant 2 ans") that
  the sentence gives for another ("1 402,22 € par an", "pendant 2 mois"), the passage never giving that value for
  the sentence's period;
* "anchor": a time the passage counts from the day or month after an event ("le 1er jour du mois qui suit la
  date de réception de la demande") that the sentence counts from the event's own day ("dès le jour de réception");
* "conjunction": two words the passage joins with "ou" that the sentence joins with "et" (an alternative made a
  cumulative condition: "si vous avez eu ou élevé 3 enfants" → "eu et élevé"), or the reverse.
"""

import re

from guichet.text import STOP_WORDS, fold

# An amount and the period it is counted in: "1 402,22 € par mois", "903,20 €/mois", "16 826,64 € bruts par an".
_AMOUNT_PERIOD = re.compile(
    r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?\s?(?:€|euros?)\s*(?:bruts?|nets?)?\s*"
    r"(?:\([^)]{0,60}\)\s*)?(?:par|/|chaque|tous les)\s*(an|annee|mois|jour|semaine|trimestre)s?\b"
)
# A count of time: "2 ans", "18 mois", "15 jours".
_DURATION = re.compile(r"(?<![\d,])(\d+)\s?(ans?|annees?|mois|jours?|semaines?|trimestres?)\b")
_PERIOD = {"an": "an", "ans": "an", "annee": "an", "annees": "an", "jours": "jour", "semaines": "semaine",
           "trimestres": "trimestre"}  # fmt: skip

# Two words joined by "et" or "ou" (folded): "eu ou eleve", "signe ou cosigne".
_JOINED = re.compile(r"\b([a-z][a-z'-]+) (et|ou) ([a-z][a-z'-]+)\b")
_OTHER = {"et": "ou", "ou": "et"}


def _folded(text: str) -> str:
    return " ".join(fold(text).replace("’", "'").split())


def _amounts(text: str) -> set[tuple[str, str]]:
    return {
        (re.sub(r"\D", "", m.group(1)) + (f",{m.group(2)}" if m.group(2) else ""), _PERIOD.get(m.group(3), m.group(3)))
        for m in _AMOUNT_PERIOD.finditer(text)
    }


def _durations(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), _PERIOD.get(m.group(2), m.group(2))) for m in _DURATION.finditer(text)}


def _moved(said: set[tuple[str, str]], stated: set[tuple[str, str]]) -> bool:
    """A value the sentence gives for a period the passage gives it for another one only."""
    for value, period in said:
        if (value, period) in stated:
            continue
        if any(v == value and p != period for v, p in stated):
            return True
    return False


def period_moved(sentence: str, passage: str) -> bool:
    """The sentence gives an amount or a duration of the passage for another period ("par an" for "par mois")."""
    said, stated = _folded(sentence), _folded(passage)
    return _moved(_amounts(said), _amounts(stated)) or _moved(_durations(said), _durations(stated))


# An event a time is counted from, after it ("le mois qui suit la date de réception", "le lendemain du dépôt") or on
# its own day ("dès le jour de réception", "à compter de la réception"); the event as its first six letters.
_ARTICLE = r"(?:la date d[e']\s*|le jour (?:meme )?d[e']\s*|l'|la |le |les |du |de la |de l'|des )?"
_AFTER = re.compile(r"\b(?:qui suit|qui suivent|suivant|lendemain d[eu']?)\s+" + _ARTICLE + r"([a-z]{4,})")
_ON = re.compile(
    r"\b(?:des|a compter d[eu']|a partir d[eu']|a la date d[e']|le jour d[e'])\s*" + _ARTICLE + r"([a-z]{4,})"
)


def anchor_moved(sentence: str, passage: str) -> bool:
    """The sentence counts from the day of an event the passage counts from the day or month after."""
    said, stated = _folded(sentence), _folded(passage)
    after_said = {m.group(1)[:6] for m in _AFTER.finditer(said)}
    after_stated = {m.group(1)[:6] for m in _AFTER.finditer(stated)}
    on_stated = {m.group(1)[:6] for m in _ON.finditer(stated)}
    for m in _ON.finditer(said):
        event = m.group(1)[:6]
        if event in after_stated and event not in after_said and event not in on_stated:
            return True
    return False


# An age not reached is an age below ("tant que votre enfant n'a pas 3 ans" = "a moins de 3 ans"), not a negation.
_AGE_NOT_REACHED = re.compile(
    r"\b(?:n'|ne )(a|ont|avez|ait|aura|atteint|atteignez|atteigne)\s+pas(?: encore)?\s+(\d+ ans)\b"
)


def age_not_reached(folded: str) -> str:
    """Folded text with "n'a pas N ans" read as "a moins de N ans" (for `contradictions.polarity`)."""
    return _AGE_NOT_REACHED.sub(r"\1 moins de \2", folded)


def _content(word: str) -> bool:
    return word not in STOP_WORDS and len(word) >= 4


def conjunction_swapped(sentence: str, passage: str) -> bool:
    """Two words joined by "ou" in the passage that the sentence joins by "et" (or the reverse), the passage never
    joining them the sentence's way."""
    said, stated = _folded(sentence), _folded(passage)
    for m in _JOINED.finditer(said):
        left, conjunction, right = m.groups()
        if not (_content(left) or _content(right)):
            continue  # "vous et votre conjoint": function words say nothing of the rule's condition
        if f"{left} {_OTHER[conjunction]} {right}" in stated and f"{left} {conjunction} {right}" not in stated:
            return True
    return False
