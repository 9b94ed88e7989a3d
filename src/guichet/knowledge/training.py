"""Training and career changes told in the writer's words (fifty-fourth pass, engineer-r98, issue 14).

The cariste who has « des heures de formation » he never used, the cook who wants to « faire reconnaître » twenty
years in a kitchen, the accountant who wants « faire le point » before changing trade, the hairdresser who would
« prendre une jeune en formation chez moi », the job seeker who asks who pays a course when one has no job: none names
the fiche that answers (the CPF, the VAE, the bilan de compétences, the apprenticeship and its employer's aid, the
training of a job seeker). Each reading is a vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`) behind its own switch (read at call time through `silenced`, as
`guichet.knowledge.energy_consumer` does):

- `READ_TRAINING_HOURS`: the writer's own training credit told as hours, a sum or rights that build up
  (« mes heures de formation », « des droits à la formation », « un crédit en euros pour se former », « le compte
  formation » is already the older entry's): F10705 « Compte personnel de formation (CPF) - Secteur privé ». Not a
  job seeker (F12382 answers), a civil servant (F18090, F3040, F3080), overtime or a time-savings account (« heures
  sup », « compte épargne-temps »), a driving school's hours.
- `READ_EXPERIENCE_DIPLOMA`: years of practice the writer wants turned into a diploma (« faire reconnaître mon
  expérience », « appris sur le tas » beside a diploma, « mes années de travail comptent », « un diplôme avec
  l'expérience »): F2401 « Validation des acquis de l'expérience (VAE) ». Not a foreign diploma's equivalence, a
  disabled worker's status (RQTH), a child recognised, a pension's quarters.
- `READ_SKILLS_REVIEW`: taking stock of one's skills and wishes before a change (« faire le point sur mes
  compétences / ma carrière », « analyser ce que je sais faire », « ne sais plus vers quoi me tourner ») : F3087
  « Bilan de compétences d'un salarié du secteur privé », or F3088 for a job seeker. Not the yearly appraisal
  (F32040), a civil servant (F2282, F33300), a school pupil's orientation.
- `READ_APPRENTICE_HIRING`: an employer who would take a young person to train in a work-study contract (« prendre
  un apprenti », « former un jeune en alternance », « prendre une jeune en formation chez moi ») and asks what it
  costs or what aid there is: F23556 « Aides à l'embauche pour un contrat d'apprentissage ». Not the apprentice's own
  question (pay, age: F2918), a trainee's stipend (F32131), a civil service apprentice.
- `READ_JOB_SEEKER_TRAINING`: a writer without work who wants to train or learn a trade (« au chômage … me
  former », « sans emploi … apprendre un nouveau métier », « qui paie la formation ») : F3147 « Formation et
  chômage : quelles sont les règles ? ». Not a business creation (F15252), a student's grant, an employee's own
  credit.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-fourth pass, r98).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval (`benchmarks/retrieval_vocabulary_switch.py training`, each switch
# alone with the others as shipped; docs/benchmarks.md, fifty-fourth pass, r98).
# On: r98-001 - -> 1, r98-003 3 -> 1 (train); none down.
READ_TRAINING_HOURS = True
# On: validation r98-011 - -> 1; none down.
READ_EXPERIENCE_DIPLOMA = True
# The three below measured by the lead after the merge (same command, `--split train+validation`): each moved no
# gold (5, 2 and 1 messages matched, every gold already first). Off, as every switch of this pass that gains nothing
# on train + validation (`young_people.READ_STUDENT_ROOM`, `READ_GRANT_SUMMER`).
READ_SKILLS_REVIEW = False
READ_APPRENTICE_HIRING = False
READ_JOB_SEEKER_TRAINING = False

# The writer's training credit: hours, rights or a sum that builds up, to train.
TRAINING_HOURS = (
    r"(mes|ses|nos|des|les|d.|en) heures (de |d.)?formations?|heures (\w+ ){0,3}pour (me|se|nous) former"
    r"|droits? (a la|de|a) formation|(credit|cagnotte|somme|porte.monnaie) (\w+ ){0,4}pour (me|se|nous) former"
    r"|(credit|cagnotte|somme) (\w+ ){0,3}(de|en) formation"
)
# A job seeker, a civil servant, overtime, a time-savings account, a driving school.
NOT_TRAINING_HOURS = (
    r"chomage|chomeu\w*|demandeu\w* d.emploi|sans emploi|france travail|pole emploi|fonctionnaire|fonction publique"
    r"|agent (public|territorial|hospitalier)|heures sup\w*|epargne.temps|auto.ecole|code de la route|\bdif\b"
    r"|benevol\w*|associations?|elus?|mandat|maire"
)

# Years of practice and a diploma wished for them.
_EXPERIENCE = (
    r"(faire |fasse )?reconnaitre (mon|mes|son|ses|cette|l.) ?(experience|annees|savoir.faire|competences)"
    r"|appris sur le tas|(mes|ses) (\d+ |\w+ )?annees (de|d.) (\w+ ){0,2}(travail|metier|experience|pratique)"
    r"|(avec|grace a|par) (mon|mes|son|l.) ?(experience|annees de travail|savoir.faire)"
    r"|(montrant|montrer|prouver) ce que (je sais|il sait|elle sait) faire"
)
_DIPLOMA = r"diplomes?|cap|bts|bac\w*|certificat\w*|titre professionnel|qualification|diplomant\w*"
EXPERIENCE_DIPLOMA = around(_EXPERIENCE, _DIPLOMA, 250)
# A foreign diploma, a disabled worker's status, a child, a pension's quarters.
NOT_EXPERIENCE_DIPLOMA = (
    r"equivalence|diplome (etranger|obtenu a l.etranger)|enic|naric|handicap\w*|rqth|enfant|paternite"
    r"|retraite|trimestres"
)

# Taking stock of one's skills and wishes before a change.
SKILLS_REVIEW = (
    r"faire (le|un) (point|bilan) sur (mes|ses|mon|son|ma|sa) (competences|carriere|parcours|vie pro\w*|avenir pro\w*"
    r"|envies|metier)|analyser (mes competences|ce que (je sais|j.ai appris) faire)"
    r"|(ne sais|sais) (plus|pas) (\w+ ){0,2}vers quoi (me|m.) ?(tourner|orienter|diriger)"
    r"|faire un bilan (\w+ ){0,3}(ce que|savoir ce que) (je|j.) ?(pourrais|pourrai|peux|sais)"
)
# The yearly appraisal, a civil servant, a pupil's orientation.
NOT_SKILLS_REVIEW = (
    r"entretien (annuel|professionnel|d.evaluation)|fonctionnaire|fonction publique|hopital public|college|lycee"
    r"|parcoursup|eleve|commune|mairie|maire|atsem|territorial\w*"
)

# An employer who would take a young person to train, and the cost or the aid asked.
_TAKE_TRAINEE = (
    r"(prendre|embaucher|recruter|accueillir|former) (\w+ ){0,2}(apprentie?s?|alternante?s?|jeunes? (\w+ ){0,2}"
    r"(en (alternance|apprentissage|formation)|pour (son|sa|un|une) (cap|bac|bts)))"
)
_COST_OR_AID = r"aides?|cout\w*|couterait|combien|subvention\w*|prime\w*|l.etat (verse|donne|paie)"
APPRENTICE_HIRING = around(_TAKE_TRAINEE, _COST_OR_AID, 300)
# A trainee's stipend, a civil-service employer, a trade-school fee.
NOT_APPRENTICE_HIRING = (
    r"stagiaire|stage|gratification|fonction publique|mairie|collectivite|taxe d.apprentissage|handicap\w*|rqth"
)

# A writer without work who wants to train.
_NO_WORK = (
    r"(inscrite?|suis|etre|reste) (\w+ ){0,2}au chomage|chomeu\w*|demandeu\w* d.emploi|sans emploi|plus d.emploi"
    r"|plus de travail|(perdu|perdue) (mon|son) (emploi|travail|boulot)"
)
_TO_TRAIN = (
    r"(me|se) (former|reconvertir)|(apprendre|faire) (un|une) (nouveau|autre) (metier|formation)"
    r"|qui (peut )?(paie|payer|finance|financer) (la|une|ma) formation|reprendre (une|des) (formation|etudes)"
)
JOB_SEEKER_TRAINING = around(_NO_WORK, _TO_TRAIN, 300)
# A business creation, a student's grant, an employee's own credit named.
NOT_JOB_SEEKER_TRAINING = (
    r"cre\w* (mon|ma|une|son|sa) (entreprise|activite|societe)|micro.entrep\w*|bourse|arce"
    r"|compte (personnel de )?formation|cpf|droits? (a la|de) formation|heures de formation"
)

TRAINING_TERMS: tuple[Term, ...] = (
    Term(
        TRAINING_HOURS,
        "compte personnel de formation CPF droits à la formation alimenté chaque année",
        ("F10705",),
        "F10705 « Compte personnel de formation (CPF) - Secteur privé »",
        unless=NOT_TRAINING_HOURS,
    ),
    Term(
        EXPERIENCE_DIPLOMA,
        "validation des acquis de l'expérience VAE obtenir un diplôme grâce à son expérience",
        ("F2401",),
        "F2401 « Validation des acquis de l'expérience (VAE) »",
        unless=NOT_EXPERIENCE_DIPLOMA,
    ),
    Term(
        SKILLS_REVIEW,
        "bilan de compétences analyser ses compétences professionnelles et personnelles projet professionnel",
        ("F3087", "F3088"),
        "F3087 « Bilan de compétences d'un salarié du secteur privé », F3088 (demandeur d'emploi)",
        unless=NOT_SKILLS_REVIEW,
    ),
    Term(
        APPRENTICE_HIRING,
        "aide à l'embauche contrat d'apprentissage employeur aide exceptionnelle apprenti",
        ("F23556",),
        "F23556 « Aides à l'embauche pour un contrat d'apprentissage »",
        unless=NOT_APPRENTICE_HIRING,
    ),
    Term(
        JOB_SEEKER_TRAINING,
        "formation demandeur d'emploi chômage financement de la formation rémunération pendant la formation",
        ("F3147",),
        "F3147 « Formation et chômage : quelles sont les règles ? »",
        unless=NOT_JOB_SEEKER_TRAINING,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py training` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_TRAINING_HOURS",
            "READ_EXPERIENCE_DIPLOMA",
            "READ_SKILLS_REVIEW",
            "READ_APPRENTICE_HIRING",
            "READ_JOB_SEEKER_TRAINING",
        ),
        TRAINING_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `TRAINING_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
