"""Thirty-first pass (engineer-r39): the tax status of an income or a benefit (`TAX_ASK`, `TAX_STATUS_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# Thirty-first pass (engineer-r39): the tax status of an income or a benefit, asked beside the situation that brought
# it ("je touche l'AAH et je reprends un travail : dois-je déclarer l'AAH ?", "j'ai signé une rupture conventionnelle,
# l'indemnité est-elle imposable ?"). The names in such a message (AAH, rupture conventionnelle, chômage) point to the
# thing's own fiche, which says what it is and who gets it; the question asked is answered by the income tax's fiche
# for that income. Each entry is one income and the tax question within `TAX_REACH` characters, either order; its
# source is the tax fiche's title. `asked_status`: asked in the subject or an ask, the other names become context.
# A tax question: taxable, taxed, declared to the tax office or on the return, the return itself, the income tax.
TAX_ASK = (
    # not the writer's own status told ("je suis pas imposable", "nous ne sommes pas imposables")
    r"(?<!suis pas )(?<!suis non )(?<!sommes pas )(?<!sommes non )imposab\w*|\bimposition\b"
    r"|(est|sont)(.ce| il| elle| ils| elles)? (impose|imposee|imposes|imposees)\b"
    r"|impose\w* (sur le revenu|a l.impot)|(soumise?s?|assujettie?s?) a l.impot"
    r"|declar\w*( [\w'-]+){0,4} (aux|au|aupres des) (impots?|fisc)\b"
    r"|(declar\w*|mettre|mets|met|inscrire|indiquer|ajouter|figurer|apparai\w*|reporter)( [\w'-]+){0,4} (sur|dans) "
    r"(ma|la|notre|sa|mes|nos|leur|votre) (declaration|feuille d.impots?)"
    r"|(?<!propre )(?<!premiere )declarations? (de revenus|d.impots?|fiscales?|des revenus|de mes revenus"
    r"|sur le revenu)"
    r"|impots? sur le revenu|feuille d.impots?|payer (des |l.)?impots? (dessus|sur (ca|cette|cet|ces|cela))"
    r"|\bfiscalement\b|\bau fisc\b"
)
TAX_REACH = 150
_SEVERANCE = (
    r"indemnit\w* (de |d.|du )?(licenciement|rupture|depart|fin de contrat|fin de cdd|precarite|preavis"
    r"|conges? payes|non.concurrence|transaction\w*|mise a la retraite)|rupture conventionnelle|prime (de |d.)?"
    r"(precarite|depart|fin de contrat)|indemnite de rupture|cheque de depart|indemnit\w* (de |d.)?(licenc|rupture)"
)
_UNEMPLOYMENT = (
    r"chomage|allocations? (d.aide au retour a l.emploi|de retour a l.emploi)|allocations? chomage|preretraite"
    r"|indemnites? (de |du )?(chomage|pole emploi|france travail)|\bass\b|allocation de solidarite specifique"
)
_STARTUP_AID = r"arce|aide a la (creation|reprise) d.(une )?entreprise|nacre"
_INVALIDITY = (
    r"(pension|rente|allocation)s? (\w+ )?(d.|de mon |de l.)?invalidite|en invalidite|invalidite (categorie|cat)"
    r"|rente (d.)?(accident du travail|incapacite|at\b)|rente (de la |de |d.)?(secu|securite sociale|cpam)"
)
_SICK_PAY = (
    r"indemnites? journalieres?|\bij\b|arrets? (de travail|maladie)|conges? (de )?(maternite|paternite)"
    r"|(mon|en|d.) arret (de |apres )"
)
_MAINTENANCE_RECEIVED = (
    r"(je (recois|touche|percois)|(me|nous) (verse|donne|paie|paye)|recue?s?|percue?s?|(il|elle) (me )?verse)"
    r"( \w+){0,6} pension\w* alimentaire\w*|pension\w* alimentaire\w*( \w+){0,6} (que je (recois|touche|percois)"
    r"|(qu.il|qu.elle|qu.ils) (me|nous) (verse|donne|paie|paye)\w*|(recue?s?|percue?s?|versee?s? par))"
)
_PENSION = (
    r"(ma|sa|leur|notre|mes) (\w+ )?(pension|retraite)s?( de retraite| de base| complementaire)?\b"
    r"(?! (\w+ )?(alimentaire|d.invalidite|de reversion))|pensions? de retraite|retraite complementaire|agirc|arrco"
)
_APPRENTICE = r"apprenti\w*|alternan\w*|contrat d.apprentissage"
_EMPLOYEE_SAVINGS = (
    r"epargne salariale|\bpee\b|\bperco\b|\bpei\b|plan d.epargne (d.)?(entreprise|salariale|groupe)"
    r"|participation|interessement|debloqu\w* (mon|ma|mes|le|la) (pee|epargne|participation|interessement)"
)
_CARPOOL = r"covoitur\w*|blablacar|blabla car"
_EMPLOYER_GIFT = (
    r"(cadeaux?|cheques?.cadeaux?|bons? d.achat|carte.cadeau)( \w+){0,5} (de |par |du |d.)?(mon |l.|notre )?"
    r"(employeur|patron|entreprise|\bce\b|\bcse\b|comite d.entreprise|boite|societe)"
    r"|(employeur|patron|\bce\b|\bcse\b|comite d.entreprise)( \w+){0,5} (cadeaux?|cheques?.cadeaux?|bons? d.achat"
    r"|cartes?.cadeaux?)"
)
_CARER = r"aidante? familiale?|aidante?s? (de|pour) (mon|ma|mes)|dedommag\w*|proche aidante?"
_CHILD_EARNS = (
    r"(mon|notre) (fils|fille|enfant|ado|grand) (\w+ ){0,8}(a travaille|travaille|a fait (la|une) saison|job"
    r"|salaire|gagne|saisonnier|stage|gratification|petit boulot|interim)|(job|salaire|boulot|saison|paie|stage)"
    r"( d.ete)? (de |d.)(mon|notre) (fils|fille|enfant|ado)"
)
_BENEFIT_IN_KIND = r"avantages? en nature|voiture de (fonction|service)|logement de fonction|repas (fournis|offerts)"


def _tax_status(income: str, expansion: str, fiche: str, title: str, unless: str = "") -> Term:
    return Term(
        _around(rf"\b(?:{income})\b", TAX_ASK, TAX_REACH),
        expansion,
        (fiche,),
        f"{fiche} « {title} »",
        unless=unless,
        asked_status=True,
    )


TAX_STATUS_TERMS: tuple[Term, ...] = (
    _tax_status(
        _SEVERANCE,
        "impôt sur le revenu indemnités de fin de contrat imposables exonérées",
        "F408",
        "Impôt sur le revenu - Indemnités de fin de contrat",
    ),
    _tax_status(
        _UNEMPLOYMENT,
        "impôt sur le revenu allocation chômage imposée imposable",
        "F410",
        "Impôt sur le revenu : l'allocation chômage ou de préretraite est-elle imposée ?",
        # the Arce's own entry (F1253); a starting business's profits
        unless=r"\barce\b|aide a la (creation|reprise) d.(une )?entreprise",
    ),
    _tax_status(
        _STARTUP_AID,
        "impôt sur le revenu chômeur créateur d'entreprise Arce imposable",
        "F1253",
        "Impôt sur le revenu : un chômeur créateur d'entreprise est-il imposable ?",
    ),
    _tax_status(
        _INVALIDITY,
        "impôt sur le revenu déclarer les sommes liées à l'invalidité pension d'invalidité imposable",
        "F3169",
        "Impôt sur le revenu - Déclarer les sommes liées à l'invalidité",
    ),
    _tax_status(
        _SICK_PAY,
        "impôt sur le revenu indemnités d'arrêt de travail imposées indemnités journalières",
        "F3152",
        "Impôt sur le revenu : comment sont imposées les indemnités d'arrêt de travail ?",
    ),
    _tax_status(
        _MAINTENANCE_RECEIVED,
        "impôt sur le revenu pensions alimentaires reçues déclarer",
        "F3170",
        "Impôt sur le revenu - Pensions alimentaires reçues",
    ),
    _tax_status(
        _PENSION,
        "impôt sur le revenu déclarer les pensions de retraite",
        "F415",
        "Impôt sur le revenu - Déclarer les pensions de retraite",
    ),
    _tax_status(
        _APPRENTICE,
        "salaire d'un apprenti imposé exonéré impôt sur le revenu",
        "F11249",
        "Comment est imposé le salaire d'un apprenti ?",
    ),
    _tax_status(
        _EMPLOYEE_SAVINGS,
        "impôt sur le revenu déclarer l'épargne salariale",
        "F487",
        "Impôt sur le revenu : faut-il déclarer l'épargne salariale ?",
    ),
    _tax_status(
        _CARPOOL,
        "impôt sur le revenu déclarer les revenus du covoiturage",
        "F33879",
        "Impôt sur le revenu : faut-il déclarer les revenus du covoiturage ?",
    ),
    _tax_status(
        _EMPLOYER_GIFT,
        "impôt sur le revenu déclarer les cadeaux de l'employeur",
        "F23382",
        "Impôt sur le revenu : faut-il déclarer les cadeaux de l'employeur ?",
    ),
    _tax_status(
        _CARER,
        "aidant familial déclarer ses revenus dédommagement impôt",
        "F32829",
        "Comment un aidant familial doit-il déclarer ses revenus ?",
    ),
    _tax_status(
        _CHILD_EARNS,
        "impôt sur le revenu déclarer les sommes perçues par son enfant salaire d'un étudiant rattaché",
        "F1228",
        "Impôt sur le revenu - Déclarer les sommes perçues par son enfant",
    ),
    _tax_status(
        _BENEFIT_IN_KIND,
        "impôt sur le revenu avantages en nature",
        "F1226",
        "Impôt sur le revenu - Avantages en nature",
    ),
)
