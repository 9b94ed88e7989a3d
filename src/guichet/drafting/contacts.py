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


# How a public body is named after "de" in a sentence ("ne relève pas de la Caf", "de la mairie", "de France
# Travail", "de l'Urssaf"): an acronym or a common noun takes its article, a proper name none.
_BODY_FORMS: dict[str, str] = {
    "caf": "la Caf",
    "cpam": "la CPAM",
    "cnav": "la CNAV",
    "carsat": "la Carsat",
    "mdph": "la MDPH",
    "msa": "la MSA",
    "dgfip": "la DGFiP",
    "ants": "l'ANTS",
    "urssaf": "l'Urssaf",
    "antai": "l'ANTAI",
    "adil": "l'ADIL",
    "ccas": "le CCAS",
    "crous": "le Crous",
    "agirc-arrco": "l'Agirc-Arrco",
    "pole emploi": "Pôle emploi",
    "pôle emploi": "Pôle emploi",
    "assurance retraite": "l'Assurance retraite",
    "assurance maladie": "l'Assurance maladie",
}
_FEMININE_HEADS = (
    "caisse", "mairie", "préfecture", "sous-préfecture", "agence", "direction", "maison", "assurance", "commune",
    "ville", "mutualité", "métropole", "région", "collectivité", "chambre", "délégation", "inspection",
)  # fmt: skip
_MASCULINE_HEADS = ("service", "centre", "conseil", "département", "tribunal", "ministère", "bureau", "pôle", "fonds")
_ARTICLES = ("la ", "le ", "les ", "l'", "l’")
_VOWELS = "aeiouyhâàéèêëîïôöûùAEIOUYHÂÀÉÈÊËÎÏÔÖÛÙ"


def of_body(name: str) -> str:
    """`name` after the preposition "de", with the article French needs: "de la Caf", "de la mairie", "de l'Urssaf",
    "du centre des impôts", "de France Travail" (a proper name without article keeps none)."""
    name = " ".join(name.split())
    if not name:
        return "de nos services"
    first = re.split(r"[\s/(,]+", name, maxsplit=1)[0]
    known = _BODY_FORMS.get(name.lower()) or (
        _BODY_FORMS[first.lower()] + name[len(first) :] if first.lower() in _BODY_FORMS else None
    )
    form = known or name
    head = form.split(" ", 1)[0].lower()
    if form.lower().startswith(_ARTICLES):
        form = form[0].lower() + form[1:]
    elif known is None and (head in _FEMININE_HEADS or head in _MASCULINE_HEADS):
        common = form[0].lower() + form[1:]
        form = ("l'" if common[0] in _VOWELS else "la " if head in _FEMININE_HEADS else "le ") + common
    if form.startswith("le "):
        return "du " + form[3:]
    if form.startswith("les "):
        return "des " + form[4:]
    if form.startswith(("la ", "l'", "l’")):
        return "de " + form
    return ("d'" if form[0] in _VOWELS and not form.isupper() else "de ") + form
