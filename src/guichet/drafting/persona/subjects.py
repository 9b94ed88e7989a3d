"""Who a phrase of the message speaks of: the writer or another person named before it (a partner, an ex, a child,
a person the pseudonymisation replaced by a placeholder)."""

import re

from guichet.drafting.persona.helpers import HELPER, HELPER_NAMED

# The persons a message names besides its writer ("mon mari", "ma copine", "son père", "mon ex-compagne").
_PERSON = (
    r"(?:ex-?\s*)?(?:fils|filles?|enfants?|garcons?|mari|femme|epou\w*|conjoint\w*|compagn\w*|copain|copine|cheri|cherie|"
    r"concubin\w*|partenaire|mere|pere|parents?|frere|soeur|petit-fils|petite-fille|voisine?|ami\w*|colleg\w*|neveu|"
    r"niece|tante|oncle|cousine?|belle-\w+|beau-\w+|grand-\w+|ex)"
)
_COUNTED = r"(?:(?:deux|trois|quatre|\d+|petite?s?|grande?s?|nouveau|nouvelle|jeune|futur|future)\s+)?"
# "mon compagnon", "nos deux filles", and the other parent by an article ("le papa est au chômage"), not the writer
# ("je suis la mère de …"), and a helper by their role ("la bénévole", "mon curateur": `helpers`).
OTHER_PERSON_NAMED = re.compile(
    rf"\b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s+{_COUNTED}{_PERSON}\b"
    r"|(?<!suis )(?<!etant )\b(?:le|la|l.)\s*(?:papa|maman|pere|mere|ex)\b"
    rf"|{HELPER}"
)
# A person the pseudonymisation named ("avec [PERSONNE_2], 46 ans, artisan plombier"), not the writer giving their
# own name ("je m'appelle [PERSONNE_1]", "je soussigné [PERSONNE_1]", "moi, [PERSONNE_1]").
PLACEHOLDER = re.compile(r"\[personne_\d+\]")
_SELF_NAMED = re.compile(r"(?:\b(?:appel\w*|apel\w*|soussigne\w*|suis|moi|nom est|c.est)|^\W*)\W*$")
# The writer as the object of a helper's act ("la conseillère m'a inscrite", "l'assistante sociale me verse").
# Not in a relative clause that describes the helper ("la bénévole qui m'aide est retraitée").
_WRITER_OBJECT = re.compile(r"(?<!qui )\bm['’]|(?<!qui )\bme\b")
# A person named with their office or association ("[PERSONNE_1] du CCAS est divorcé", "[PERSONNE_2] de la
# Croix-Rouge"), even at the message's start: a helper, not the writer signing.
_OF_AN_OFFICE = re.compile(r"\s+(?:du|de la|de l.|des)\s")
# "moi" after a preposition is no subject: "mon fils, qui vit avec moi, est volontaire" speaks of the son.
FIRST_PERSON_AFTER = re.compile(
    r"\b(?:je|j[’']|(?<!avec )(?<!chez )(?<!pour )(?<!sans )(?<!comme )(?<!que )moi|me|m[’']|nous|on|sommes)(?!\w)"
    r"|\bj(?=ai\b)"
)


# "il est en CDI", "elle gagne", "qu'elle travaille": a third person, the subject of the clause's verb.
_THIRD_PERSON = re.compile(
    r"\b(?:il|elle|ils|elles)\s+(?:ne\s+|n.)?(?:est|etait|sont|a|ont|bosse|travaille|fait|gagne|touche|percoit|vit|"
    r"habite|reste)\b"
)


def other_subject(clause: str) -> bool:
    """Whether the clause before a trait is about another person named in it, the writer not named after them
    ("mon fils de 17 ans vient de signer un contrat d'apprentissage", "alors qu'il est en CDI", not "ma femme est au
    chômage, moi je …")."""
    mentions = [*OTHER_PERSON_NAMED.finditer(clause), *_THIRD_PERSON.finditer(clause)]
    mentions += [
        m
        for m in PLACEHOLDER.finditer(clause)
        if not _SELF_NAMED.search(clause[: m.start()]) or _OF_AN_OFFICE.match(clause, m.end())
    ]
    mentions.sort(key=lambda m: m.start())
    if not mentions:
        return False
    after = clause[mentions[-1].end() :]
    if HELPER_NAMED.fullmatch(mentions[-1].group()) and _WRITER_OBJECT.search(after):
        return False  # a helper's act on the writer: "le conseiller m'a inscrit à France Travail"
    return not FIRST_PERSON_AFTER.search(after)
