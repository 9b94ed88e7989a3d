"""Another person's file asked of an office by someone with no standing (twentieth pass of issue 12).

A public office never tells a creditor, a landlord, a neighbour, an employer or an ex what it knows of a person
(professional secrecy, GDPR): where that person lives or works, what they are paid or owe, whether their tax notice
or sick leave is genuine. Such a request is out of scope: the writer is told that only the person, or a court's
officer with a title, can obtain it. Motivated by az-078 (a debt collector asking the CPAM for a debtor's address
and employer), az-125 (a young landlord asking the tax office whether a candidate's tax notice is genuine), ay-146
(a neighbour's pension) and the batch bd (written for it: a former employee's benefits, a colleague's sick leave, a
competitor's contributions, a daughter's partner's RSA).

The rule reads three things on folded text: the writer stands against a person with no standing of their own
(`_PARTY`, the parties the corpora's writers name: a debtor, a tenant or candidate, a neighbour, a former employee,
a colleague, a competitor, an ex); an ask to disclose or check that person's data (`_DISCLOSE`: their address,
employer, income, pension, benefits, tax notice, sick leave, "combien il touche", "s'il perçoit", "si son avis est
authentique"); and no standing of the writer (`_STANDING`: a mandate or a procuration, a guardianship, a social
worker or a volunteer acting with the person's consent). Where the writer speaks of their own file, the third
person is theirs: "mon ex ne me verse pas la pension" is the writer's own case, not a disclosure.
"""

import re

# Switches (measured on and off in the twentieth pass).
THIRD_PARTY_RULE = True
PRIVATE_ADVICE_RULE = True
# Twenty-first pass: another person's address or number asked by anyone, a relative too (`asks_whereabouts`).
WHEREABOUTS_RULE = True

THIRD_PARTY_DATA: dict[str, str] = {
    "topic": "donnees_d_un_tiers",
    "body": "la personne concernée elle-même : l'administration ne communique ni ne vérifie les informations d'un "
    "tiers (secret professionnel) ; un créancier muni d'un titre exécutoire passe par un commissaire de justice",
    "service": "la personne peut demander elle-même ses attestations dans son espace en ligne et les transmettre ; "
    "un mandat ou une procuration signée permet d'agir pour un proche",
}
PRIVATE_ADVICE: dict[str, str] = {
    "topic": "conseil_financier_prive",
    "body": "votre banque, votre assureur ou un conseiller en gestion de patrimoine : aucune administration ne "
    "conseille un placement, un crédit ou une assurance",
    "service": "Assurance Banque Épargne Info Service (abe-infoservice.fr, Banque de France, ACPR et AMF)",
}

