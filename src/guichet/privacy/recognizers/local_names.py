"""Names a family or a place gives: a grandparent or an aunt called by the family's word and a first name ("Mamie
Jo", "Papi Wéa", "Tata Nicole", "Tonton Jeannot"), and a Kanak tribe, the customary place where a New Caledonian
lives ("à la tribu de Gohapin", "tribu d'Ouaré").

- A family's word for a relative, capitalised, then a first name the gazetteer knows or a word that is no French word
  ("Mamie Jo"): the two are the name the person signs and is known by, masked together as a person ("Mamie" alone
  would say who wrote). A French word after it is left ("Mamie Gâteau", "Tonton Bricole").
- A tribe is an address: in New Caledonia it is where a person lives, as a lieu-dit is in France, and few people
  live in each. Its name after "tribu de", "tribu d'" or "tribu" is masked; the word "tribu" stays, so the reply
  still knows the writer lives in a tribe.
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer

_KIN_WORDS = (
    r"Mamie|Mamy|Mami|Mammie|Papi|Papy|Mémé|Meme|Mémère|Pépé|Pepe|Pépère|Tata|Tatie|Tonton|Tontonne|"
    r"Mamita|Nounou|Marraine|Parrain|Bonne-[Mm]aman|Bon-[Pp]apa|Grand-[Mm]ère|Grand-[Pp]ère|Mamoune|Mamina"
)
_KIN_NAME = re.compile(
    r"(?<![\w'’\-])(?:" + _KIN_WORDS + r")[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’\-])"
)


class KinNameRecognizer(RegexRecognizer):
    """ "Mamie Jo", "Papi Wéa", "Tata Nicole": the family's word and the first name, together (see the module)."""

    ENTITY = "PERSONNE"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in _KIN_NAME.finditer(text):
            name = match.group("name")
            if is_name(name, first=True) or not (lexicon.is_french(name) or lexicon.is_listed(name)):
                yield match.start(), match.end(), 0.7


class TribeRecognizer(RegexRecognizer):
    """A Kanak tribe's name after "tribu (de)": where a person lives (see the module)."""

    ENTITY = "ADRESSE"
    PATTERNS = (
        (
            r"(?<![\w'’\-])(?i:tribu)[ \t]+(?:de[ \t]+|d['’][ \t]*)?"
            r"(?P<pii>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)?)(?![\w'’\-])",
            0.6,
        ),
    )


# The abbreviations of Muhammad that South Asian and Malay names begin with, then the name's words: "Md. Habibur
# RAHMAN", "Mohd Faizal", "Md Abdul Karim" (twenty-fifth pass, p64): the abbreviation is a word of the name, masked
# with it. One or more capitalised words or words in capitals must follow; "MD" in capitals, a doctor's title, is left.
_MUHAMMAD = re.compile(
    r"(?<![\w'’\-.])(?:Md|Mohd|MOHD|Muhd|Mhd)\.?[ \t]+"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]{2,})(?:[ \t]+(?:[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]{2,})){0,3}(?![\w'’\-])"
)


class MuhammadAbbreviationRecognizer(RegexRecognizer):
    """ "Md. Habibur RAHMAN": the abbreviation and the name after it, together (see above)."""

    ENTITY = "PERSONNE"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in _MUHAMMAD.finditer(text):
            words = match.group().split()[1:]
            # the words after it are names or no French words ("MD Anderson", "Md. Rue" stay read by the other rules)
            if all(is_name(word, first=True) or not lexicon.is_french(word) for word in words):
                yield match.start(), match.end(), 0.7
