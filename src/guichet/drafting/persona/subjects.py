"""Who a phrase of the message speaks of: the writer or another person named before it (a partner, an ex, a child,
a person the pseudonymisation replaced by a placeholder)."""

import re

# The persons a message names besides its writer ("mon mari", "ma copine", "son père", "mon ex-compagne").
_PERSON = (
    r"(?:ex-?\s*)?(?:fils|fille|enfants?|garcon|mari|femme|epou\w*|conjoint\w*|compagn\w*|copain|copine|cheri|cherie|"
    r"concubin\w*|partenaire|mere|pere|parents?|frere|soeur|petit-fils|petite-fille|voisine?|ami\w*|colleg\w*|neveu|"
    r"niece|tante|oncle|cousine?|belle-\w+|beau-\w+|grand-\w+|ex)"
)
OTHER_PERSON_NAMED = re.compile(rf"\b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s+{_PERSON}\b")
# A person the pseudonymisation named ("avec [PERSONNE_2], 46 ans, artisan plombier"), not the writer giving their
# own name ("je m'appelle [PERSONNE_1]", "je soussigné [PERSONNE_1]", "moi, [PERSONNE_1]").
PLACEHOLDER = re.compile(r"\[personne_\d+\]")
_SELF_NAMED = re.compile(r"(?:\b(?:appel\w*|apel\w*|soussigne\w*|suis|moi|nom est|c.est)|^\W*)\W*$")
FIRST_PERSON_AFTER = re.compile(r"\b(?:je|j[’']|moi|me|m[’']|nous|on|sommes)(?!\w)|\bj(?=ai\b)")


def other_subject(clause: str) -> bool:
    """Whether the clause before a trait is about another person named in it, the writer not named after them
    ("mon fils de 17 ans vient de signer un contrat d'apprentissage", not "ma femme est au chômage, moi je …")."""
    mentions = [*OTHER_PERSON_NAMED.finditer(clause)]
    mentions += [m for m in PLACEHOLDER.finditer(clause) if not _SELF_NAMED.search(clause[: m.start()])]
    mentions.sort(key=lambda m: m.start())
    return bool(mentions) and not FIRST_PERSON_AFTER.search(clause[mentions[-1].end() :])
