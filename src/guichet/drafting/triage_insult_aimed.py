"""An insult aimed at a third party, not at the office (thirty-first pass of issue 12, engineer-cr).

The abusive label is for insults and threats aimed at the agents or the administration. A citizen who calls their
landlord "un vrai salaud", their ex "un connard", their insurer "ce voleur" or a mutuelle "ces escrocs" while asking
the office a civil question insults no one at the office (batch cr: cr-025 to cr-030; co-025 and co-054 of the
thirtieth pass). The abusive rules read the text without such insults: an insult bound to a named private party or
relative, as an apposition ("mon assureur, ce voleur", "ma mutuelle, ces escrocs"), an attribute ("mon proprio est
un vrai salaud", "les voisins du dessus sont des abrutis") or a qualifier ("ce salaud de proprio", "cet escroc de
garagiste"). The office's own people stay targets: a "conseiller", an "agent", the "caisse" or the "service" are no
third party, and an insult said of them is read as before.

Pure functions on folded text (`triage_cues.fold`).
"""

import re

# Private parties and relatives a citizen may be at odds with; none of them is the office or its agents.
_PARTY = (
    r"(?:(?:ancien|ancienne|ex|futur|nouveau|nouvelle|cher|chere) )?"
    r"(?:proprio|proprietaire|bailleur|logeur|patron|patronne|employeur|boss|ex|ex-mari|ex-femme|ex-compagnon"
    r"|ex-compagne|mari|femme|compagnon|compagne|conjoint|conjointe|copain|copine|voisins?|voisines?|assureur"
    r"|assurance|mutuelle|banque|banquier|banquiere|operateur|fournisseur|syndic|agence immobiliere|agent immobilier"
    r"|garagiste|vendeur|vendeuse|notaire|avocat|avocate|beau-pere|belle-mere|beau-frere|belle-soeur|frere|soeur|pere|mere"
    r"|oncle|tante|cousin|cousine"
    r"|locataire|colocataire|coloc|artisan|plombier|huissier|creancier|transporteur|livreur)"
)
_OWNER = r"(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|le|la|les|l'|ce|cette|cet|ces)"
# Up to three words after the party ("les voisins du dessus", "mon ex de mari"), not a sentence's end.
_TAIL = (
    r"(?: (?!(?:et|ou|vous|votre|vos|caf|cpam|msa|mairie|prefecture|administration|services?|agents?|conseill\w*"
    r"|impots|urssaf|france|pole|caisse|guichet)\b)[\w'-]+){0,3}?"
)
_INSULT = (
    r"(?:salauds?|salopards?|salopes?|connards?|connasses?|cons|con|escrocs?|voleurs?|voleuses?|abrutis?|cretins?"
    r"|imbeciles?|fumiers?|enfoires?|ordures?|pourris?|raclures?|crapules?|bandits?|arnaqueurs?|truands?|rapaces?"
    r"|vautours?|requins?|menteurs?|menteuses?|minables?|batards?|debiles?|idiots?|faineants?|feignants?"
    r"|feignasses?|parasites?)"
)
_DETERMINER = r"(?:(?:ce|cet|cette|ces|un|une|des|le|la|les|de|d') ?)?"
_ADJECTIVE = r"(?:(?:vrai|vraie|vrais|vraies|gros|grosse|grosses|sale|sales|sacre|sacree|pauvre|beau|belle|fieffe) )*"
_BE = (
    r"(?:est|sont|etait|etaient|c'est|ce sont|reste|restent|(?:est|sont) (?:vraiment|tous|toutes|juste|vraiment tous)"
    r"|n'est qu'|ne sont que)"
)

_OFFICE_WORDS = (
    r"et vous|vous|votre|vos|caf|cpam|msa|mairie|prefecture|administration|services?|agents?|conseill\w*|impots"
    r"|urssaf|france travail|pole emploi|caisse|guichet|fonctionnaires?"
)
_BETWEEN = rf"(?:(?!\b(?:{_OFFICE_WORDS})\b)[^.!?\n]){{0,80}}?"

AIMED_AT_OTHERS = re.compile(
    # "mon assureur, ce voleur", "ma mutuelle, ces escrocs", "mon ancien patron, ce gros con", "mon ex (ce connard"
    rf"\b{_OWNER} ?{_PARTY}\b{_TAIL},? \(?(?:ce|cet|cette|ces|quel|quelle|quels|quelles|un|une|des) ?{_ADJECTIVE}"
    rf"{_INSULT}\b"
    # "mon proprio est un vrai salaud", "les voisins du dessus sont des abrutis", "mon ex est un connard fini"
    rf"|\b{_OWNER} ?{_PARTY}\b{_TAIL} {_BE} ?{_DETERMINER}{_ADJECTIVE}{_INSULT}\b"
    # "ce salaud de proprio", "cet escroc de garagiste", "ces voleurs d'assureurs"
    rf"|\b(?:ce|cet|cette|ces|mon|ma|mes|un|une|des|le|la|les|quel|quelle) {_ADJECTIVE}{_INSULT}"
    rf" (?:de |d'){_PARTY}s?\b"
    # "mon assureur refuse d'indemniser, j'en ai marre de ces escrocs": the party named earlier in the sentence, the
    # insult a demonstrative pointing back at it, nothing of the office (nor "vous") in between.
    rf"|\b{_OWNER} ?{_PARTY}\b{_BETWEEN} (?:de |d')?(?:ce|cet|cette|ces) {_ADJECTIVE}{_INSULT}\b"
)


def without_insults_at_others(folded: str) -> str:
    """The folded text with the insults said of a private party or a relative blanked out (what the abusive rules
    read)."""
    return AIMED_AT_OTHERS.sub(" ", folded)


def insults_others(folded: str) -> bool:
    """Whether the folded text insults a private party or a relative (the office's people are not among them)."""
    return bool(AIMED_AT_OTHERS.search(folded))


# The office insulted too, in words the rules may not know ("et vous aussi", "comme vous", "vous êtes pareils").
_OFFICE_TOO = re.compile(
    r"\bvous (?:aussi|etes|n'etes|pareils?|tous)\b|\b(?:comme|autant que|pire que) vous\b|\bet (?:la|votre) "
    r"(?:caf|cpam|msa|mairie|prefecture|administration|caisse)\b|\bvos (?:agents|services|conseillers)\b"
)


def insults_only_others(folded: str) -> bool:
    """The folded text insults a private party or a relative and says nothing that turns on the office: the
    model's abusive, learned from insults at the office, is not kept there (`triage.triage`)."""
    return insults_others(folded) and not _OFFICE_TOO.search(without_insults_at_others(folded))
