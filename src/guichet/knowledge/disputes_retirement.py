"""Justice, disputes and retirement told in the writer's words (fifty-seventh pass, engineer-r106, issue 14).

A neighbour or a tradesman in a quarrel « il existe quelqu'un de gratuit pour trouver un arrangement sans aller
devant le juge ? », never « conciliateur de justice »; « j'ai gagné mon procès mais il ne paie toujours pas »,
never « exécution d'une décision »; « mon patron me doit trois mois de salaire, je veux l'attaquer », never
« prud'hommes »; « quand est-ce que je dois faire ma demande pour partir en octobre ? », never « démarches »;
« mon service militaire compte pour ma retraite ? », never « durée d'assurance »; « à partir de quand je pourrai
m'arrêter ? », never « âge légal ». The older entries read the names (`everyday_justice`, `career_end`,
`vocabulary.old_age`, `job_loss`), not these tellings. Each reading is a vocabulary entry
(`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`) behind its own
switch (read at call time through `silenced`, as `guichet.knowledge.family_told` does):

- `READ_FREE_SETTLEMENT`: a quarrel with a neighbour, a tradesman, a landlord or a co-owner told beside a wish to
  settle it without a trial (« quelqu'un de gratuit / de neutre », « trouver un arrangement », « sans aller devant le
  juge », « éviter un procès », « une solution amiable »): F1736 « Conciliateur de justice ». Not a dispute with an
  employer (F33833), a divorce or the children (family mediation), an administration, an insurer, a bank, the
  rental board (F1216).
- `READ_JUDGMENT_UNPAID`: a judgment won (« j'ai gagné mon procès », « le tribunal l'a condamné à me payer ») and
  the loser who still does not pay (« il ne paie pas », « rien versé », « fait le mort », « comment le forcer »):
  F1780 « Exécution d'une décision du juge civil ». Not a criminal court's damages (F1744, the victim of an
  offence), a child support unpaid (F1249), an administrative court.
- `READ_WAGES_OWED_COURT`: wages, overtime or a final pay an employer owes (« mon patron me doit », « ne m'a jamais
  payé mes heures sup ») told with a wish to sue (« l'attaquer », « le traîner », « où je dois aller », « je peux
  faire quoi contre lui »): F2360 « Saisine du conseil de prud'hommes (CPH) ». Not a civil servant, a
  childminder's parents, an employer in receivership (F2337).
- `READ_RETIREMENT_STEPS`: a retirement to come and the steps asked (« quand dois-je faire ma demande »,
  « combien de temps avant », « quels papiers », « à qui écrire », « deux dossiers ? »): F13941 « Départ en
  retraite du salarié : quelles sont les démarches à effectuer ? ». Not a survivor's pension, the Aspa, a care
  home, a civil servant.
- `READ_YEARS_COUNTED`: periods asked whether they count for the pension (« mon service militaire compte pour ma
  retraite ? », « mes arrêts maladie », « toutes ces années elles comptent ? »): F1761 « Durée d'assurance
  retraite du salarié du secteur privé ». Not unemployment (F31249), a traineeship (F32743), years of study bought
  back (F15675), a child or a relative cared for (F2574, F16336), a civil servant (F13736).
- `READ_LEAVING_AGE`: when the writer may stop working asked (« à partir de quand je pourrai partir », « à quel âge
  je peux m'arrêter », « cesser mon activité … ma pension ») : F14043 « À partir de quel âge peut-on partir en
  retraite dans le secteur privé ? », F2786 its civil-service version (the re-ranking picks the writer's). Not an
  early start (F13845), a disability or a hard job (F16337, F14101), a pension already paid.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-seventh pass, r106).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, each switch alone with the others as shipped
# (`benchmarks/retrieval_vocabulary_switch.py disputes_retirement`; docs/benchmarks.md, fifty-seventh pass, r106).
# Off: no validation gain (the brief's rule). 9 matched: train golds up 7 / down 0 (r90-003 - -> 1, v71-031 14 -> 1,
# ret-r15-005 30 -> 5, r106-035 14 -> 4, r95-033 5 -> 2, v103-32 - -> 3, r61-035 5 -> 4); validation ret-r4-039,
# r84-012 already had F1736 first and keep it.
READ_FREE_SETTLEMENT = False
# Off: no validation message matched. 3 matched, train r106-040 16 -> 1, r90-040 9 -> 1, v103-23 3 -> 1; none down.
READ_JUDGMENT_UNPAID = False
# Off: no validation message matched, no first place won. 3 matched, train r106-017 - -> 3, ret-v3-064 - -> 9
# (F1746 stays first), r52-031 stays 1; none down.
READ_WAGES_OWED_COURT = False
# On: 10 matched; validation ret-v6-025 2 -> 1, v82-010 2 -> 1 (ret-r34-016 keeps F31541 first); train r106-007
# 24 -> 1, r47-010 5 -> 1, ret-v42-018 2 -> 1, ret-v43-035 2 -> 1 (F31541, the civil servant's), v80-017 2 -> 1;
# ret-v15-027 (F10008, several schemes) stays 4; none down.
READ_RETIREMENT_STEPS = True
# Off: no validation message matched. 4 matched, train v102-13 - -> 1, r106-004 - -> 2, r106-042 6 -> 2; none down.
READ_YEARS_COUNTED = False
# On: 7 matched; validation r106-002 8 -> 1, v77-004 3 -> 2 (F12544 stays first); train v102-01 stays 2 behind F33324,
# four others keep their first; none down. A first draft without `taux plein` in `unless` took ret-r6-020 1 -> 2.
READ_LEAVING_AGE = True

# A quarrel with someone the writer can meet: a neighbour, a tradesman, a landlord, a co-owner.
_QUARREL = (
    r"voisine?s?|artisans?|plombiers?|macons?|carreleurs?|couvreurs?|peintres?|garagistes?|electriciens?"
    r"|proprietaires?|proprio|locataires?|colocataires?|conseil syndical|copropri\w*|litiges?|differends?"
    r"|conflits?|desaccords?|on ne s.entend plus|on ne se parle plus"
)
_WITHOUT_TRIAL = (
    r"(quelqu.un|une personne|un tiers|un organisme)( \w+){0,2} (de )?(gratuit|neutre|benevole|exterieur)e?s?"
    r"|(personne|quelqu.un) de neutre|un arbitre|(trouver|chercher|nous aider a trouver) (un|une) (arrangement|accord"
    r"|terrain d.entente|solution)|sans (aller|passer) (devant|au|par) (le |un )?(juge|tribunal|proces)"
    r"|(eviter|pas faire|sans faire|sans) (un |le )?proces|solution amiable( gratuite)?"
    r"|ne (veux|voudrais) pas (forcement )?(aller (au|devant le) (tribunal|juge)|faire (un )?proces)"
)
FREE_SETTLEMENT = around(_QUARREL, _WITHOUT_TRIAL, 300)
NOT_FREE_SETTLEMENT = (
    r"employeur|patron|prud.?hom\w*|licenci\w*|divorc\w*|separation|garde (des|de mes|de nos) enfants|pension "
    r"alimentaire|caf|cpam|secu|impots?|administration|assureur|assurance|banque|commission departementale"
    r"|mediateur (de la|des|du) \w+|bornage|mon frere|ma soeur|heritage|succession|grace a (un|le) conciliateur"
    r"|valide\w* par (un|le) juge|le juge nous a propose"
)

# A judgment won, and the loser who does not pay.
_JUDGMENT_WON = (
    r"(j.ai|nous avons|on a) gagne (mon|notre|le) proces|(le tribunal|le juge|le jugement) (l.a |les a )?condamne\w*"
    r"|(il|elle) (a ete|est) condamnee? a (me |nous )?(payer|rembourser|verser)|jugement (rendu|definitif)"
    r"|(tribunal|juge) a (condamne|ordonne)"
)
_NOT_PAID = (
    r"(ne|n.a) (me |nous )?(paie|paye|verse|rembourse|regle|bouge)( toujours)? (pas|rien|plus)|rien (verse|paye|regle"
    r"|rembourse)|n.a rien (verse|paye|regle|rembourse)|fait le mort|(comment|pour) (le |la |les )?(forcer|obliger)"
    r"|faire (appliquer|executer) (la |le |cette )?(decision|jugement)|depuis, rien|toujours rien"
)
JUDGMENT_UNPAID = around(_JUDGMENT_WON, _NOT_PAID, 300)
NOT_JUDGMENT_UNPAID = (
    r"frapp\w*|agress\w*|victime|penal\w*|correctionnel\w*|plainte|pension alimentaire|administrati\w*|cour d.appel"
    r"|faire appel"
)

# Wages an employer owes, and a wish to sue.
_WAGES_OWED = (
    r"(patron|employeur|chef|entreprise)( \w+){0,3} (me doit|ne m.a (jamais|pas) (paye|verse|regle)|ne me (paie|paye"
    r"|verse) (plus|pas))|(jamais|pas) (ete )?(paye|verse|regle)\w* (mes|mon|le) (heures? sup\w*|salaires?|dernier"
    r"|solde|conges?)|salaires? (impayes?|pas paye|non paye)"
)
_SUE = (
    r"l.attaquer|le trainer|porter plainte|aller (en justice|au tribunal)|(ou|a qui) (je dois |dois.je |il faut )?"
    r"(aller|m.adresser|porter)|(je peux|puis.je) faire quoi (contre lui)?|que (puis.je|je peux) faire contre"
    r"|recours|recuperer mon argent|faire quoi contre lui|le poursuivre"
)
WAGES_OWED_COURT = around(_WAGES_OWED, _SUE, 300)
NOT_WAGES_OWED_COURT = (
    r"fonctionnaire|titulaire|agent public|mairie|redressement|liquidation|assistante? maternelle|nounou"
    r"|particulier employeur|cesu"
)

# A retirement to come, and the steps asked.
_RETIRING = (
    r"(partir|depart|pars|prendre|demander|toucher|liquider) (\w+ ){0,2}(a la |en |ma |la |sa )?(retraite|pension)"
    r"|carsat|cnav|agirc.arrco|caisse (de base|de retraite)"
    r"|je compte (m.arreter|arreter|partir)"
)
_STEPS = (
    r"(quand|combien de temps (a l.avance|avant))( est.ce que)?( je)? (dois|faut.il|il faut|fallait.il|fallait)"
    r"( \w+){0,2} (faire|deposer|envoyer) (ma|la|le|mon) (demande|dossier)|combien de temps (a l.avance|avant)"
    r"|(quels?|quoi (faire )?comme) papiers|quelles? (sont les )?demarches|a qui (je dois |dois.je |il faut )?"
    r"(ecrire|m.adresser|envoyer|faire (ma|la) demande)|(deux|un) dossiers?( a part)?|trop tard|demande unique"
)
RETIREMENT_STEPS = around(_RETIRING, _STEPS, 250)
NOT_RETIREMENT_STEPS = (
    r"reversion|decede?e?|deces|veuve?|aspa|minimum vieillesse|maison de retraite|ehpad|cumul|retraite progressive"
    r"|rachat|invalidit\w*|handicap\w*|continuer a travailler|a l.etranger|au portugal|au maroc|en algerie"
    r"|s.installer|vivre (au|en|a l)|service militaire|preuve"
)

# Periods asked whether they count for the pension.
_PERIODS = (
    r"service (militaire|national)|arrets? (de travail|maladie)|conges? maladie|accident du travail"
    r"|annees? (a l.etranger|en france|de travail|d.interim|de saisonnier|au (portugal|maroc|senegal))"
    r"|toutes (ces|mes) annees|ces annees|ces periodes|mes periodes|l.interim|mes annees"
)
_COUNT_FOR = (
    r"(compt(ent|e|era|eront|aient|ait)|sont pris\w* en compte|valide\w*|rapportent)( \w+){0,3} (pour|dans|a) "
    r"(ma|la|le calcul de ma) (retraite|pension)|compt\w+ (comme|pour) (si|des trimestres)"
    r"|des trimestres (pour|de) (ma )?retraite"
)
YEARS_COUNTED = around(_PERIODS, _COUNT_FOR, 250)
NOT_YEARS_COUNTED = (
    r"chomage|stages?|stagiaire|etudes?|fac|ong|volontai\w*|allemand\w*|a l.etranger|expatri\w*|detache\w*"
    r"|frontali\w*|universit\w*|racheter|rachat|enfants? (handicap\w*|malade)|aidant"
    r"|m.occuper de (mon|ma)|conge parental|fonctionnaire|titulaire"
)

# When the writer may stop working.
_WHEN_ASKED = (
    r"a partir de quand|a quel age|quand (est.ce que )?(je )?(pourrai|pourrais|peux|puis)|des (quand|l.an prochain)"
    r"|le plus tot possible|au plus tot|(j.aurai|j.aurais) le droit de partir|puis.je cesser"
)
_STOPPING = (
    r"partir( a la retraite| en retraite)?|m.arreter|arreter de travailler|cesser (mon|toute) activite\w*"
    r"|(percevoir|toucher) (ma|une) (pension|retraite)|prendre ma retraite"
)
LEAVING_AGE = around(_WHEN_ASKED, _STOPPING, 120)
NOT_LEAVING_AGE = (
    r"commence\w* (a travailler |a bosser |comme \w+ )?(a|des) 1[4-9] ans|depuis mes 1[4-9] ans|carriere longue"
    r"|handicap\w*|penib\w*|invalidit\w*|inapt\w*|je suis (a la )?retraite|je touche ma (retraite|pension)"
    r"|deced\w*|reversion|vacances|conges?|etranger|expatri\w*|demenag\w*|divorc\w*|violence|bebe|enceinte"
    r"|naissance|enfants?|maternite|allocations?|racheter|rachat|fac|etudes?|taux plein|decote"
)


def _bounded(pattern: str) -> str:
    """An `unless` read as whole words (`Term.unless` is searched as written: « caf » would hold in « cafe »)."""
    return rf"\b(?:{pattern})\b"


DISPUTES_RETIREMENT_TERMS: tuple[Term, ...] = (
    Term(
        FREE_SETTLEMENT,
        "conciliateur de justice règlement amiable gratuit litige voisinage",
        ("F1736",),
        "F1736 « Conciliateur de justice » (« Le conciliateur de justice … trouver une solution amiable … "
        "gratuitement »)",
        unless=_bounded(NOT_FREE_SETTLEMENT),
    ),
    Term(
        JUDGMENT_UNPAID,
        "exécution d'une décision du juge civil commissaire de justice huissier exécution forcée",
        ("F1780",),
        "F1780 « Exécution d'une décision du juge civil »",
        unless=_bounded(NOT_JUDGMENT_UNPAID),
    ),
    Term(
        WAGES_OWED_COURT,
        "saisine du conseil de prud'hommes salaire impayé",
        ("F2360",),
        "F2360 « Saisine du conseil de prud'hommes (CPH) »",
        unless=_bounded(NOT_WAGES_OWED_COURT),
    ),
    Term(
        RETIREMENT_STEPS,
        "départ en retraite démarches demande de retraite délai",
        ("F13941", "F31541"),
        "F13941 « Départ en retraite du salarié : quelles sont les démarches à effectuer ? » ; F31541 « Quelle "
        "démarche doit suivre un agent public pour demander sa retraite ? »",
        unless=_bounded(NOT_RETIREMENT_STEPS),
    ),
    Term(
        YEARS_COUNTED,
        "durée d'assurance retraite trimestres validés périodes assimilées",
        ("F1761",),
        "F1761 « Durée d'assurance retraite du salarié du secteur privé »",
        unless=_bounded(NOT_YEARS_COUNTED),
    ),
    Term(
        LEAVING_AGE,
        "âge de départ à la retraite âge légal",
        ("F14043", "F2786"),
        "F14043 « À partir de quel âge peut-on partir en retraite dans le secteur privé ? » ; F2786 « Âge minimum "
        "de départ à la retraite dans la fonction publique »",
        unless=_bounded(NOT_LEAVING_AGE),
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py disputes_retirement` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_FREE_SETTLEMENT",
            "READ_JUDGMENT_UNPAID",
            "READ_WAGES_OWED_COURT",
            "READ_RETIREMENT_STEPS",
            "READ_YEARS_COUNTED",
            "READ_LEAVING_AGE",
        ),
        DISPUTES_RETIREMENT_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `DISPUTES_RETIREMENT_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
