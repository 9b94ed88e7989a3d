"""A mutuelle's own contract asked of an office that is no mutuelle (fortieth pass of issue 12, engineer-dx).

Last pass read a mutuelle's card asked of the CPAM or the CAF (`triage_provider_goods`). The contract behind the card
is asked the same way: to cancel a mutuelle ("pouvez-vous faire la résiliation de ma mutuelle Harmonie ?"), to
change its formula ("je voudrais passer de la formule de base à la formule renforcée pour mon conjoint, c'est à vous
que je dois le demander ?", tri-ao-038, an employer's collective contract asked of the CPAM), to join one or add a
spouse to it. Only the mutuelle (or the employer for a collective contract) does that; the word "mutuelle" is one of
the CPAM's topic words, so the competence map vetoed the model's out of scope where it was unsure. In train +
validation the model already sent most of these away (`docs/benchmarks.md`, "Fortieth pass — engineer-dx"); the rule
keeps them out of scope whatever a retrained model scores.

`mutuelle_contract_asked(office, folded)` holds when a sentence asks the office something (a question, "je veux que
vous", "merci de", an imperative) and names a mutuelle's contract act — cancel it, change its formula or its
guarantees, join it, add or remove someone from it — with a mutuelle or a private complementary insurance named in
the message. Never where the office is a mutuelle or an insurer, and never where the message names the office's own
scheme that replaces a mutuelle (the complémentaire santé solidaire, the C2S, the CMU, "la mutuelle gratuite", "à 1
euro par jour"), nor its attestation de droits: when to cancel a mutuelle once the CSS is granted is asked of the
CPAM's own procedure. Pure functions on folded text (no model, no Django).
"""

import re

from guichet.drafting.triage_provider_goods import _ASK, _MUTUELLE_OFFICE, _SPLIT

MUTUELLE_CONTRACT_RULE = True

MUTUELLE_CONTRACT: dict[str, str] = {
    "topic": "contrat_de_mutuelle",
    "body": "la mutuelle (ou l'employeur pour un contrat collectif d'entreprise), seule à résilier, modifier ou "
    "étendre son contrat",
    "service": "l'espace adhérent ou le service client de la mutuelle ; le service des ressources humaines pour un "
    "contrat d'entreprise",
}

_MUTUELLE = re.compile(r"\bmutuelles?\b|\bcomplementaires? (?:sante|sante collective|d'entreprise)\b(?! solidaire)")
_CONTRACT_ACT = re.compile(
    r"(?<!\bsi je )(?<!\bai )(?<!\bavons )\bresili(?:er\b|ation\b|e \?)"
    r"|\b(?:changer|passer|basculer) (?:de |a )?(?:la |ma |une )?formule\b|\bformule (?:superieure|renforcee)\b"
    r"|\b(?:changer|modifier|augmenter|baisser) (?:de |mes |les |ses )?(?:garanties|niveau de garanties|option)\b"
    r"|\badher\w* a (?:la |une |sa |ma )?(?:mutuelle|complementaire)\b"
    r"|\b(?:ajouter|inscrire|rajouter|retirer|enlever) (?:[\w'-]+ ){0,3}(?:sur|a|de) (?:ma|la|sa|notre) "
    r"(?:mutuelle|complementaire)\b"
)
# The act asked by a pronoun ("vous pouvez le faire depuis mon compte ?") after a sentence that names it.
_PRONOUN_ACT = re.compile(r"\b(?:le|la) (?:faire|resilier|changer)\b")
# A question on the office's own reimbursement once the contract changes is its own ("si je résilie ma mutuelle, la
# Sécu me rembourse-t-elle toujours ?").
_OWN_REFUND = re.compile(r"\brembours\w*|\bprise? en charge\b|\bpris en charge\b")
# The office's own scheme that replaces a mutuelle, or its attestation for one: the ask is (also) its own.
_OWN_SCHEME = re.compile(
    r"\bcss\b|\bc2s\b|\bcmu\b|\bcomplementaire sante solidaire\b|\bmutuelle gratuite\b|\bcomplementaire (?:sante )?"
    r"gratuite\b|\ba 1 (?:euro|€) par jour\b|\battestation de droits\b"
)


def mutuelle_contract_asked(office: str, folded: str) -> bool:
    """A sentence asks the office, which is no mutuelle, to cancel, change, join or amend a mutuelle's contract."""
    if _MUTUELLE_OFFICE.search(office) or not _MUTUELLE.search(folded) or _OWN_SCHEME.search(folded):
        return False
    parts = [part for part in _SPLIT.split(folded) if part.strip()]
    for number, part in enumerate(parts):
        if not _ASK.search(part) or _OWN_REFUND.search(part):
            continue
        if _CONTRACT_ACT.search(part):
            return True
        if number and _PRONOUN_ACT.search(part) and _CONTRACT_ACT.search(parts[number - 1]):
            return True
    return False
