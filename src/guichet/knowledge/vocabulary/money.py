"""Thirtieth pass (engineer-r38): money trouble told without the procedure's name (`MONEY_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term

# Money trouble (thirtieth pass, engineer-r38): the writer tells the situation a procedure answers without its name.
_TAX_DUE = r"impots?|taxe (fonciere|d.habitation)|taxe|tresor public|finances publiques"
_CANNOT_PAY = (
    r"pas de quoi (la |le |les )?payer|(ne )?(peux|peut|pouvons|pourrai) pas (la |le |les )?payer"
    r"|impossib\w+ de (la |le |les )?payer|(pas|plus) les moyens|incapables? de (la |le |les )?payer"
)
_NOT_ALL = (
    r"ne pas (la |le |les )?payer( du tout)?|(n.en |en )?payer (qu.)?une partie|annul\w*|remise|reduction"
    r"|reduire|diminuer|baisser|effac\w*"
)
_CREDITOR = r"huissiers?|commissaires? de justice|saisies?|creanciers?"
_PAY_SLIP = r"(sur|de) (ma|mon|la|le) (paye|paie|salaire|remuneration|fiche de paie)"
_LENT = (
    r"(j.ai|je lui ai|je leur ai|nous (lui |leur )?avons|on (lui |leur )?a|j.avais|je lui avais) (\w+ ){0,2}"
    r"(prete|avance)e?s?"
)
_NOT_REPAID = (
    r"ne (me |nous )?(l.|les )?(a |ont )?(\w+ )?(rembours\w*|rend\w*|pai\w*|pay\w*)( \w+)? (pas|plus|jamais|rien"
    r"|toujours pas)|refuse\w* de (me |nous )?(le |la |les )?(rembourser|rendre|payer)|(me|nous) doi(t|vent)"
    r"|toujours pas (rembourse|rendu|paye)"
)
MONEY_TERMS: tuple[Term, ...] = (
    # F34392 « Impossibilité de payer son impôt : demande de remise gracieuse » (« vous pouvez demander une réduction
    # de la somme que vous devez aux impôts »): a tax the writer cannot pay, and the wish to pay none or part of it
    # (not a delay: "étaler" is F3124's).
    Term(
        r"(?s:(\b("
        + _TAX_DUE
        + r")\b.{0,200}?\b("
        + _CANNOT_PAY
        + r")\b|\b("
        + _CANNOT_PAY
        + r")\b.{0,100}?\b("
        + _TAX_DUE
        + r")\b).{0,300}?\b("
        + _NOT_ALL
        + r")\b)",
        "remise gracieuse impossibilité de payer son impôt réduction de la somme due",
        ("F34392",),
        "F34392 « Impossibilité de payer son impôt : demande de remise gracieuse »",
        unless=r"\b(etaler|echelonn\w*|en plusieurs fois|delai de paiement)\b",  # a delay asked: F3124
    ),
    # F115 « Saisie sur salaire (ou "saisie des rémunérations") » (« obtenir… une partie des rémunérations d'un
    # débiteur salarié »): a bailiff or a creditor taking part of the pay, told without the procedure's name.
    Term(
        r"(?s:\b("
        + _CREDITOR
        + r")\b.{0,300}?\b"
        + _PAY_SLIP
        + r"\b|\b"
        + _PAY_SLIP
        + r"\b.{0,300}?\b("
        + _CREDITOR
        + r")\b)",
        "saisie sur salaire saisie des rémunérations part saisissable",
        ("F115",),
        'F115 « Saisie sur salaire (ou "saisie des rémunérations") »',
    ),
    # F21375 « Microcrédit personnel » (« un crédit destiné aux personnes exclues du système bancaire classique »):
    # its name, and the everyday "crédit social" / "prêt social".
    Term(
        r"micro.?credits?|micro.?prets?|(petits? )?(credits?|prets?) sociale?s?",
        "microcrédit personnel exclues du système bancaire",
        ("F21375",),
        "F21375 « Microcrédit personnel »",
    ),
    # F1746 « Injonction de payer - Recouvrement de créances » (« pour récupérer une dette impayée… »): money the
    # writer lent and that is not paid back.
    Term(
        r"(?s:\b" + _LENT + r"\b.{0,250}?\b(" + _NOT_REPAID + r")\b)",
        "injonction de payer recouvrement de créances récupérer une dette impayée",
        ("F1746",),
        "F1746 « Injonction de payer - Recouvrement de créances »",
    ),
)
