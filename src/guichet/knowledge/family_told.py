"""A birth, a child and a separation told in the parents' words (fifty-sixth pass, engineer-r105, issue 14).

A father writes « ma femme accouche en juin, combien de jours je peux rester avec le bébé ? », never « congé de
paternité »; a mother « notre fils est en néonatologie et mon congé maternité file »; « le père ne l'a jamais
reconnu, est-ce qu'il y a une aide de la CAF ? »; « combien doit payer un père, il y a un barème ? »; « mon
employeur me dit de poser des congés pour mes échographies »; « je suis enceinte, je dois prévenir la sécu et la
CAF ? »; « une semaine chez moi, une semaine chez son père : on peut partager les allocations ? ». The older entries
(`vocabulary.names_health_work`: « congé paternité » → F3156; `family_law`: a father who will not recognise the
child asked to pay → F1230) need the fiche's own name or another ask. Each reading is a vocabulary entry
(`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`) behind its own
switch (read at call time through `silenced`, as `guichet.knowledge.vehicles` does):

- `READ_FATHER_DAYS`: a father-to-be or a new father who asks how many days he may stay with the baby, or whether
  they are paid, beside a birth (« ma femme / ma compagne accouche », « je suis le papa »): F3156 « Congé de
  paternité et d'accueil de l'enfant d'un salarié du secteur privé », F583 its civil-service version (the
  re-ranking picks the writer's). Not the three days of the birth alone (F2266), a mother's leave, an adoption.
- `READ_NEWBORN_IN_HOSPITAL_FATHER`: a newborn kept in hospital (« néonatologie », « réanimation », « prématuré »)
  and the father's days (« mes jours de papa », « congé paternité », « des jours en plus »): F35002 « Congé de
  paternité et d'accueil en cas d'hospitalisation de l'enfant après sa naissance ».
- `READ_NEWBORN_IN_HOSPITAL_MOTHER`: the same newborn and the mother's leave (« mon congé maternité », « son congé
  … file », « mettre en pause »): F32967 « Hospitalisation du nouveau-né : quelles conséquences sur le congé de
  maternité ? ». Not where the father's days are asked.
- `READ_UNRECOGNISED_CHILD_AID`: a child its father never recognised (« il ne l'a jamais reconnu », « il n'y a que
  moi sur l'acte ») and an aid asked (« une aide de la CAF », « j'ai droit à quelque chose »): F33645 « Allocation
  de soutien familial (ASF) : enfant non reconnu ». Not money asked of the father (`family_law`, F1230), a
  recognition to make.
- `READ_SUPPORT_AMOUNT`: how much the child support should be (« combien », « un barème », « comment on calcule »)
  beside a separation: F991 « Pension alimentaire versée pour un enfant : montant et versement ». Not a support to
  change (`family_law`, F21023), unpaid, a grown child's, the tax.
- `READ_PREGNANCY_VISITS_AT_WORK`: a pregnant employee's check-ups and scans (« échographies », « rendez-vous de
  suivi ») beside the employer, leave taken or pay withheld: F2330 « Une salariée a-t-elle droit à des absences
  liées à sa grossesse ? », F34536 its civil-service version.
- `READ_PREGNANCY_TOLD_TO_FUNDS`: a pregnancy to tell the Sécu and the CAF (« prévenir la sécu », « déclarer à la
  caf », « quelle démarche ») : F968 « Déclaration de grossesse ». Not the scans asked, a leave.
- `READ_BENEFITS_SHARED_ALTERNATE`: a child living a week with each parent and the allocations shared or split
  (« partager les allocations », « couper en deux »): F21248 « Qui perçoit les prestations familiales pour un
  enfant en garde alternée ? ».

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-sixth pass, r105).
"""

from __future__ import annotations

from guichet.knowledge.family_law import NOT_RECOGNISED
from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, each switch alone with the others as shipped
# (`benchmarks/retrieval_vocabulary_switch.py family_told`; docs/benchmarks.md, fifty-sixth pass, r105).
# On: 20 matched; train ret-r7-012 28 -> 1, r77-056, ret-v41-046 2 -> 1, v99-011, v99-043 3 -> 1; validation
# ret-r8-005 2 -> 1, v100-003 3 -> 1; none down.
READ_FATHER_DAYS = True
# On: 4 matched; train ret-r14-043 4 -> 1, v100-030 9 -> 1 (ret-v10-017 stays 2, behind F3156); none down.
READ_NEWBORN_IN_HOSPITAL_FATHER = True
# On: 4 matched; train ret-r21-017, ret-v32-024 2 -> 1; validation v22-006 3 -> 1; none down.
READ_NEWBORN_IN_HOSPITAL_MOTHER = True
# On: 7 matched; train r105-022 3 -> 1, v100-044 8 -> 1, v95-048 2 -> 1; none down.
READ_UNRECOGNISED_CHILD_AID = True
# On: 8 matched; train r93-041 2 -> 1, v100-012 5 -> 1; validation r64-027 3 -> 1 (ret-r30-032 stays 2); none down.
READ_SUPPORT_AMOUNT = True
# On: 5 matched; train r105-043 2 -> 1, ret-v26-068 2 -> 1, ret-v41-044 5 -> 1; none down.
READ_PREGNANCY_VISITS_AT_WORK = True
# On: 3 matched; train r105-040, ret-v41-039 2 -> 1; none down.
READ_PREGNANCY_TOLD_TO_FUNDS = True
# On: 4 matched; train v100-013 8 -> 1; none down.
READ_BENEFITS_SHARED_ALTERNATE = True