# A person the writer stands against or beside with no standing (the roles named in the corpora: az, ay, bd, x).
_PARTY = re.compile(
    r"\b(?:(?:mon|ma|notre|un|une|le|la|ce|cet|cette|l'|d'un|d'une|du|de la|de mon|de ma) ?"
    r"(?:voisine?s?|locataires?|candidate?s?|debiteurs?|debitrices?|ancien(?:ne)? salariee?|ancien(?:ne)? employee?"
    r"|salariee?|collegues?|concurrente?s?|ex|ex-(?:mari|femme|compagnon|compagne)|ancien(?:ne)? (?:compagnon|compagne"
    r"|concubin|concubine|conjoint|conjointe|locataire)|beau-frere|belle-soeur|futur gendre|copain de ma fille"
    r"|copine de mon fils|associee?|patron|employeur|gerant"
    # Twenty-second pass: the writer's own staff, asked about by their employer (engineer-bj).
    r"|vendeur|vendeuse|employe|apprentie?|ouvriere?|serveur|serveuse|caissiere?|livreur|livreuse"
    # Twenty-third pass: a flatmate (bi-037, a colocataire's sick leave asked of the CPAM).
    r"|colocataires?))\b"
    # A person the writer lets a home to ("je loue un studio à une jeune femme").
    r"|\bje (?:loue|sous-loue) (?:un|une|mon|ma|l'|notre)\b[^.!?\n]{0,40}? a (?:un|une)\b"
    r"|\bun(?:e)? de vos (?:assures?|allocataires?|contribuables?|usagers?|beneficiaires?)\b"
    r"|\b(?:procedure|dossier|cabinet) de recouvrement\b|\bnotre client\b"
    r"|\b(?:un|une) (?:autoentrepreneur|auto-entrepreneur|artisan|garcon|fille|monsieur|dame) (?:qui|que|dont)\b"
)
# Their data asked for or to be checked.
_THEIR_DATA = (
    r"(?:nouvelle |actuelle )?adresse|employeur|salaire|revenus?|retraite|pension|indemnites?(?: journalieres)?"
    r"|allocations?|aides?|rsa|apl|chomage|compte(?: bancaire)?|rib|arret(?: maladie| de travail)?|dossier"
    r"|avis d'imposition|declaration|situation|chiffre d'affaires|cotisations|benefices?|numero"
)
_DISCLOSE = re.compile(
    r"\b(?:communiquer|donner|indiquer|dire|transmettre|confirmer|verifier|montrer|savoir|connaitre|consulter"
    r"|me preciser|nous preciser)\b(?: \S+){0,3}? (?:son|sa|ses|leur|leurs)"
    rf" (?:{_THEIR_DATA})\b"
    r"|\bcombien (?:il|elle|ils|elles) (?:touche|touchent|percoit|percoivent|gagne|gagnent|paie|paient|declare)"
    # Twenty-second pass: said in the past, or with the party named ("combien la candidate touchait au chômage"),
    # and the illness behind a sick leave ("quelle maladie il a").
    r"|\bcombien (?:il|elle|ils|elles) (?:touchai|percevai|gagnai|declarai|payai)(?:t|ent)\b"
    r"|\bcombien (?:le|la|l'|mon|ma|son|sa|ce|cet|cette) ?(?:\w+ ){0,2}?(?:touch|percev|percoi|gagn)(?:e|ait|aient"
    r"|ent|t)\b"
    r"|\bquelle maladie (?:il|elle) a\b|\bde quoi (?:il|elle) (?:souffre|est malade)\b"
    r"|\b(?:le motif|la raison|la cause) de son arret\b"
    r"|\bcombien (?:touche|percoit|gagne|declare)-t-(?:il|elle)\b"
    r"|\bcombien (?:vous )?lui versez\b|\bcombien lui verse[zs]?-vous\b"
    r"|\bs'(?:il|ils) (?:touche|percoit|travaille|declare|paie|est au chomage|est inscrit)"
    r"|\bsi (?:elle|elles) (?:touche|percoit|travaille|declare|paie|est au chomage|est inscrite)"
    r"|\bsi (?:son|sa|cet|ce|cette) (?:arret|avis|document|declaration|attestation)\b(?: \S+){0,4}?"
    r" (?:est|sont|etait) (?:bien |vraiment )?(?:vraie?|authentique|reelle?|faux|fausse|bidon)"
    r"|\bsi (?:ce|cet) (?:document|avis)\b(?: \S+){0,3}? est (?:bien |vraiment )?(?:vrai|authentique|reel)"
    r"|\bs'(?:il|elle) est (?:bien |vraiment )?(?:vrai|authentique|reel|faux)\b"
    # Twenty-third pass: whether the party's sick leave is real ("me dire si elle est vraiment en arrêt", bi-037).
    r"|\bsi (?:il|elle) est (?:bien |vraiment |reellement )?en arret\b"
    r"|\bce qu'(?:il|elle) a (?:vraiment )?declare\b|\bquel revenu (?:il|elle) a\b"
    # Twenty-first pass: the yes-or-no question on the party's benefit ("mon voisin touche-t-il le RSA ?").
    r"|\b(?:touche|percoit|beneficie)-t-(?:il|elle) (?:le|la|l'|les|des|une|un|de|d'|du|encore|toujours)"
)
# Standing: the writer acts for the person (a mandate, a guardianship, a social worker with consent).
_STANDING = re.compile(
    r"\b(?:procurations?|mandats?|mandatee?|tut(?:eur|rice|elle)|curat(?:eur|rice|elle)|habilitation familiale"
    r"|assistante? sociale?|travailleu(?:r|se) social|educat(?:eur|rice)|avec son accord|avec leur accord"
    r"|a sa demande|pour son compte|sur sa demande|en son nom|benevoles?|interpretes?|j'accompagne"
    r"|je vous ecris pour (?:m|mme|monsieur|madame|mon|ma))\b"
)


