"""What is left of a span that another one cuts at one end (forty-eighth pass, engineer-p158e, issue 13).

A signature right after a number ends with an initial: "Réf. avis : 24 69 123 456 789 J. Sylvain Roche", "Mon
identifiant : 5528789 J. Sylvain Roche". The number's rule reads "… 789 J" (a reference with its letter), the name's
rule "J. Sylvain Roche": the two overlap on the initial, and `analyzer._resolve` keeps one of them whole and drops
the other whole, so the name or the number reaches the reply. With `KEEP_RESTS` (read at call time), a span that
loses to a single chosen span overlapping only one of its ends keeps its part outside it, when that part is still
what the span was: a name's two capitalised words or more ("Sylvain Roche"), or a number's five digits or more
("5528789"). Anything else (a word of a sentence, a lone initial, a lone word, two words that do not begin with a
first name, digits glued to the blocker, a few digits) is dropped as before.
"""

import re

from guichet.privacy import brands, lexicon
from guichet.privacy.gazetteer import is_name
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.text import fold

# Shipped on: see docs/benchmarks.md, forty-eighth pass, engineer-p158e.
KEEP_RESTS = True

_EDGE = " \t.,;:–—-()[]«»\"'’"
# two capitalised words at least: a lone word left of a span cut by a plate is a car's or a label's ("Clio",
# "Immatriculation"), a full name is what a signature cut at its initial leaves
_NAME_REST = re.compile(r"[A-ZÀ-ÖØ-Þ][\wà-ÿ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\wà-ÿ'’\-]+)+")
_NUMBER_REST = re.compile(r"\d[\d \t\u00a0./\-]*\d")


def rest(
    text: str, kind: str, start: int, end: int, blockers: list[tuple[int, int]], *, person: str
) -> tuple[int, int] | None:
    """The part of `text[start:end]` (a span of type `kind`) outside its one blocker, trimmed of spaces and
    punctuation, if it is still a name (`kind == person`) or a number; None otherwise."""
    if not KEEP_RESTS or len(blockers) != 1:
        return None
    b_start, b_end = blockers[0]
    if b_start > start and b_end >= end:
        a, b = start, b_start
    elif b_start <= start and b_end < end:
        a, b = b_end, end
    else:
        return None
    # a number's rest glued to the blocker is another number's letters and digits ("RNA W691048823")
    cut = b if a == start else a
    glued = 0 < cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum()
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    value = text[a:b]
    if kind == person:
        # a signature's first name first: "Renault Master" or "La SAS" cut by a plate or a number is no one
        return (a, b) if _NAME_REST.fullmatch(value) and _a_full_name(value.split()) else None
    if not glued and _NUMBER_REST.fullmatch(value) and sum(c.isdigit() for c in value) >= 5:
        return a, b
    return None


def _a_full_name(words: list[str]) -> bool:
    """A first name of the list (no stop word: "La SAS"; no car make: "Renault Master" is a van cut by its plate),
    then surnames: listed, or no French word."""
    first, *rest = words
    if first.lower() in STOP_WORDS or fold(first) in brands.CAR_MAKES:
        return False
    if not is_name(first, first=True, allow_common=True):
        return False
    return all(is_name(word, allow_common=True) or not lexicon.is_french(word) for word in rest)
