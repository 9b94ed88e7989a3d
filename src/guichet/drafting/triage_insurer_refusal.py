"""A private insurer's refusal or delay to pay, asked of an office (fortieth pass of issue 12, engineer-dx).

A car, a home, a loan, a harvest or a funeral contract: the insurer refuses or delays its payout, and the writer asks
the office they know what to do ("mon assurance MAAF refuse de m'indemniser car il manque soi-disant une clé.
Comment je fais pour qu'ils me paient ?" asked of the ANTS, tri-o-047). Only the insurer, its mediator or a judge
decides; the office written to has no hand in it. In train + validation every message that tells such a refusal
and asks something is gold out of scope, and the model already sent all but one away
(`docs/benchmarks.md`, "Fortieth pass — engineer-dx"); the rule keeps the redirect whatever a retrained model scores,
and gives the agent its reason.

`insurer_refusal_asked(office, folded)` holds when the message names a private insurer (an "assurance" that is no
social insurance: not maladie, retraite, chômage, vieillesse, invalidité; an "assureur"; a loan's or a borrower's
insurance) followed closely by a refusal or a delay ("refuse", "ne veut pas", "traîne", "toujours pas") to pay
(indemnify, refund, pay, take charge), and asks something (a question or "je demande"). Not read: an office that is
itself a mutuelle or an insurer; a message that asks the office's own help beside it (an aid, a relief, the FSL, an
advance, the complémentaire santé solidaire), which is the office's business whoever caused the need; the CPAM's own
recourse against a third party ("recours contre tiers", an accident caused by someone else to declare). Pure
functions on folded text (no model, no Django).
"""

import re

from guichet.drafting.triage_outside_asks import demanded
from guichet.drafting.triage_provider_goods import _MUTUELLE_OFFICE

INSURER_REFUSAL_RULE = True

INSURER_REFUSAL: dict[str, str] = {
    "topic": "refus_d_un_assureur",
    "body": "l'assureur (son service réclamations, puis le médiateur de l'assurance), ou le juge : l'administration "
    "écrite n'a aucun pouvoir sur un contrat d'assurance privé",
    "service": "une réclamation écrite à l'assureur, puis la Médiation de l'assurance (mediation-assurance.org) ; un "
    "point-justice ou une association de consommateurs peut aider gratuitement",
}

_INSURER = (
    r"(?:\b(?:mon|ma|l'|leur|son|sa|notre|votre|cette|une) ?(?:compagnie d')?assurance\b(?! (?:maladie|retraite"
    r"|chomage|vieillesse|invalidite|sociale))|\bassureurs?\b|\bassurance (?:de (?:mon|ma|son|notre) )?(?:pret|credit)"
    r"|\bassurance emprunteur\b)"
)
_REFUSAL = re.compile(
    rf"{_INSURER}[^.?!]{{0,80}}?(?:\brefus\w*|\bne (?:veut|veulent|m'a|nous a|me) (?:pas|rien|toujours pas|jamais)"
    r"|\btrain\w*|\btoujours pas)[^.?!]{0,50}?(?:indemnis\w*|rembours\w*|\bpa[iy]\w*|\bvers\w*|prendre en charge"
    r"|\bprise en charge)"
)
_ASKS = re.compile(r"\?|\bje (?:vous )?demande\b")
# The office's own help asked beside it, or the CPAM's own recourse against a third party.
_OWN_HELP = re.compile(
    r"\b(?:une aide|aides? (?:d'urgence|financieres?|exceptionnelles?|sociales?)|un secours|\bfsl\b|une avance"
    r"|\bcss\b|\bc2s\b|complementaire sante solidaire|recours contre (?:le |un )?tiers|cause par un tiers"
    r"|accident (?:cause|provoque) par (?:un tiers|quelqu'un))"
)


def insurer_refusal_asked(office: str, folded: str) -> bool:
    """A private insurer's refusal or delay to pay told, and something asked of an office that is no insurer."""
    if _MUTUELLE_OFFICE.search(office) or _OWN_HELP.search(folded):
        return False
    return bool(_REFUSAL.search(folded)) and (bool(_ASKS.search(folded)) or demanded(folded))  # `triage_outside_asks`
