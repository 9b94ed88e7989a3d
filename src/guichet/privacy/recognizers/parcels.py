"""A cadastral parcel: "section AB n° 214", "parcelle 000 BH 56", "cadastré AC 312 et AC 313", "section B numéro
1204, la sienne B 1205". A parcel points to one plot of land and its owner, as an address does.

The parcel is one or two capital letters (the section, sometimes after "000", the prefix of the commune) and a number
of up to four digits (the plan's), after the word "section", or in a sentence that speaks of the cadastre or a
parcel ("cadastré", "parcelle", "cadastre"). Fiches speak of parcels but never write one.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer

# (Alsace and Moselle number their sections: "section 14 n° 221"; the number word is needed there. The numbers of a
# list that follows are the same owner's plots: "section 14 n° 221 et 222", "B 1204, 1205")
_NUMBER_WORD = r"(?i:n°|nº|no\.?|num(?:éro|ero)?\.?|parcelle)"
_PARCEL = (
    r"(?<![\w/\-])(?:(?:(?i:section)[ \u00a0]+)?(?:0{3}[ \u00a0]?)?[A-Z]{1,2}[ \u00a0]*"
    r"(?:" + _NUMBER_WORD + r"[ \u00a0]*)?|(?i:section)[ \u00a0]+\d{1,3}[ \u00a0]*" + _NUMBER_WORD + r"[ \u00a0]*)"
    r"\d{1,4}(?:[ \u00a0]*(?:,|et|&)[ \u00a0]*(?:" + _NUMBER_WORD + r"[ \u00a0]*)?\d{2,4}(?![\w/,.]\d|[\w/\-]))*"
    r"(?![\w/,.]\d|[\w/\-])"
)
_SECTION = re.compile(
    r"(?i:section)[ \u00a0]+(?:(?:0{3}[ \u00a0]?)?[A-Z]{1,2}\b|\d{1,3}[ \u00a0]*" + _NUMBER_WORD + r")"
)
_SECTION = re.compile(r"(?i:section)[ \u00a0]+(?:0{3}[ \u00a0]?)?[A-Z]{1,2}\b")
_LAND = re.compile(r"(?i)\b(?:cadastr\w*|parcelles?|section)\b")
_STOP = re.compile(r"[.;!?\n]")


class ParcelRecognizer(RegexRecognizer):
    """A cadastral parcel (see the module docstring)."""

    ENTITY = "REFERENCE"
    WINDOW = 80

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not _LAND.search(text):
            return
        for match in re.finditer(_PARCEL, text):
            value = match.group()
            if _SECTION.match(value):
                yield match.start(), match.end(), 0.8
                continue
            before = text[max(0, match.start() - self.WINDOW) : match.start()]
            stops = list(_STOP.finditer(before))
            sentence = before[stops[-1].end() :] if stops else before
            if _LAND.search(sentence):
                yield match.start(), match.end(), 0.8
