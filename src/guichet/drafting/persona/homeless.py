"""A writer without a home, or one who says they have one ("je suis à la rue depuis deux mois, je dors dans ma
voiture" / "vous êtes sans domicile", "je ne suis pas à la rue, j'ai un logement, il est juste trop petit" / "vous êtes
sans logement"). People who go to the Restos du cœur, the Croix-Rouge or a CCAS tell which they are; a model that
reads "logement social", "hébergement d'urgence" or "SDF" in the fiches may tell a housed writer that they have none.

The message is read only where the writer says it of themselves now ("je suis", "je vis", "je dors"), not a threat
("mon propriétaire veut me mettre à la rue"). Texts are folded."""

import re

from guichet.drafting.persona.model import Trait

_NO_HOME = r"(?:a la rue|sans (?:logement|domicile(?: fixe)?|abri)|sdf)\b"
_SAID = re.compile(
    r"\b(?:je suis|jsuis|chuis|suis|sommes|on est|je vis|vivons|je dors|dormons)\s+((?:\w+\s+){0,2}?)" + _NO_HOME
)
_SLEEPS_OUT = re.compile(r"\bje dors (?:dans ma voiture|dehors|dans la rue|a la gare)\b")
_DENIED = re.compile(r"\b(?:pas|plus|jamais)\b")
_DRAFT = re.compile(r"\b(?:sans (?:logement|domicile(?: fixe)?|abri)|a la rue|sdf)\b")


def read_home(folded: str) -> set[str]:
    """ "homeless" where the writer says they have no home, "housed" where they say they are not without one."""
    found: set[str] = set()
    for m in _SAID.finditer(folded):
        found.add("housed" if _DENIED.search(m.group(1)) else "homeless")
    if _SLEEPS_OUT.search(folded):
        found.add("homeless")
    return found if len(found) == 1 else set()


def homeless_traits(clause: str, negated: bool) -> list[Trait]:
    """A draft clause that says the writer has no home ("vous êtes sans domicile fixe", "vous êtes à la rue")."""
    return [Trait("housing", "homeless", negated)] if _DRAFT.search(clause) else []