def _all_three(first: str, second: str, third: str, reach: int) -> str:
    """Three things told near one another in any order (a span, see `Term.spans`): `around` nested once leaves out
    the third told between the other two."""
    pairs = ((first, second, third), (first, third, second), (second, third, first))
    return "(?s:" + "|".join(around(around(a, b, reach), c, reach) for a, b, c in pairs) + ")"


# A birth to come or just come, told by the father or about the mother.
_BIRTH = (
    r"accouch\w*|(va|doit|vient d.|venons d.) (avoir|accoucher)|(va|doit) naitre|est nee?|naissance"
    r"|(attend|attendons) (un|notre|mon) (bebe|enfant)"
)
_FATHER = (
    r"(ma|mon) (femme|compagne|copine|epouse|conjointe|amie)|je suis (le|un) (pere|papa)|(futur|jeune) papa"
    r"|en tant que (pere|papa)|le papa"
)
_DAYS_ASKED = (
    r"combien (de )?(jours?|temps|semaines?)|(rester|etre) (a la maison )?avec (eux|elle|le bebe|ma (femme|compagne))"
    r"|jours? (pour|de) (la naissance|papa)|droit a (combien|des jours)|suis.je paye|(est.ce que )?c.est paye"
    r"|un conge en plus"
)
FATHER_DAYS = _all_three(_FATHER, _BIRTH, _DAYS_ASKED, 200)
NOT_FATHER_DAYS = r"adopt\w*|hospitalis\w*|neonat\w*|reanimation|(je suis|suis) enceinte|conge (de )?mater\w*"

# A newborn kept in hospital.
_NEWBORN_KEPT = (
    r"neonat\w*|reanimation|couveuse|premature?e?|(est|reste|toujours|encore) (\w+ )?hospitalise\w*"
    r"|transferee? (en|dans)"
)
_FATHER_LEAVE = (
    r"paternite|jours? de (papa|naissance)|mes jours|jours en plus|(il|j.ai) droit a des jours|conge papa"
    r"|conge en plus"
)
_MOTHER_LEAVE = r"conge (de )?mater\w*|(mon|son) conge|mettre en pause|reprendre (mon|le) travail|garder le reste"
NEWBORN_FATHER = around(_NEWBORN_KEPT, _FATHER_LEAVE, 400)
NEWBORN_MOTHER = around(_NEWBORN_KEPT, _MOTHER_LEAVE, 400)

# A child only the mother is on the papers of.
_UNRECOGNISED = (
    NOT_RECOGNISED + r"|(il y a |n.y a )?que moi (sur|dans) (l.)?acte|juste a mon nom|seulement a mon nom"
    r"|pas reconnue? par (son|le) pere"
)
_AID_ASKED = (
    r"aides?|allocations?|caf|droit a (quelque chose|une aide|ca)|toucher (quelque chose|une aide)"
    r"|percevoir|prestations?"
)
UNRECOGNISED_AID = around(_UNRECOGNISED, _AID_ASKED, 300)
NOT_UNRECOGNISED_AID = r"subsides?|(le |l.)obliger|test (adn|de paternite)|recherche de paternite"

# The child support's amount asked, beside a separation.
_SUPPORT = (
    r"pensions? alimentaires?|pension (pour|de) (l.enfant|mon fils|ma fille|notre fils|notre fille|la petite|le petit"
    r"|nos enfants|mes enfants)|(doit|va|veut) (verser|payer|donner) pour (le petit|la petite|l.enfant|notre|mon|ma)"
    r"|(verser|payer|donner) une pension|la pension"
)
_AMOUNT_ASKED = (
    r"combien|bareme|comment (on |est )?(calcul\w*|fix\w*)|(le )?montant (de la pension )?(est )?(calcul\w*|fix\w*)"
    r"|quel montant"
)
SUPPORT_AMOUNT = around(_SUPPORT, _AMOUNT_ASKED, 200)
NOT_SUPPORT_AMOUNT = (
    r"baiss\w*|diminu\w*|augment\w*|revis\w*|impaye\w*|ne (me )?(paie|paye|verse) (plus|rien|pas)|majeur\w*"
    r"|1[89] ans|2[0-5] ans|impots?|declar\w*|dedui\w*|indexation|reevalu\w*|ascendant|parents? age"
)

