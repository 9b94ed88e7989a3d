"""Associations and charities the pseudonymisation takes for persons ("Emmaüs" → `[PERSONNE_1]`, "l'association
Aurore", "le Relais Jean-Baptiste"): their names come back in the private text (`claims.private_dates`), read by
this check in Guichet's own process only, so that the readers of subjects and places of work see an organisation
where the placeholder made a person ("mon fils est volontaire chez Emmaüs" / "vous êtes volontaire chez Emmaüs").

A placeholder comes back when its value is a charity's name (Emmaüs and its branches, the Fondation Abbé-Pierre), or
when the message names it after a word of an organisation ("l'association [PERSONNE_1]", "la fondation …",
"l'antenne …", "le relais …"). A person's name elsewhere stays a placeholder: the subject readers need it."""

import re
import unicodedata

_CHARITIES = re.compile(r"^(?:emmaus(?: [a-z-]+)?|(?:fondation )?abbe[ -]pierre)$")
_ORGANISATION_BEFORE = re.compile(
    r"(?i:\b(?:association|asso|fondation|antenne|communaute|communauté|relais|foyer|centre|epicerie|épicerie)"
    r"\s+(?:solidaire\s+)?)$"
)


def _fold(value: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def organisation_names(text: str, personal_data: dict[str, str]) -> dict[str, str]:
    """The person placeholders of `text` that stand for an organisation, with their values."""
    found: dict[str, str] = {}
    for key, value in personal_data.items():
        if not key.upper().startswith("[PERSONNE_"):
            continue
        if _CHARITIES.match(_fold(value)) or any(
            _ORGANISATION_BEFORE.search(text[: m.start()]) for m in re.finditer(re.escape(key), text)
        ):
            found[key] = value
    return found
