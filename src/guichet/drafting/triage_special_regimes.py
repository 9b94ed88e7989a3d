"""A special social-security regime's benefit asked of the CPAM (thirty-seventh pass of issue 12, engineer-dk).

dg-013: "je suis marin-pêcheur inscrit maritime, je cotise à l'ENIM depuis 15 ans … Je voudrais que la CPAM me verse
mes indemnités journalières … Ma femme est chez vous pour sa carte vitale donc je me suis dit que c'était pareil."
The daily allowances, the refunds of care and the sick leave of a sailor are the ENIM's, not the CPAM's; the same
holds for the other special regimes that run their own health insurance (the CNMSS for the military, the CRPCEN
for notaries' staff, the CAMIEG for the electricity and gas industries, the CPRP for the SNCF's staff, the CAVIMAC
for ministers of religion). The competence map read "indemnités journalières" as the CPAM's own topic and vetoed
the model's out of scope (0.35).

`special_regime_asked_of_cpam(profiles, text)` holds when the office written to is the CPAM, the writer says, in
the present, that they belong to one of these funds ("je cotise à l'ENIM", "je suis affilié à la CNMSS", "inscrit
maritime"), and the message asks about a health benefit (daily allowances, sick leave, refunds). A writer who
has left the regime ("je dépendais de l'ENIM", "j'étais affilié") is the CPAM's new member and stays in scope.
Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

SPECIAL_REGIME_RULE = True

_FUNDS = (
    r"(?:l'|la |le )?(?:enim|etablissement national des invalides de la marine|cnmss|caisse nationale militaire"
    r"|crpcen|camieg|cprp(?: sncf)?|caisse de prevoyance (?:et de retraite )?(?:du personnel )?de la sncf|cavimac"
    r"|regime (?:special )?des marins|securite sociale des marins|regime (?:special )?militaire)\b"
)
_MEMBER = re.compile(
    r"\b(?:je (?:cotise|suis (?:affiliee?|inscrite?|rattachee?|assuree?|couverte?)|depends|releve)"
    r"|(?:affiliee?|inscrite?|rattachee?|assuree?) (?:a|au|aupres de)|mon regime(?: c'est| est)|ma caisse(?: c'est"
    r"| est))(?: \w+){0,3}? (?:a |au |aupres (?:de |du )|de |du |chez )?" + _FUNDS + r"|\binscrite? maritime\b"
)
_HEALTH_ASK = re.compile(
    r"\bindemnites journalieres\b|\bij\b|\barret (?:de travail|maladie)\b|\brembours\w*\b|\bsoins\b"
)

SPECIAL_REGIME: dict[str, str] = {
    "topic": "regime_special_de_securite_sociale",
    "body": "la caisse du régime spécial de la personne (ENIM pour les marins, CNMSS pour les militaires, CRPCEN "
    "pour les clercs et employés de notaire, CAMIEG pour les industries électriques et gazières, CPRP pour le "
    "personnel de la SNCF, CAVIMAC pour les cultes), qui verse ses indemnités et rembourse ses soins",
    "service": "l'espace personnel ou l'accueil de cette caisse",
}


def special_regime_asked_of_cpam(profiles: set[str], text: str) -> bool:
    """The CPAM asked for a health benefit by a member of a special regime's own fund."""
    if "maladie" not in profiles:
        return False
    folded = fold(text)
    return bool(_MEMBER.search(folded)) and bool(_HEALTH_ASK.search(folded))
