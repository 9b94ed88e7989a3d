"""Emergency contacts: the one list that triage picks from, drafts quote and the agent's distress panel shows.

National numbers, free, 24/7 unless stated. `number` and `label` are what a draft says to the citizen; `name` is
the short line of the agent's panel.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    number: str
    label: str
    name: str = ""

    def as_dict(self) -> dict[str, str]:
        """What a triage stores and a draft quotes (`Message.triage_details["emergency_contacts"]`)."""
        return {"number": self.number, "label": self.label}


EMERGENCY_CONTACTS: dict[str, Contact] = {
    "suicide": Contact(
        "3114", "numéro national de prévention du suicide, gratuit, 24 h/24 et 7 j/7", "Prévention du suicide"
    ),
    "danger": Contact(
        "15 ou 112", "SAMU ou numéro d'urgence européen, en cas de danger immédiat", "Samu ; numéro d'urgence européen"
    ),
    "shelter": Contact(
        "115", "Samu social, pour un hébergement d'urgence, gratuit, 24 h/24", "Hébergement d'urgence (Samu social)"
    ),
    "violence": Contact("3919", "Violences Femmes Info, gratuit et anonyme, 24 h/24", "Violences femmes info"),
    "police": Contact(
        "17 (ou 114 par SMS)",
        "police ou gendarmerie, en cas de danger",
        "Police secours ; 114 par SMS pour les personnes sourdes ou qui ne peuvent pas parler",
    ),
    "child": Contact("119", "Allô Enfance en Danger, gratuit, 24 h/24", "Enfance en danger"),
    "elderly": Contact(
        "3977", "maltraitance des personnes âgées ou handicapées", "Maltraitance des personnes âgées ou handicapées"
    ),
    "social": Contact(
        "CCAS de votre mairie", "un travailleur social peut vous recevoir rapidement et saisir les aides d'urgence"
    ),
}

# The agent's distress panel, in this order (the CCAS is local: no number to show).
PANEL = ("suicide", "shelter", "violence", "police", "child", "elderly", "danger")

# Every emergency phone number, digits only ("3114", "15", "112", "17", "114"…).
EMERGENCY_NUMBERS: tuple[str, ...] = tuple(
    dict.fromkeys(n for contact in EMERGENCY_CONTACTS.values() for n in re.findall(r"\d+", contact.number))
)


def panel_numbers() -> list[tuple[str, str]]:
    """(number, name) for each contact of the agent's distress panel."""
    return [(EMERGENCY_CONTACTS[key].number, EMERGENCY_CONTACTS[key].name) for key in PANEL]