# A bank's, an insurer's or an adviser's business asked of a public office: which product, loan or investment to
# choose (az-146: "si c'est un bon placement, ou nous conseiller un produit plus intéressant"; bd: a borrower's
# insurance, a life insurance against a savings account, the best rate for a loan). The complémentaire santé
# solidaire is a public scheme: a "mutuelle" is no private product here.
_ADVICE = re.compile(
    r"\b(?:(?:me|nous|m'|lui|leur) (?:conseiller|recommander)|conseillez|recommandez|a votre avis|votre avis"
    r"|vous feriez|a ma place|meilleur(?:e)? (?:taux|offre)|bon placement|mieux placer)\b"
)
_PRIVATE_PRODUCT = re.compile(
    r"\b(?:assurance[- ]vie|assurance emprunteur|placements?|unites de compte|livrets?|rachat de (?:mes )?credits?"
    r"|credits? (?:immobiliers?|conso\w*|auto)|pret immobilier|banques?|banquier|taux (?:d'interet|du credit)"
    r"|bourse|actions|crypto\w*|scpi)\b"
)


# Twenty-first pass: where a person lives or how to reach them, asked by anyone without standing — a relative too
# (bb: a son's address asked of the CAF by his mother; engineer-bg: an adult son who stopped writing, a former tenant
# gone without paying, a friend's phone number). An office gives nobody another adult's address or number; the
# relative may write to the person through the office only by a court's or a mediator's means. The data named
# (their address, their number, where they live) and an ask to give it to the writer, close together.
_WHEREABOUTS = (
    r"(?:son|sa|leur|leurs) (?:nouvelle |actuelle |derniere |vraie )?(?:adresse|coordonnees|numero de (?:telephone"
    r"|portable|mobile)|telephone|portable|mail|e-mail|adresse mail)"
    r"|le numero (?:de telephone |de portable )?(?:de|d') ?(?:mon|ma) (?:ami|amie|copain|copine|cousin|cousine|fils"
    r"|fille|frere|soeur|pere|mere|voisin|voisine|ex)"
    r"|(?:ou|dans quelle ville) (?:il|elle|ils|elles) (?:habite|habitent|vit|vivent|demeure|loge|logent|est parti)"
)
_GIVE_ME = (
    r"(?:(?:me|nous) (?:la |le |les |l')?|(?:la |le |les |l')?(?:me|nous) )(?:communiquer|donner|indiquer|transmettre"
    r"|dire|envoyer|fournir|preciser)"
    r"|(?:communiquez|donnez|indiquez|transmettez|dites|envoyez)-(?:la-|le-|les-)?(?:moi|nous)"
)
_GIVE_ME_IT = (
    r"(?:me|nous) (?:la|le|les|l') ?(?:communiquer|donner|indiquer|transmettre|dire|envoyer|fournir)"
    r"|(?:communiquez|donnez|indiquez|transmettez|dites|envoyez)-(?:la|le|les)-(?:moi|nous)"
)
_WHEREABOUTS_ASKED = re.compile(
    rf"\b(?:{_GIVE_ME})\b(?: \S+){{0,4}}? (?:{_WHEREABOUTS})\b"
    # Said first, then asked by a pronoun: "son adresse… Pouvez-vous me la communiquer ?"
    rf"|\b(?:{_WHEREABOUTS})\b[^\n]{{0,120}}?\b(?:{_GIVE_ME_IT})\b"
)
# The writer's own address asked back ("me confirmer mon adresse") has no "son / sa"; a guardian or a mandate speaks
# for the person (`_STANDING`).


def asks_whereabouts(text: str) -> bool:
    """`text` (folded) asks the office for another person's address or number, without standing."""
    return bool(_WHEREABOUTS_ASKED.search(text)) and not _STANDING.search(text)


def asks_private_advice(text: str) -> bool:
    """`text` (folded) asks the office which private financial product, loan or investment to choose."""
    return bool(_ADVICE.search(text) and _PRIVATE_PRODUCT.search(text))


def asks_third_party_data(text: str) -> bool:
    """`text` (folded) asks the office to disclose or check the data of a person the writer has no standing for."""
    if _STANDING.search(text):
        return False
    return bool(_PARTY.search(text) and _DISCLOSE.search(text))
