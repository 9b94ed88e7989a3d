"""Foreign plates named after the vehicle (thirty-fifth pass, engineer-p104e): "Mon camion WGM 4821K a reçu une
amende", "la remorque PO 12345", "le fourgon LV 4471 AB", "my truck KR 7Y231".

`identifiers.PlateRecognizer` reads French, Belgian, Dutch, Portuguese and German shapes anywhere, and any group of
letters and digits after a word of plates ("plaque", "immatriculée", "kenteken"). A lorry driver from abroad names his
truck, not its plate: after a word of a vehicle, close and in the same sentence, a group of two or three capital
letters then a group of three to five digits (a letter or two may end it) is a foreign plate, as Poland, Romania,
Bulgaria, Lithuania, Italy, Spain (digits first) and Switzerland write them. Not a plate: a road ("sur la RN 113", "l'A
63", "RD 1085"), a model ("BMW 320", "DS 7", "IVECO 35C15"), a form or a postcode after the vehicle ("CERFA 13750").
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer

ENTITY = "PLAQUE"
SCORE = 0.8

_VEHICLE = (
    r"(?i:camions?|poids[ \t]+lourds?|semi-remorques?|remorques?|tracteurs?|fourgons?|fourgonnettes?|utilitaires?|"
    r"camionnettes?|véhicules?|vehicules?|voitures?|motos?|camping-cars?|autocars?|minibus|"
    r"trucks?|lorr(?:y|ies)|trailers?|vans?|vehicles?|cars?)"
)
# letters then digits ("WGM 4821K", "CJ 12345", "B 123 ABC"; one letter only with a space, "T480" is a model), or
# digits then letters as Spain writes them ("4821 KLM")
_PLATE = (
    r"(?P<pii>(?<![\w\-])(?:(?P<letters>[A-Z][ \-]|[A-Z]{2,3}[ \-]?)\d{3,5}[A-Z]{0,2}(?:[ \-][A-Z]{2,3})?|"
    r"\d{4}[ \-]?[B-DF-HJ-NP-TV-Z]{3})(?![\w\-]))"
)
_PATTERN = re.compile(r"(?<![\w\-])" + _VEHICLE + r"(?![\w\-])[^.!?;\n\d]{0,25}?" + _PLATE)
# Letters that begin a road's, a model's or a form's number, not a plate's.
_NOT_PLATE = frozenset(
    "A N D E M C RN RD CD VC RD RN RER TER TGV BMW VW DS MG KIA GMC CX XC CERFA CP BP CS ZI ZA ZAC KM TVA".split()
)


class VehiclePlateRecognizer(RegexRecognizer):
    """A foreign plate after a word of a vehicle (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in _PATTERN.finditer(text):
            letters = (match.group("letters") or "").strip(" -")
            if letters in _NOT_PLATE:
                continue
            yield match.start("pii"), match.end("pii"), SCORE
