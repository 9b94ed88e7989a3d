"""What a draft gives the writer with a possessive that the message says they do not have (forty-sixth pass): "la
carte grise de votre véhicule" to "je n'ai pas de voiture", "votre employeur doit remplir l'attestation" to "je suis
sans emploi depuis deux ans", "le versement arrivera sur votre compte bancaire" to "je n'ai pas de compte bancaire",
"votre conjoint peut signer" to "je ne suis pas en couple".

A possessive presupposes what it names: "votre voiture" says the writer has one. The check of traits reads what a
sentence states ("vous êtes …", "vous avez …"), not what its possessives assume, so these sentences passed.

* the message's side: the things the writer denies (`denied_things.read_denied`: "pas de voiture", "aucun compte",
  never "plus de", which leaves a former one), a car said absent (`particulars`: "je n'ai pas le permis ni de
  voiture"), work never had or none now without a job that ended ("sans emploi", "je n'ai jamais travaillé"; not "j'ai
  été licencié", whose former employer a draft may name); a couple denied ("je ne suis pas en couple", "je ne suis pas
  marié") is read in `writer._read_couple` and judged in `verdicts._partner`;
* the draft's side: "votre" or "vos" before one of the things, not in a condition ("si votre voiture …"), not a
  former or a future one ("votre ancien employeur", "votre véhicule futur").

Judged only where the message denies the thing, so that alone it never makes a sentence "unsupported". Texts are
folded.

Read at call time, so the lead can measure it both ways:"""

import re

from guichet.drafting.persona.lexicon import CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait

DENIED_POSSESSIVES = True  # "votre voiture", "votre employeur", "votre compte bancaire" to one who has none
DENIED_COUPLE = True  # "je ne suis pas en couple", "je suis pas marié": a partner or a marriage denied

# The things a possessive may give the writer, by the name the message's denial uses (`denied_things._thing`).
_THINGS = {
    "voiture": r"voiture|vehicule|automobile|carte grise",
    "permis": r"permis de conduire",
    "compte": r"compte (?:bancaire|en banque|courant)",
    "employeur": r"employeur|patron(?:ne)?|contrat de travail|(?:bulletins?|fiches?) de (?:salaire|paie|paye)",
}
_DRAFT = re.compile(
    r"(?<![\w-])(?:votre|vos)\s+(?:propre\s+|actuel(?:le)?\s+)?(" + "|".join(_THINGS.values()) + r")s?\b(?!-)"
)
_NOT_NOW_AFTER = re.compile(r"\s+(?:precedent\w*|anterieur\w*|futur\w*|eventuel\w*)\b")
_CONDITION_BEFORE = re.compile(
    r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\bau cas ou\b|\bdans le cas ou\b|\ble cas echeant\b)[^.;:]{0,60}$"
)
# Work the writer never had or has none of now, and no job that ended (a former employer a draft may name).
_NO_WORK = re.compile(
    r"\bsans (?:emploi|travail|activite)\b|\bj.ai (?:jamais|pas) (?:eu d.emploi|travaille)\b"
    r"|\bje n.ai (?:jamais|pas) (?:eu d.emploi|travaille)\b|\b(?:aucun|pas d.)emploi\b"
)
_WORK_ENDED = re.compile(
    r"\blicenci\w*|\bperdu (?:mon|ma) (?:emploi|travail|boulot|poste)\b|\bfin (?:de|du) (?:mon |ma )?(?:contrat|cdd|"
    r"mission)\b|\bdemission\w*|\brupture conventionnelle\b|\bplus de (?:travail|boulot|emploi)\b|\bj.ai travaille\b"
)


def _name(word: str) -> str:
    return next(name for name, pattern in _THINGS.items() if re.fullmatch(rf"(?:{pattern})s?", word))


def read_unowned(folded: str, denied: dict[str, str], car: str) -> set[str]:
    """The things of `_THINGS` a folded message says its writer does not have now: from the denials read by
    `denied_things` ("never" only), the car of `particulars`, the work never had or none now."""
    if not DENIED_POSSESSIVES:
        return set()
    unowned = {name for name in _THINGS if denied.get(name) == "never"}
    if denied.get("vehicule") == "never" or car == "no":
        unowned.add("voiture")
    if _NO_WORK.search(folded) and not _WORK_ENDED.search(folded):
        unowned.add("employeur")
    return unowned


def possessive_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The things a folded draft sentence gives the writer with "votre" or "vos" ("possession" traits)."""
    out: list[tuple[int, str, list[Trait]]] = []
    if not DENIED_POSSESSIVES:
        return out
    for m in _DRAFT.finditer(folded):
        before, after = folded[: m.start()], folded[m.end() :]
        if _CONDITION_BEFORE.search(before) or _NOT_NOW_AFTER.match(after):
            continue
        out.append((m.start(), m.group(), [Trait("possession", _name(m.group(1)))]))
    return out


def possession_verdict(value: str, unowned: set[str]) -> str:
    """A thing a draft gives the writer against the things the message says they do not have."""
    return CONTRADICTED if value in unowned else UNSUPPORTED