# A pregnant employee's check-ups during work.
_PREGNANCY_VISITS = (
    r"echographies?|echos?|(rendez.vous|rdv|visites?|examens?) (\w+ )?(de )?(suivi|grossesse|prenata\w*)"
)
_AT_WORK = r"employeur|patron|chef(fe)?|travail|heures|poser (un |des )?conges?|retir\w*|salaire|absen\w*|rattrap\w*"
PREGNANCY_VISITS = _all_three(_PREGNANCY_VISITS, r"enceinte|grossesse", _AT_WORK, 300)

# A pregnancy to tell the funds.
_PREGNANT = r"enceinte|grossesse|test (de grossesse )?positif"
_TELL_FUNDS = (
    r"(prevenir|declarer|dire|signaler|informer|envoyer)( \w+){0,3} (a )?(la )?(secu|securite sociale|caf|cpam"
    r"|assurance maladie)|(quelle|la|les) demarches?|que (dois.je|faut.il|je dois) faire"
)
PREGNANCY_TOLD = around(_PREGNANT, _TELL_FUNDS, 200)
NOT_PREGNANCY_TOLD = r"echograph\w*|conge (de )?mater\w*|licenci\w*|employeur|patron|ivg|interruption"

# A child living a week with each parent, and the allocations shared.
_ALTERNATE = (
    r"(garde|residence) alternee|une semaine (chez moi|sur deux|chacun)|semaine (chez (moi|elle|lui|son pere|sa mere))"
    r"|en alternance"
)
_SHARED = (
    r"partag\w* (les |des )?(allocations?|allocs?|prestations?)|(allocations?|allocs?|prestations?)( familiales)?"
    r" (\w+ ){0,3}(partag\w*|en deux|moitie)|couper (les allocations )?en deux|qui (touche|percoit|recoit) (les )?"
    r"(allocations?|allocs?|prestations?)"
)
BENEFITS_SHARED = around(_ALTERNATE, _SHARED, 300)

FAMILY_TOLD_TERMS: tuple[Term, ...] = (
    Term(
        FATHER_DAYS,
        "congé de paternité et d'accueil de l'enfant durée jours indemnités",
        ("F3156", "F583"),
        "F3156 « Congé de paternité et d'accueil de l'enfant d'un salarié du secteur privé » ; F583 « Fonction "
        "publique : congé de paternité et d'accueil de l'enfant »",
        unless=NOT_FATHER_DAYS,
    ),
    Term(
        NEWBORN_FATHER,
        "congé de paternité hospitalisation de l'enfant après sa naissance",
        ("F35002",),
        "F35002 « Congé de paternité et d'accueil en cas d'hospitalisation de l'enfant après sa naissance »",
    ),
    Term(
        NEWBORN_MOTHER,
        "hospitalisation du nouveau-né report du congé de maternité",
        ("F32967",),
        "F32967 « Hospitalisation du nouveau-né : quelles conséquences sur le congé de maternité ? »",
        unless=_FATHER_LEAVE,
    ),
    Term(
        UNRECOGNISED_AID,
        "allocation de soutien familial ASF enfant non reconnu",
        ("F33645",),
        "F33645 « Allocation de soutien familial (ASF) : enfant non reconnu »",
        unless=NOT_UNRECOGNISED_AID,
    ),
    Term(
        SUPPORT_AMOUNT,
        "montant de la pension alimentaire barème fixation",
        ("F991",),
        "F991 « Pension alimentaire versée pour un enfant : montant et versement »",
        unless=NOT_SUPPORT_AMOUNT,
    ),
    Term(
        PREGNANCY_VISITS,
        "autorisation d'absence examens médicaux obligatoires grossesse salariée",
        ("F2330", "F34536"),
        "F2330 « Une salariée a-t-elle droit à des absences liées à sa grossesse ? » ; F34536 « A-t-on droit à des "
        "absences liées à la grossesse dans la fonction publique ? »",
    ),
    Term(
        PREGNANCY_TOLD,
        "déclaration de grossesse caisse d'allocations familiales assurance maladie",
        ("F968",),
        "F968 « Déclaration de grossesse »",
        unless=NOT_PREGNANCY_TOLD,
    ),
    Term(
        BENEFITS_SHARED,
        "prestations familiales garde alternée partage des allocations familiales",
        ("F21248",),
        "F21248 « Qui perçoit les prestations familiales pour un enfant en garde alternée ? »",
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py family_told` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_FATHER_DAYS",
            "READ_NEWBORN_IN_HOSPITAL_FATHER",
            "READ_NEWBORN_IN_HOSPITAL_MOTHER",
            "READ_UNRECOGNISED_CHILD_AID",
            "READ_SUPPORT_AMOUNT",
            "READ_PREGNANCY_VISITS_AT_WORK",
            "READ_PREGNANCY_TOLD_TO_FUNDS",
            "READ_BENEFITS_SHARED_ALTERNATE",
        ),
        FAMILY_TOLD_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `FAMILY_TOLD_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
