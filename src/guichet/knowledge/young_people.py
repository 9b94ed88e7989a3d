"""Students and young people told in their own words (fifty-fourth pass, engineer-r100, issue 14).

The boursier who asks whether the grant is paid in July, the student who works at a fast-food counter and fears to
lose the grant, the girl who wants « une chambre en cité U », the parents whose daughter's summer job is « sur notre
déclaration », the son of 21 who wonders whether to « rester sur celle de mes parents », the intern told « il ne
me paiera rien », the boy of 19 sent to « la mission locale » for « le CEJ », the mother who heard of « un permis à
1 euro par jour » rarely name the fiche that answers. The older entries (`vocabulary.names_health_work`: « crous »,
« bourse d'études » → F12214; `office_terms.YOUNG_TERMS`: « stage pas payé ») point to the general grant or miss
them. Each reading is a vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`) behind its own switch (read at call time through `silenced`, as
`guichet.knowledge.long_care` does):

- `READ_GRANT_SUMMER`: a student's grant (« bourse », « boursier ») told beside the summer (« l'été », « les
  vacances », « juillet », « août »): F12215 « Un étudiant peut-il toucher la bourse pendant les vacances d'été ? ».
  Not shares (« bourse » of the stock market), a school or collège grant, a stay abroad.
- `READ_GRANT_AND_JOB`: a grant held beside paid work (« je bosse », « un job », « travailler », « un petit
  boulot ») and the fear of losing or the wish to add it (« perdre », « cumuler », « garder », « continuer »):
  F18291 « Un étudiant peut-il cumuler la bourse avec un emploi ou une autre aide ? ». Not shares, a collège grant.
- `READ_STUDENT_ROOM`: a room or a home asked from the student body (« chambre / logement / résidence » beside
  « Crous », « cité U », « résidence universitaire »): F31912 « Comment demander un logement étudiant au Crous ? ».
  The older entry reads « crous » as the grant. Not a council flat (HLM), a young workers' hostel (FJT, F2018), a
  deposit, the housing aid asked alone.
- `READ_YOUNG_EARNINGS_TAX`: a young person's or a student's earnings (« job d'été », « job étudiant »,
  « baby-sitting », « ce qu'elle gagne », « son salaire ») beside income tax (« impôts », « déclarer »,
  « déclaration »): F1225 « Impôt sur le revenu - Éléments du salaire imposable » (« Sommes perçues par les
  jeunes »), F3085 second. Not an apprentice (F11249, the older entry), a tip, a business.
- `READ_TAX_HOUSEHOLD`: a young adult on or off the parents' tax return (« rattacher à notre foyer fiscal », « sur la
  déclaration de mes parents », « ma propre déclaration », « rester sur celle de mes parents »): F3085 « Impôt sur
  le revenu - Enfant majeur à charge », F369 « Première déclaration de revenus » second. Not a minor child (F2633),
  health insurance (« ayant droit », F16620), the family allowances.
- `READ_YOUNG_GUARANTEE`: the young people's guarantee in its names (« CEJ », « contrat d'engagement jeune »,
  « garantie jeunes », « garantie pour les jeunes ») or the mission locale told beside an allowance: F32700
  « Garantie jeunes (accompagnement pour trouver un travail) », the fiche of 2020 the CEJ replaced. Not a job
  seeker's allowance (France Travail alone), the Visale guarantee (« garant »), the RSA.
- `READ_LICENCE_FUNDING`: the driving licence and what pays for it for a young person (« permis à 1 euro », « aides
  pour financer le permis », « payer le code et les heures »): F13609 « Comment payer le permis de conduire : permis à
  un euro, apprenti, chômeur... ? ». Not a jobseeker's aid from France Travail (F1719), points, a suspension, a
  foreign licence.
- `READ_INTERNSHIP_PAY`: a placement (« stage », « stagiaire ») beside its pay (« payer », « paiera », « payé »,
  « rémunéré », « indemnité », « combien ») in the forms the older entry leaves out: F32131 « Gratification minimale
  d'un stagiaire étudiant ou élève dans une entreprise ». Not a civil servant's probation (« fonctionnaire
  stagiaire »), a points course or a driving course, a training for jobseekers.

Each reading is written for a way of writing, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-fourth pass, r100).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, each switch alone with the others as shipped
# (`benchmarks/retrieval_vocabulary_switch.py young_people`; docs/benchmarks.md, fifty-fourth pass, r100).
# Off: 10 matched (train 8 with gold, validation 2); none moved (r100-004, ret-r11-053, v58-008, ret-v8-053 already
# 1; ret-r24-029, r65-044 — care abroad in the holidays, F213 — stay 1): no gain, shipped off.
READ_GRANT_SUMMER = False
# The seven below measured by the lead after the merge (same command, `--split train+validation`, the 2-core VM).
# On: 9 matched; first 3 -> 8 (train 4 up, validation 1 up), none down.
READ_GRANT_AND_JOB = True
# Off: 11 matched, none moved: no gain.
READ_STUDENT_ROOM = False
# Off: 32 matched; 3 up, 6 down (train first 16 -> 14, validation 6 -> 5): a cost.
READ_YOUNG_EARNINGS_TAX = False
# Off: 30 matched; 0 up, 7 down (train first 19 -> 18, validation 5 -> 4): a cost.
READ_TAX_HOUSEHOLD = False
# On: 7 matched; train 2 up (first 2 -> 4), none down.
READ_YOUNG_GUARANTEE = True
# Off: 19 matched; 1 up, 3 down (train top 5 15 -> 13): a cost.
READ_LICENCE_FUNDING = False
# On: 21 matched; r100-019 6 -> 1 (validation), r100-020 2 -> 1, ret-v53-031 2 -> 1; down ret-v31-018 1 -> 2 (F20395,
# its F32131 a close second): kept, three up for one place lost.
READ_INTERNSHIP_PAY = True

# A student's grant held or asked.
_GRANT = r"bourses?|boursiere?s?|echelon \w+"
# Shares, a pupil's grant, a stay abroad.
NOT_STUDENT_GRANT = (
    r"actions?|bourse de (paris|commerce)|en bourse|compte.titres?|\bpea\b|placement\w*|trader|crypto\w*"
    r"|college|lycee|collegien\w*|lyceen\w*|sixieme|cinquieme|quatrieme|troisieme|primaire|erasmus|a l.etranger"
)
_SUMMER = r"l.ete|d.ete|vacances|juillet|aout|grandes vacances"
GRANT_SUMMER = around(_GRANT, _SUMMER, 200)

_PAID_WORK = (
    r"je (bosse|travaille)|(un|mon|son|petit|des) (job|boulot|emploi|travail|cdi|cdd)s?|jobs? etudiants?"
    r"|travailler|bosser|salariee?|(\d+ ?h|\d+ heures) par semaine"
)
_KEEP_OR_LOSE = r"perdre|perd\w*|cumul\w*|garder|continuer|supprim\w*|baisser|enlever|retirer|compatible|en meme temps"
GRANT_AND_JOB = around(around(_GRANT, _PAID_WORK, 200), _KEEP_OR_LOSE, 200)

_ROOM = r"chambres?|logements?|studios?|residences?|appart\w*|logee?s?"
_STUDENT_BODY = r"crous|cite u|cite universitaire|residences? (universitaire|etudiante|du crous)s?"
STUDENT_ROOM = around(_ROOM, _STUDENT_BODY, 150)
NOT_STUDENT_ROOM = r"\bhlm\b|logement social|\bfjt\b|jeunes travailleurs|depot de garantie|caution|\bapl\b|\bcaf\b"

_YOUNG_EARNINGS = (
    r"jobs? (d.ete|etudiants?|de vacances)|baby.?sitting|saisonnier|(ce qu.(il|elle|je)|qu.(il|elle) a) (gagne|touche)"
    r"|(son|mon) salaire|(il|elle|j.ai) (a )?(bosse|travaille) (\w+ ){0,3}(cet ete|l.ete|pendant les vacances)"
)
_INCOME_TAX = r"impots?|declar\w*|imposables?|foyer fiscal|revenus"
YOUNG_EARNINGS_TAX = around(_YOUNG_EARNINGS, _INCOME_TAX, 300)
# An apprentice (F11249), a business, tips.
NOT_YOUNG_EARNINGS_TAX = r"apprenti\w*|alternan\w*|auto.?entrepreneur|micro.?entreprise|pourboires?|retraite"

TAX_HOUSEHOLD = (
    r"rattach\w* (\w+ ){0,3}(foyer fiscal|declaration|impots?)|(foyer fiscal|declaration) (\w+ ){0,2}de (mes|ses|nos"
    r"|ses) parents|(ma|sa|leur) propre declaration|(se|me|te) detach\w*|detachement|rester sur (celle|la declaration)"
    r"|(plus|pas) sur (la|leur) declaration"
)
# A minor, health insurance, family allowances.
NOT_TAX_HOUSEHOLD = r"mineure?s?|ayants? droits?|secu\w*|assurance maladie|cpam|allocations? familiales|\bcaf\b"

YOUNG_GUARANTEE = (
    r"\bcej\b|contrats? d.engagement (pour les )?jeunes?|garantie (pour les )?jeunes"
    r"|(?s:mission locale.{0,200}?\b(allocation|alloc|accompagnement)\b|\b(allocation|alloc|accompagnement)\b.{0,200}?"
    r"mission locale)"
)
NOT_YOUNG_GUARANTEE = r"\bgarante?s?\b|visale|\brsa\b"

_LICENCE = r"permis( de conduire| b)?|auto.?ecole|code de la route|heures de conduite|le code"
_FUNDING = (
    r"(1|un) euros? par jour|permis a (1|un) euros?|aides? (\w+ ){0,3}(financ\w*|payer)|financ\w*|payer|cout\w*"
    r"|trop cher|les moyens"
)
_YOUNG = r"jeunes?|\b1[5-9] ans|\b2[0-5] ans|etudiante?|apprentie?|lyceen\w*|bts|alternance|mon fils|ma fille"
LICENCE_FUNDING = around(around(_LICENCE, _FUNDING, 200), _YOUNG, 300)
# A jobseeker's aid, points, a suspension, a foreign licence.
NOT_LICENCE_FUNDING = (
    r"pole emploi|france travail|chomeu\w*|points?|suspen\w*|retrait|annul\w*|etranger|echange|amende|radar"
)

_PLACEMENT = r"stages?|stagiaires?"
_PAY = r"pai\w*|pay\w*|remuner\w*|indemni\w*|gratification|combien|rien"
INTERNSHIP_PAY = around(_PLACEMENT, _PAY, 120)
NOT_INTERNSHIP_PAY = (
    r"fonctionnaire|titularis\w*|recuperation de points|points|permis|stage de conduite|sensibilisation"
    r"|pole emploi|france travail|demandeur d.emploi|chomage|rupture conventionnelle"
    # an internship's pay declared to the tax office is the income tax's matter (F1228), not the pay (pass-24 test)
    r"|declar\w*|impots?"
)

YOUNG_PEOPLE_TERMS: tuple[Term, ...] = (
    Term(
        GRANT_SUMMER,
        "bourse étudiant vacances d'été versement juillet août",
        ("F12215",),
        "F12215 « Un étudiant peut-il toucher la bourse pendant les vacances d'été ? »",
        unless=NOT_STUDENT_GRANT,
    ),
    Term(
        GRANT_AND_JOB,
        "cumuler la bourse avec un emploi étudiant salarié",
        ("F18291",),
        "F18291 « Un étudiant peut-il cumuler la bourse avec un emploi ou une autre aide ? »",
        unless=NOT_STUDENT_GRANT,
    ),
    Term(
        STUDENT_ROOM,
        "logement étudiant résidence universitaire Crous demande",
        ("F31912",),
        "F31912 « Comment demander un logement étudiant au Crous ? »",
        unless=NOT_STUDENT_ROOM,
    ),
    Term(
        YOUNG_EARNINGS_TAX,
        "sommes perçues par les jeunes salaire d'un étudiant exonéré impôt sur le revenu",
        ("F1225", "F3085"),
        "F1225 « Impôt sur le revenu - Éléments du salaire imposable » : « Sommes perçues par les jeunes »",
        unless=NOT_YOUNG_EARNINGS_TAX,
        told=True,
    ),
    Term(
        TAX_HOUSEHOLD,
        "enfant majeur rattaché au foyer fiscal des parents première déclaration de revenus",
        ("F3085", "F369"),
        "F3085 « Impôt sur le revenu - Enfant majeur à charge » ; F369 « Impôt sur le revenu - Première déclaration "
        "de revenus »",
        unless=NOT_TAX_HOUSEHOLD,
    ),
    Term(
        YOUNG_GUARANTEE,
        "garantie jeunes accompagnement vers l'emploi allocation mission locale",
        ("F32700",),
        "F32700 « Garantie jeunes (accompagnement pour trouver un travail) »",
        unless=NOT_YOUNG_GUARANTEE,
    ),
    Term(
        LICENCE_FUNDING,
        "payer le permis de conduire permis à un euro par jour aides jeunes",
        ("F13609",),
        "F13609 « Comment payer le permis de conduire : permis à un euro, apprenti, chômeur... ? »",
        unless=NOT_LICENCE_FUNDING,
    ),
    Term(
        INTERNSHIP_PAY,
        "gratification minimale stagiaire étudiant",
        ("F32131",),
        "F32131 « Gratification minimale d'un stagiaire étudiant ou élève dans une entreprise »",
        unless=NOT_INTERNSHIP_PAY,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py young_people` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_GRANT_SUMMER",
            "READ_GRANT_AND_JOB",
            "READ_STUDENT_ROOM",
            "READ_YOUNG_EARNINGS_TAX",
            "READ_TAX_HOUSEHOLD",
            "READ_YOUNG_GUARANTEE",
            "READ_LICENCE_FUNDING",
            "READ_INTERNSHIP_PAY",
        ),
        YOUNG_PEOPLE_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `YOUNG_PEOPLE_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
