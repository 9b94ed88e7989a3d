"""Names and dates written in pieces (fifty-fifth pass, engineer-p193e, issue 13).

Two readings, each behind a switch read at call time:

- `READ_SPACED_DATES`: a day, a month and a year of four digits written with spaces or with dots between spaces
  ("01 05 2025", "3 . 4 . 2024", "né le 12 03 1987"), the same separator twice. The date recognisers read slashes,
  hyphens and tight dots; with spaces the digits were left, or read as a reference ("15 06 2025") or cut ("3").
  Only a real day (1-31) and month (1-12), a year from 1900 to 2099, and never a group of a longer run of digits
  (a phone number "06 12 34 56 78", a reference "24 01 10 45 87 22", an amount "1 204 €"). A date of birth when
  "né(e) le" or "naissance" stands just before it, otherwise a date.
- `READ_GIVEN_BEFORE_PARTICLE`: a name found that starts with a surname's particle in capitals ("DA COSTA",
  "LE MEUR", "EL MALEK") takes the words just before it on its line that belong to it: another particle in capitals
  ("ABD [EL MALEK]") and one given name in capitals and small letters ("Zoé [DA COSTA]", "Agnès [LE ROUX]"), the
  given name known as one by the gazetteer or no French word. Never a title ("Madame"), a label ("Victime"), a
  French word.
"""

import re
from collections.abc import Iterator, Sequence

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common

READ_SPACED_DATES = True
READ_GIVEN_BEFORE_PARTICLE = True

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_SPACED_DATE = re.compile(
    r"(?<![\d,.])(?<!\d[ \t])(?P<date>" + _DAY + r"(?P<sep>[ \t]+|[ \t]*\.[ \t]*)" + _MONTH + r"(?P=sep)"
    r"(?:19|20)\d{2})(?![ \t]?\d)(?![,.]\d)"
)
_BIRTH_BEFORE = re.compile(r"(?i)(?:\bn[ée]e?s?(?:\(e\))?[ \t]+(?:le|du)?|\bnaissance)[ \t]*:?[ \t]*\Z")


def spaced_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each date in spaced pieces: "DATE_NAISSANCE" after "né le", "DATE" otherwise."""
    if not READ_SPACED_DATES:
        return
    for match in _SPACED_DATE.finditer(text):
        start, end = match.span("date")
        born = _BIRTH_BEFORE.search(text, max(0, start - 30), start)
        yield ("DATE_NAISSANCE" if born else "DATE", start, end)


_PARTICLES = frozenset(
    "DA DE DI DO DOS DAS DU DES DEL DELLA LE LA VAN VON DER DEN EL AL BEN BOU ABD ABOU ABU AIT AÏT OULD IBN MAC MC "
    "SAINT".split()
)
_PARTICLE_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[A-ZÀ-Ý]{2,5})[ \t]+\Z")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+\Z")
_TITLES = frozenset(
    "monsieur madame mademoiselle mme mlle m docteur dr maître me famille victime enfant parent élève eleve "
    "demandeur déclarant declarant personne conjoint conjointe nom prénom prenom bonjour merci".split()
)


def _a_given_name(word: str) -> bool:
    if word.lower() in _TITLES or is_common(word):
        return False
    kind = gazetteer.lookup(word)
    return (kind is not None and kind.first) or not lexicon.is_french(word)


def given_before_particle(text: str, people: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each name found that starts with particles in capitals or follows them ("COSTA" after
    "DA"), with the words before it that belong to it: the particles in capitals, then one given name."""
    if not READ_GIVEN_BEFORE_PARTICLE:
        return
    for start, end in people:
        words = text[start:end].split()
        particles = 1 if words and words[0] in _PARTICLES else 0
        new_start = start
        while particles < 4:
            particle = _PARTICLE_WORD_BEFORE.search(text, max(0, new_start - 8), new_start)
            if particle is None or particle.group("word") not in _PARTICLES:
                break
            new_start = particle.start("word")
            particles += 1
        if not particles:
            continue
        given = _GIVEN_BEFORE.search(text, max(0, new_start - 30), new_start)
        if given and _a_given_name(given.group("word")):
            new_start = given.start("word")
        if new_start < start:
            yield (new_start, end)
