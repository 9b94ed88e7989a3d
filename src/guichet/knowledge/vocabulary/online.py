"""Thirty-second pass, second shift (engineer-r43): people lost in online procedures (`ONLINE_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# Thirty-second pass, second shift (engineer-r43): people lost in online procedures. A message that lured them (a
# text or a mail with a link, asking for a card number or a payment "sous peine de…"), money gone from the account
# after a card number was given, someone else filing the carte grise for them, a carte grise the post sent back, and
# the address change written without its "d'". Each entry is a situation told in everyday words; its source is the
# fiche's title (and, for the post, the fiche's own words).
_RECEIVED_LURE = (
    r"(recu|recois|recoit|envoye) (un |une |des |plusieurs )?(sms|textos?|mails?|e.mails?|courriels?|messages?)"
)
_LURE_ASKS = (
    r"lien|cliqu\w*|carte bancaire|coordonnees bancaires|frais d.envoi|sous peine|soi.disant|faux|fausse"
    r"|arnaque\w*|escroquerie"
)
_CARD_GIVEN = r"carte bancaire|coordonnees bancaires|numero de (ma |la )?carte|code de (ma |la )?carte"
_MONEY_GONE = (
    r"(il manque|manquent?|preleve\w*|debite\w*|retire\w*|vole\w*|disparu\w*)( \w+){0,3} \d+[ ,.]?\d* ?(euros?|e)\b"
    r"|\d+[ ,.]?\d* ?(euros?|e) (ont ete |a ete |m.ont ete )?(preleve\w*|debite\w*|retire\w*|vole\w*|disparu\w*)"
    r"|(prelevements?|achats?|paiements?|virements?) (que je n.ai (pas|jamais) fait|inconnu\w*|frauduleu\w*)"
)
_CARTE_GRISE = r"carte grise|certificat d.immatriculation"
_KIN_HELPER = (
    r"(fils|fille|petite?.(fils|fille)|voisine?|neveu|niece|gendre|belle.fille|ami|amie|quelqu.un)\b( \w+){0,3} "
    r"(faire|fasse|fait|remplir|s.occuper de) (la |ma |sa |une )?(demande de )?(" + _CARTE_GRISE + r")"
)
ONLINE_TERMS: tuple[Term, ...] = (
    Term(
        _around(_RECEIVED_LURE, _LURE_ASKS, 250),
        "hameçonnage phishing faux message",
        ("F34800",),
        "F34800 « Phishing (hameçonnage) »",
    ),
    Term(
        _around(_CARD_GIVEN, _MONEY_GONE, 300),
        "fraude à la carte bancaire opération non autorisée remboursement",
        ("F31324",),
        "F31324 « Fraude à la carte bancaire »",
    ),
    Term(
        r"(?s:" + _KIN_HELPER + r"|(" + _CARTE_GRISE + r").{0,20}(a ma place|pour moi)"
        r"|procuration.{0,80}(" + _CARTE_GRISE + r")|(" + _CARTE_GRISE + r").{0,80}procuration)",
        "procuration à un tiers demande de carte grise",
        ("F21103",),
        "F21103 « Peut-on faire une procuration à un tiers pour une demande de carte grise ? »",
    ),
    Term(
        _around(
            _CARTE_GRISE,
            r"reparti\w*|retourne\w* a l.expediteur|renvoye\w* a l.expediteur|avis de passage|le facteur",
            250,
        ),
        "délai de réception carte grise avis de passage retourné à l'expéditeur",
        ("F11475",),
        "F11475 « Dans quel délai reçoit-on sa carte grise ? » (« Passé ce délai, le titre est retourné à "
        "l'expéditeur »)",
    ),
    Term(
        r"(roule\w*|circule\w*|utilise\w*) avec (mes|ma|nos|notre|les memes) (plaques?|immatriculation|numero)"
        r"|(mes|ma|nos) plaques? (d.immatriculation )?(ont ete |a ete |sont |est )?"
        r"(copiee?s?|clonee?s?|usurpee?s?|dupliquee?s?)"
        r"|fausses? plaques|doublette",
        "usurpation de plaques d'immatriculation doublette",
        ("F34375",),
        "F34375 « Usurpation de plaques d'immatriculation »",
    ),
    Term(
        r"changement adresse.{0,80}carte grise",
        "changement d'adresse carte grise",
        ("F12118",),
        "F12118 « Changer l'adresse sur sa carte grise »",
    ),
)
