"""Which residence permit, which protection the writer holds ("votre carte de séjour temporaire d'un an" to "ma carte
de séjour pluriannuelle de quatre ans", "en tant que réfugié statutaire" to "j'ai obtenu la protection subsidiaire").

A foreigner's rights hang on the kind of permit or protection: a one-year card, a multi-year card and a resident's
card lead to different steps, a refugee and a beneficiary of subsidiary or temporary protection to different papers.
The check of nationality and residence (`traits`) reads none of them; a model swaps them, or gives the writer the
card they only ask for ("je voudrais demander la carte de résident"). This one reads the kinds the message says the
writer holds (after "ma", "mon", "j'ai", "avec", "titulaire", "je suis", "j'ai obtenu"; not after "demander",
"obtenir", "passer à", "voudrais"), and judges a draft's kind against them: the same kind is consistent, another kind
of the same group (the length of a card; the protection) contradicted. It gives no trait where the message names no
kind of that group.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# Kinds, each in its group: a writer holds one kind of each group at a time.
_KINDS = {
    "card:temporary": r"carte (?:de sejour )?temporaire|(?:carte|titre|carte de sejour) d.(?:un|1) an\b",
    "card:multiyear": r"(?:carte|titre)(?: de sejour)? pluriannuel\w*"
    r"|(?:carte|titre)(?: de sejour)? de (?:2|deux|4|quatre) ans",
    "card:resident": r"carte de resident\w*|carte de (?:10|dix) ans|resident de longue duree",
    "protection:refugee": r"refugiee?s?(?: statutaires?)?\b|statut de refugie",
    "protection:subsidiary": r"protection subsidiaire",
    "protection:temporary": r"protection temporaire",
    "protection:asylum_seeker": r"demandeu(?:r|se)s? d.asile|(?:ma|mon) (?:demande|dossier) d.asile (?:est )?en cours",
    "protection:stateless": r"apatride",
}
_KIND = re.compile("|".join(f"(?P<{name.replace(':', '_')}>{pattern})" for name, pattern in _KINDS.items()))
# What makes a kind the writer's own in the message, and what makes it only wished for.
_HELD = re.compile(
    r"(?:\bma\b|\bmon\b|\bj.ai (?:\w+ )?(?:une?|la|le|obtenu (?:une?|la|le))|\bavec (?:une?|ma|mon|la|le)|"
    r"\b(?:titulaire|beneficiaire) d(?:.une?|e la|u)|\bje suis|\bnous sommes|\bnous avons (?:une?|la|le)|\bsous)"
    r"\s+(?:\w+\s+){0,2}$"
)
_WISHED = re.compile(
    r"\b(?:demander|obtenir|avoir|passer|voudrais|voudrait|souhaite\w*|aimerais|droit|prochaine?|future?|"
    r"renouveler|changer|pour|vers|si|ou)\b[^.;!?]{0,40}$"
)
_OTHER = re.compile(
    r"\b(?:il|elle|ils|elles)\b|(?<![\w-])(?:mon|ma|son|sa|notre)\s+(?:\w+\s+)?"
    r"(?:mari|femme|epou\w*|compagn\w*|conjoint\w*|fils|fille|pere|mere|frere|soeur|beau-\w+|belle-\w+|cousin\w*|"
    r"oncle|tante|neveu|niece)\b"
)
_DRAFT_HELD = re.compile(
    r"(?:\bvotre|\bvos|\bvous (?:etes|detenez|disposez|possedez|beneficiez|avez)(?: d.une?| de la| du| une?| la| le)?|"
    r"\ben tant que|\b(?:titulaire|beneficiaire) d(?:.une?|e la|u)|\bcomme|\betant)\s+(?:\w+\s+){0,2}$"
)
# A card asked for, renewed or reached ("votre demande de carte de résident", "le passage à la carte de résident").
_ASKED = re.compile(
    r"\b(?:demande|dossier|obtention|renouvellement|droit|acces|passage|delivrance|premiere)\b[^.;,]{0,25}$"
)
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b|\bpour (?:les|une?)\b)[^.;:]{0,60}$")


# A fiche's rule or alternatives in the sentence ("Si l'Ofpra vous accorde …", "réside en tant que réfugié ou demandeur
# d'asile"): no kind held by this writer.
_RULE = re.compile(
    r"^\W*si\b|\bsi (?:l.|la|le|les|vous|votre)\b|\blorsqu\w*|\ben cas de\b|\bun membre de votre famille\b"
    r"|\b(?:refugiee?|resident|temporaire|subsidiaire|pluriannuelle|asile) ou\b"
)


def _name(m: re.Match[str]) -> str:
    return (m.lastgroup or "").replace("_", ":", 1)


def read_permits(folded: str) -> set[str]:
    """The kinds of permit and protection a folded message says its writer holds ("card:multiyear")."""
    held: set[str] = set()
    for sentence in re.split(r"[.;!?\n]", folded):
        for m in _KIND.finditer(sentence):
            before = sentence[max(0, m.start() - 60) : m.start()]
            clause = re.split(r",|\bet\b|\bmais\b", before)[-1]
            if _HELD.search(before) and not (_WISHED.search(clause) or _OTHER.search(clause) or _ASKED.search(before)):
                held.add(_name(m))
    return held


def permit_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The kinds of permit or protection a folded draft sentence says the writer holds."""
    out: list[tuple[int, str, list[Trait]]] = []
    if _RULE.search(folded):
        return out
    for m in _KIND.finditer(folded):
        before = folded[: m.start()]
        if _DRAFT_HELD.search(before) and not (_CONDITION.search(before) or _ASKED.search(before)):
            out.append((m.start(), m.group(), [Trait("permit", _name(m))]))
    return out


def permit_verdict(value: str, held: set[str]) -> str:
    """A kind a draft gives the writer against the kinds the message says they hold."""
    group = value.split(":")[0]
    same_group = {k for k in held if k.split(":")[0] == group}
    if not same_group:
        return UNSUPPORTED
    return CONSISTENT if value in same_group else CONTRADICTED
