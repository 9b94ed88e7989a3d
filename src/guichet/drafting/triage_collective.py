"""A cut of water or power that falls on a whole town, not on the writer's home (twenty-fifth pass of issue 12).

The energy rule of distress (`triage.DISTRESS_RULES["energy"]`) reads "coupure d'eau", "le courant est coupé" as a
household cut off for unpaid bills. In the overseas departments the cuts are often collective: the scheduled water
cuts of Mayotte and Guadeloupe ("les coupures d'eau à Mamoudzou", "les tours d'eau", "les jours sans eau"), the power
cut of a whole island after a cyclone. A parent asking whether the school is open on those days is no household in
distress (bs-070). The rule's hits are set aside when the cut is said as collective and nothing says the writer's
own supply was cut (a cut "chez nous", "on m'a coupé", an unpaid bill, a meter). Pure functions on folded text.
"""

import re

_CUT = r"(?:coupures?|coupes?) (?:d'eau|d eau|de l'eau|de courant|d'electricite|d electricite|de l'electricite)"
_COLLECTIVE = re.compile(
    rf"\b(?:les|des|ces|nos|avec les|entre les) {_CUT}\b"
    r"|\btours? d'eau\b|\bjours? sans (?:eau|courant|electricite)\b"
    rf"|\b{_CUT}\b[^.!?\n]{{0,50}}\b(?:cyclone|tempete|ouragan|seisme|quartier|commune|ville|l'ile|toute l'ile"
    r"|generales?|programmees?|planifiees?|calendrier)\b"
    r"|\b(?:cyclone|tempete|ouragan|seisme)\b[^.!?\n]{0,60}\b(?:plus|pas|sans) (?:d'eau|de courant|d'electricite)\b"
)
# The writer's own supply cut, or the writer's own home struck by the storm (tri-aa-126: "notre maison … détruite
# par l'ouragan … plus d'électricité … on dort chez ma voisine" is a family without a roof, not a town's cut).
_OWN_SUPPLY = re.compile(
    r"\b(?:m'a|m'ont|nous a|nous ont|on m'a|on nous a|ils m'ont|ils nous ont) coupe\b|\bimpayes?\b|\bfactures?\b"
    r"|\bcompteur\b|\bresili\w*|\bchez (?:moi|nous)\b|\b(?:mon|ma|notre|nos) (?:logement|appartement|case|maison"
    r"|toit|toiture)\b|\bdetrui\w*|\bsinistr\w*|\binond\w*|\b(?:dors|dort|dormons|dorment|dormir) (?:dans|chez"
    r"|dehors|par terre)\b|\bsans (?:abri|logement|toit)\b|\ba la rue\b"
)


def collective_cut_only(folded: str) -> bool:
    """The (folded) text says a water or power cut that falls on a whole place, and nothing of the writer's own
    supply cut."""
    return bool(_COLLECTIVE.search(folded)) and not _OWN_SUPPLY.search(folded)
