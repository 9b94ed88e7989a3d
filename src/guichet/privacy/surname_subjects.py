"""A surname alone, without a title or a first name, where the sentence says a person (fortieth pass, engineer-p124e).

- the subject of a deed a party does: "Benhamou a signé le bail mais c'est moi qui paie", "Okafor n'a pas rendu la
  caution", "Keita m'a promis un CDI";
- a family name said after "nom" and a comma: "Ils portent son nom, Benhamou, et ils en ont marre".

The word is a surname the gazetteer knows, no common or public word, no French word, no office, brand, country or
département: "Orange a refusé", "Leclerc a signé" (a brand), "Paris a signé" stay.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules import _BRANDS, _CALENDAR, _DEPARTMENTS, _FUNCTION_WORDS, _OFFICE_WORDS, _TITLE_WORDS
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.privacy.spacy_fr import STOP_WORDS

_NAME = r"(?P<name>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?)"
# The deed's participle first (rare words: the scan stays cheap), then the subject and the auxiliary before it.
_DEED = re.compile(
    r"(?<=[ \t])(?:signé|refusé|accepté|promis|répondu|payé|rendu|gardé|vendu|loué|encaissé|menacé|contesté|"
    r"licencié|embauché|déclaré|versé|remboursé)(?![\w'’\-])"
)
_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’\-])" + _NAME + r"[ \t]+(?:a|avait|m['’]a|nous[ \t]+a|lui[ \t]+a|n['’]a[ \t]+(?:pas|jamais|rien)|"
    r"ne[ \t]+m['’]a[ \t]+(?:pas|jamais)|ne[ \t]+nous[ \t]+a[ \t]+(?:pas|jamais))[ \t]+\Z"
)
_NOM_COMMA = re.compile(r"(?<![\w'’\-])(?i:nom)[ \t]*,[ \t]*" + _NAME + r"(?=[ \t]*[,.;)\n])")
_OWNER_BEFORE = re.compile(r"(?<![\w'’\-])(?i:son|mon|ton|leur|notre|votre|le)[ \t]+\Z")


def _surname(word: str) -> bool:
    kind = lookup(word)
    lower = word.lower()
    return (
        kind is not None
        and kind.surname
        and not kind.common
        and not kind.public
        and not is_french(word)
        and lower not in STOP_WORDS
        and lower not in _FUNCTION_WORDS
        and lower not in _TITLE_WORDS
        and lower not in _OFFICE_WORDS
        and lower not in _CALENDAR
        and fold(word) not in _BRANDS | _DEPARTMENTS | COUNTRIES
    )


def surname_subjects(text: str) -> Iterator[tuple[int, int, float]]:
    """See the module's docstring."""
    for deed in _DEED.finditer(text):
        match = _SUBJECT_BEFORE.search(text, max(0, deed.start() - 60), deed.start())
        if match is not None and _surname(match.group("name")):
            yield match.start("name"), match.end("name"), 0.65
    for match in _NOM_COMMA.finditer(text):
        if _OWNER_BEFORE.search(text, max(0, match.start() - 12), match.start()) and _surname(match.group("name")):
            yield match.start("name"), match.end("name"), 0.65
