"""The year left after a birth date masked in pieces (forty-seventh pass, engineer-p154e, issue 13).

A birth date the date rules do not read whole is masked piece by piece and its year stays: "Nata il 3 marzo 1947"
became "Nata il 3 [PERSONNE_2] 1947" (the Italian month read as a name), "née le vinte e três de março de 1955" kept
"de 1955", "née vers 1963 (sur mes papiers : …)" kept the year. With the town of birth and the office, the year
narrows the writer to a few people. `YEAR_AFTER_BIRTH` (read at call time): after a birth word ("né", "née", "nata",
"nacido", "nascida", "born", "geboren"…) and its preposition, the words up to a year (19xx or 20xx) in the same
sentence, when something in them is masked already or when the year comes right after "vers", are one date
of birth. A year that is masked already, or that no birth word announces, is left to the other rules.
"""

import re
from collections.abc import Iterator

# Shipped off: no validation item moves with it (docs/benchmarks.md, forty-seventh pass, engineer-p154e).
YEAR_AFTER_BIRTH = False

# A birth word, its preposition, then up to six words (no stop, no comma) and a year.
_BIRTH = re.compile(
    r"(?<![\w'’])(?i:née?s?|nata|nato|nacid[oa]|nascid[oa]|born|geboren|urodzon[ay]|născut[ăa]?|nascut[ăa]?)"
    r"(?:[ \t]+(?i:le|il|el|em|a|à|am|on|in|en|vers|autour[ \t]+de|environ))?[ \t]+"
    r"(?P<date>(?:[^\s.;!?,:()]+[ \t]+){0,6}?(?P<year>(?:19|20)\d\d))(?![\w/.\-]\d|\w)"
)
# (not "en": "les enfants nés en 2020" is a fiche's rule; "né en 1952" is `LifeYearRecognizer`'s)
_DIRECT = re.compile(r"(?i:vers|autour[ \t]+de|environ)[ \t]+\Z")


def birth_year_spans(text: str, masked: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each birth date whose year is still visible after its masked pieces (see the module)."""
    if not YEAR_AFTER_BIRTH:
        return
    for match in _BIRTH.finditer(text):
        start, end, year = match.start("date"), match.end("date"), match.start("year")
        if any(a < match.end("year") and year < b for a, b in masked):
            continue  # the year is masked already
        inside = any(start <= a and b <= year for a, b in masked)
        if inside or (start == year and _DIRECT.search(text, match.start(), start)):
            yield start, end
