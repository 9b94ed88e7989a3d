"""Health and social protection told in long stories (fifty-third pass, engineer-r96, issue 14).

The man whose sick pay ends after three years, the woman classed in the wrong invalidity category, the daughter who
washes and feeds her father on an invalidity pension, the mother whose son came back paraplegic from the hospital
rarely name the fiche that answers: « les IJ s'arrêtent le mois prochain, je ne peux pas retravailler » is the
invalidity pension, « on m'a mise en 1re catégorie … est-ce qu'on peut contester ? » the technical dispute,
« il ne peut plus se laver ni manger seul » beside the pension the majoration pour tierce personne, « une aide pour
payer la personne qui vient l'aider et la voiture adaptée » the PCH. The question sits at the end of the story, far
from the words that name the situation, beyond the reach of the older entries (`vocabulary.health`,
`office_terms`). Each reading is a vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`) behind its own switch (read at call time through `silenced`, as
`guichet.knowledge.energy_consumer` does):

- `READ_SICK_PAY_ENDING`: the daily allowances of sick leave said to stop (« les IJ s'arrêtent », « la fin des
  indemnités journalières ») beside a long leave or work no longer possible: F672 « Pension d'invalidité de la
  Sécurité sociale » (« à l'expiration de la période légale d'attribution des indemnités journalières »). The
  older entry (`office_terms`) reads « au bout des 3 ans », « 3 ans d'arrêt » only. Not an accident at work or an
  occupational disease (a rente, F14840), a civil servant, allowances stopped by a check or a late sick note
  (F33908, F303, F2500), maternity, unemployment.
- `READ_INVALIDITY_CONTESTED`: an invalidity decision (a category, « reconnu invalide », « pension d'invalidité »)
  told with the wish to contest it, however long the story between them: F2499 « Litige sur l'invalidité,
  l'incapacité ou l'inaptitude (contentieux technique) ». Not a decision of the MDPH (AAH, RQTH, PCH, card), a
  seizure of the pension, a civil servant's invalidity retirement.
- `READ_INVALID_DAILY_HELP`: an invalidity pension beside someone who can no longer wash, dress, eat or get up
  alone: F31434 « Pension d'invalidité : majoration pour tierce personne (MTP) ». Not an elderly person (the Apa,
  F10009), a seizure of the pension (F1438), a child.
- `READ_DISABLED_ADULT_COSTS`: an adult's disability (paraplegic, amputated, in a wheelchair) beside the costs it
  brings (someone paid to help with washing or dressing, a car or a bathroom adapted): F14202 « Prestation de
  compensation du handicap (PCH) ». Not an elderly person (the Apa), a child (AEEH, F14809), an invalidity pension's
  majoration, tax credits for works.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-third pass, r96).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, the messages each entry matches, each switch alone with the others
# as shipped (`benchmarks/retrieval_vocabulary_switch.py long_care`; docs/benchmarks.md, fifty-third pass, r96).
# On: 10 matched; validation v97-031 2 -> 1; train r96-002 - -> 13, ret-v16-071 10 -> 9, ret-v6-063 - -> 29; none down.
READ_SICK_PAY_ENDING = True
# On: 6 matched; r96-007 2 -> 1, ret-v30-063 4 -> 1, v97-046 - -> 2; ret-r41-037 1 -> 2 (its writer asks to contest a
# refused invalidity, F2499's matter; its golds F672 / F13093 stay in the top 2): the cost is judged worth it.
READ_INVALIDITY_CONTESTED = True
# On: 6 matched; r96-008 6 -> 1, ret-v14-050 4 -> 1, v22-036 - -> 1, v74-014 2 -> 1, validation v84-012
# 4 -> 1; none down.
READ_INVALID_DAILY_HELP = True
# On: 6 matched; v97-047 17 -> 1, r72-007 5 -> 1; none down (ret-r22-011, an accident at work and its rente, kept out).
READ_DISABLED_ADULT_COSTS = True

# The daily allowances of sick leave, said to stop.
_ALLOWANCES = r"indemnites journalieres|indemnites (de la secu|de la cpam|maladie)|\bij\b|\bijss\b"
_STOP = (
    r"(s.arret\w*|vont s.arreter|prendre fin|prennent fin|prendront fin|se termin\w*|termine\w*|finiss\w*|cess\w*"
    r"|coupee?s?|suppr\w*|ne (seront|sont) plus versee?s)"
)
_ALLOWANCES_STOP = rf"(?:{_ALLOWANCES}) (\w+ ){{0,4}}{_STOP}|fin (des|de mes|de ses) (?:{_ALLOWANCES})"
# A long leave, or work never possible again.
_LONG_OR_UNFIT = (
    r"(2|3|deux|trois) ans|invalidit\w*|plus (jamais )?(reprendre|retravailler|travailler)"
    r"|(peux|peu|peut|pourrai\w*|pourra) (pas|plus|pa|jamais) (\w+ ){0,2}(reprendre|retravailler|travailler)"
)
SICK_PAY_ENDING = around(_ALLOWANCES_STOP, _LONG_OR_UNFIT, 400)
# Work-related (a rente), a civil servant, a check, a late sick note, maternity, unemployment.
NOT_SICK_PAY_ENDING = (
    r"accident (du|de) travail|accident de trajet|maladie professionnelle|fonctionnaire|agent public|titulaire"
    r"|contre.visite|controle|juge\w* apte|en retard|trop tard|hors delai|maternite|chomage"
    r"|france travail|pole emploi"
)

# An invalidity decision.
_INVALIDITY_DECISION = (
    r"(1re|1ere|2e|2eme|3e|3eme|premiere|deuxieme|troisieme) categorie|categorie (1|2|3)"
    r"|(reconnue?|declaree?|classee?|mise?) (\w+ ){0,2}invalide|invalidite|pension d.invalidite"
)
_CONTEST_WISH = (
    r"contest\w*|recours|faire appel|pas d.accord|(a|aupres de) qui (ecrire|m.adresser|s.adresser)"
    r"|revoir (la|cette|sa) decision|(changer|passer) (en|de) categorie"
)
INVALIDITY_CONTESTED = around(_INVALIDITY_DECISION, _CONTEST_WISH, 600)
# A decision of the MDPH, a seizure, a civil servant's invalidity retirement.
NOT_INVALIDITY_CONTESTED = (
    r"\bmdph\b|\bcdaph\b|\baah\b|adultes? handicape|\brqth\b|\bpch\b|carte (mobilite|d.invalidite|cmi)|\bcmi\b"
    r"|saisi\w*|huissier|commissaire de justice|fonctionnaire|retraite pour invalidite|impots?|imposable"
)

# An invalidity pension held.
_PENSION_HELD = r"pension d.invalidite|en invalidite|invalidite (categorie|cat|\d)|(3e|3eme|troisieme) categorie"
# The everyday acts no longer done alone.
_DAILY_ACTS = (
    r"(se|me|te) (laver|lever|habiller|coucher)|(faire )?(sa|ma) toilette|manger seule?|s.alimenter"
    r"|gestes (de la vie )?(courante?|quotidienne?|essentiels?)|actes (ordinaires|essentiels) de la vie"
    r"|besoin d.(une )?aide pour (tout|la toilette|se laver|s.habiller|manger)"
)
INVALID_DAILY_HELP = around(_PENSION_HELD, _DAILY_ACTS, 500)
# An elderly person (the Apa), a seizure of the pension, a child.
NOT_INVALID_DAILY_HELP = (
    r"personnes? agees?|\bapa\b|ehpad|grand.(mere|pere)|saisi\w*|huissier|enfant handicape|\baeeh\b|tierce personne"
    r"|\bmtp\b"
)

# An adult's disability told.
_DISABLED = (
    r"paraplegi\w*|tetraplegi\w*|hemiplegi\w*|amputee?|en fauteuil( roulant)?|fauteuil roulant"
    r"|(lourdement |gravement )?handicape (moteur|physique)?"
)
# The costs it brings: someone paid to help, a car or a home adapted.
_DISABILITY_COSTS = (
    r"(payer|paye|payons|financer|remunerer) (\w+ ){0,3}(la |une |l.)?(personne|aide|auxiliaire)"
    r"|aide a domicile|aide (pour|a) (la toilette|s.habiller|se laver)|voiture (adaptee|amenagee)"
    r"|amenag\w* (\w+ ){0,2}(voiture|vehicule|salle de bains?|logement|maison)"
)
DISABLED_ADULT_COSTS = around(_DISABLED, _DISABILITY_COSTS, 500)
# An elderly person, a child, an invalidity pension, tax credits for works, an accident at work or an occupational
# disease (its rente has its own help for a third person, F31435).
NOT_DISABLED_ADULT_COSTS = (
    r"personnes? agees?|\bapa\b|ehpad|grand.(mere|pere)|\baeeh\b|enfant handicape|ecole|college|creche|bebe"
    r"|pension d.invalidite|credit d.impot|impots?|\brentes?\b|accident (du|de) travail|maladie professionnelle"
    r"|(accident|tombee?) (\w+ ){0,2}(chantier|usine|au travail)"
)

LONG_CARE_TERMS: tuple[Term, ...] = (
    Term(
        SICK_PAY_ENDING,
        "pension d'invalidité fin des indemnités journalières capacité de travail réduite",
        ("F672",),
        "F672 « Pension d'invalidité de la Sécurité sociale » : « à l'expiration de la période légale d'attribution "
        "des indemnités journalières »",
        unless=NOT_SICK_PAY_ENDING,
        told=True,
    ),
    Term(
        INVALIDITY_CONTESTED,
        "litige sur l'invalidité contester la catégorie d'invalidité commission médicale de recours amiable",
        ("F2499",),
        "F2499 « Litige sur l'invalidité, l'incapacité ou l'inaptitude (contentieux technique) » : « Les "
        "réclamations contre les décisions … concernant l'invalidité »",
        unless=NOT_INVALIDITY_CONTESTED,
    ),
    Term(
        INVALID_DAILY_HELP,
        "majoration pour tierce personne pension d'invalidité aide pour les actes ordinaires de la vie",
        ("F31434",),
        "F31434 « Pension d'invalidité : majoration pour tierce personne (MTP) » : « versée sous conditions "
        "d'assistance d'une tierce personne »",
        unless=NOT_INVALID_DAILY_HELP,
        told=True,
    ),
    Term(
        DISABLED_ADULT_COSTS,
        "prestation de compensation du handicap aide humaine aménagement du véhicule du logement",
        ("F14202",),
        "F14202 « Prestation de compensation du handicap (PCH) » : « aide humaine, technique, aménagement du "
        "logement, transport »",
        unless=NOT_DISABLED_ADULT_COSTS,
        told=True,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py long_care` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        ("READ_SICK_PAY_ENDING", "READ_INVALIDITY_CONTESTED", "READ_INVALID_DAILY_HELP", "READ_DISABLED_ADULT_COSTS"),
        LONG_CARE_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `LONG_CARE_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
