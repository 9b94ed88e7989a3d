"""Work and wages in the employee's words (`WORK_NAMES`, thirty-sixth pass, engineer-r52).

Each entry names its fiche with the fiche's title as its source (the DILA snapshot of 12 November 2020):

* wages not paid ("mon patron me paie plus depuis 3 mois", "deux mois de salaire pas payés") are the fiche on the
  payment of wages, F2308 « Paiement du salaire » (when and how the employer must pay, what to do when he does not);
  not a firm in liquidation or receivership (its employees are paid by the AGS: F2337 « Entreprise en difficulté
  financière : qu'est-ce que la garantie des salaires ? »), nor overtime, a sick leave's pay, short-time work or a
  day off (their own fiches: F2391, F3053, F13898, F151);
* paid leave not taken at a contract's end ("14 jours de congés pas pris … le solde de tout compte") is paid as the
  F24661 « Indemnité compensatrice de congés payés »;
* the IHTS are the civil servants' overtime pay: F32787 « Indemnités horaires pour travaux supplémentaires (IHTS) »
  and the overtime fiches of the three civil services (F32390 FPT, F593 FPE, F595 FPH), the one of the writer's
  service first (`rerank._situation_fit`).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

_LEAVE_LEFT = (
    r"conges? (payes? )?(non pris|pas pris|pas poses?|restants?|qu.il me rest\w*)"
    r"|jours (de conges? )?(non pris|pas pris|restants)"
)
_CONTRACT_END = (
    r"fin (du|de mon|de ma|de son|de notre|de mon dernier) (contrat|cdd|cdi|mission|preavis)|solde de tout compte"
    r"|quitte\w*|demission\w*|licencie\w*|termine\w*|depart de l.entreprise"
)

WORK_NAMES: tuple[Term, ...] = (
    Term(
        r"(mon|notre|le) (patron|employeur) (ne )?(me |nous )?(paie|paye|verse|vire)\w* (plus|pas|jamais|rien)"
        r"|(mon |mes |notre |nos |le |les )?(salaires?|paies?) (de \w+ )?(n.a |n.ont |ne sont |n.est )?"
        r"(toujours )?(pas|jamais|plus|non) (ete )?(verses?|versees?|payes?|payees?|recus?|vires?)"
        r"|mois de salaires? (impayes?|pas payes?|non payes?|non verses?|pas verses?)|salaires? impayes?"
        r"|ne (m|nous).a (toujours )?pas (verse|paye|vire) (mon|notre|nos|mes|le|les) salaires?",
        "paiement du salaire salaire non versé date de paiement",
        ("F2308",),
        "F2308 « Paiement du salaire »",
        unless=(
            r"liquidation|redressement judiciaire|faillite|mandataire|heures? sup|heures (en plus|au.dela)"
            r"|arret (maladie|de travail)|chomage partiel|activite partielle|enfant malade|locataire|loyer impaye"
        ),
    ),
    Term(
        around(_LEAVE_LEFT, _CONTRACT_END, reach=150),
        "indemnité compensatrice de congés payés congés non pris fin du contrat",
        ("F24661",),
        "F24661 « Indemnité compensatrice de congés payés »",
    ),
    Term(
        r"ihts|indemnites? horaires? (pour )?travaux supplementaires",
        "indemnités horaires pour travaux supplémentaires heures supplémentaires fonction publique",
        ("F32787", "F32390", "F593", "F595"),
        "F32787 « Indemnités horaires pour travaux supplémentaires (IHTS) » ; F32390, F593, F595 « Heures "
        "supplémentaires dans la fonction publique territoriale (FPT) / d'État (FPE) / hospitalière (FPH) »",
    ),
)
