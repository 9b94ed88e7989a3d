"""The writer's public read again where a job's word means something else (thirty-sixth pass, engineer-r52).

`situations.qualifiers_in_message` reads the writer's public from a few words: "ma boîte" (a business owner's
firm), "titulaire" (a tenured civil servant), "dans le privé" (a private employee). Each of them also says
something else, and the fiche written for the wrong public is then the right one's neighbour
(`rerank.mismatch`):

* "ma boîte aux lettres", "ma boîte mail" is a letterbox, no firm (a carte grise not received, a name tagged on a
  letterbox were read as a business owner's);
* "ma boîte" of an employee ("dans ma boîte", "ma boîte m'a mis en chômage partiel", "j'ai quitté ma boîte") is the
  firm the writer works for, not a business owner's (one who creates, opens or runs it, "créer ma boîte", "j'ai
  monté ma boîte", stays independent). Not read as a private employee either: the `qualifier` feature then lifted
  every title that says "salarié" (ret-r24-042, a mobility clause, 1 → 2: F1918 « Un salarié doit-il suivre son
  entreprise si elle déménage ? » first);
* "élu titulaire au CSE", "membre titulaire" name a seat on a works council, not the writer's tenure ("moins payé
  que les titulaires" is a contract agent's comparison with the tenured: a public's agent still, ret-v30-077);
* the private sector as a destination ("je voudrais partir dans le privé") is where a civil servant wants to go,
  not the public they belong to.

Each rule removes the words from the text and reads the public again without them (`reads`: the qualifier's own
pattern, given by `situations`). On train + validation of corpora/retrieval 20 messages are read again (17 no longer
a business owner, 2 no longer a civil servant, 1 no longer a private employee) and no gold fiche moves: a reading
put right, not a ranking gain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

READ_WORK_PUBLICS = True  # off: the thirty-fifth pass's reading (a measurement switch)

_LETTERBOX = re.compile(
    r"\b(ma|mes|la|une) boites? (aux lettres|mails?|e.?mails?|gmail|hotmail|outlook|vocale|postale)"
)
_EMPLOYEE_FIRM = re.compile(
    r"\b(dans|chez) ma boite\b|\bma boite (me|m.|nous|veut|va|licencie\w*|ferme|supprime)\b"
    r"|\b(quitte|partie?|parti|vire|viree|licenciee?) (de )?ma boite\b"
)
_OWN_FIRM = re.compile(r"\b(creer|cree|lance\w*|monte\w*|ouvr\w*|gere\w*|reprendre|repris) ma boite\b|ma boite de \w+")
_SEAT_OR_OTHERS = re.compile(
    r"\b(elue?|membre|delegue|representant)e?s? titulaires?\b|\btitulaires? (au|du) (cse|comite)\b"
)
_TO_PRIVATE = re.compile(
    r"\b(partir|aller|passer|rejoindre|travailler|retourner|bosser|me reconvertir)( \w+){0,2} (dans|vers) le prive\b"
)
_CIVIL = ("agent public", "fonctionnaire titulaire")


def reread(folded: str, found: set[str], reads: Callable[[str, str], bool]) -> set[str]:
    """The writer's publics in `found`, read again without the words that meant something else."""
    if not READ_WORK_PUBLICS:
        return found
    found = set(found)
    if "indépendant" in found and "boite" in folded:
        stripped = _LETTERBOX.sub(" ", folded)
        if _EMPLOYEE_FIRM.search(stripped) and not _OWN_FIRM.search(stripped):
            stripped = _EMPLOYEE_FIRM.sub(" ", stripped)
        if not reads("indépendant", stripped):
            found.discard("indépendant")
    if "titulaire" in folded and found & set(_CIVIL) and _SEAT_OR_OTHERS.search(folded):
        stripped = _SEAT_OR_OTHERS.sub(" ", folded)
        for name in _CIVIL:
            if name in found and not reads(name, stripped):
                found.discard(name)
    if "salarié du privé" in found and found & set(_CIVIL) and _TO_PRIVATE.search(folded):
        if not reads("salarié du privé", _TO_PRIVATE.sub(" ", folded)):
            found.discard("salarié du privé")
    return found
