"""Where a homeless writer sleeps, read as their lack of a home, not as a topic (forty-fifth pass, engineer-r76).

"Je dors dans ma voiture avec mes deux enfants", "on a dormi dans la gare", "je vis dans une tente": the place names
the night's shelter of a person without a home. Its word ("voiture", "gare", "tente", "parc") is a topic of many
fiches (a used car's sale, a train ticket, camping), and on the validation split of corpora/retrieval it put those
fiches above the fiches that serve a homeless person (ret-v4-059: "Peut-on vendre une voiture d'occasion sans
contrôle technique ?" first, the right to housing 44th). The distress map (`situations.DISTRESS`, "sans logement")
already reads the situation; this reading replaces, in the words searched, the place by what it means: "sans domicile
ni hébergement", the words of the fiches that serve the situation (F17317 « Sans domicile stable ou fixe (SDF) »,
F2003 on the establishments that shelter a person in precarity, F20343 « Droit à l'hébergement opposable »).

Only a place where one sleeps or lives that is no home: not a sofa or a bed ("je dors sur le canapé" is most often
at home), not a named street ("je vis dans la rue principale"), and only in a message the distress map reads as a
person without a home (`query.understand` asks `situations.HOMELESS`): "j'ai dormi dans la gare, mon train était
annulé" keeps its station. `READ_SHELTER_PLACES` is read at call time (a measurement switch, docs/benchmarks.md,
forty-fifth pass).
"""

from __future__ import annotations

import re

READ_SHELTER_PLACES = True  # off: the place stays in the words searched (the forty-fourth pass's reading)
SHELTER_WORDS = "sans domicile ni hébergement"

_PLACE = re.compile(
    r"\b(?P<verb>dors|dort|dormons|dorment|dormi|dormir|dormais|dormait|vis|vit|vivons|vivent|vivre)\b"
    r"(?P<between>(?:\s+(?:actuellement|encore|toujours|depuis \w+(?: \w+)?|avec (?:mes|mon|ma|nos|les|mon) \w+"
    r"(?: \w+){0,3}))?)"
    r"\s+(?:dans|sous)\s+(?:ma|la|une|notre|mon|le|un|leur|sa|son|des|les)\s+"
    r"(?:voitures?|bagnoles?|camionnettes?|tentes?|parcs?|halls?|squats?|gares?|rue(?!\s+(?:principale|de|du|des|d')\b))\b",
    re.IGNORECASE,
)


def read_place(sentence: str) -> str:
    """A sentence with the place a homeless writer sleeps in replaced by `SHELTER_WORDS`; unchanged when
    `READ_SHELTER_PLACES` is off."""
    if not READ_SHELTER_PLACES:
        return sentence
    return _PLACE.sub(lambda m: f"{m.group('verb')}{m.group('between')} {SHELTER_WORDS}", sentence)
