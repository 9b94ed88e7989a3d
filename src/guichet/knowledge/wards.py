"""A minor or a protected adult whose property is at stake (fiftieth pass, engineer-r88, issue 14).

A child who inherits, a brother under tutelle who inherits, a daughter under an habilitation familiale: the estate
is the same as any other, but who may accept it, refuse it or sell its goods is not — the legal administrator, the
tutor, the curator, often with the judge's leave. The fiche of that question is F905 « Comment régler une succession
quand l'héritier est mineur ou majeur protégé ? »; the words of an estate alone bring the general ones first
(F1199 « Accepter ou renoncer à la succession (option successorale) », which `death_steps.READ_REFUSE_ESTATE`
points to when a refusal is asked, F1270 on the heirs' shares). Each reading is behind its own switch (read at call
time):

- `READ_MINOR_HEIR`: the heir is a minor (« mineur », a child named with an age under 18: « ma fille de 12 ans »,
  « nos deux enfants ont 6 et 9 ans ») or a protected adult (« sous tutelle », « sous curatelle », « habilitation
  familiale », « majeur protégé »), told within a short reach of the estate's words (« hérite », « héritier »,
  « héritage », « succession »): a vocabulary entry pointing to F905, whose `outranks` makes the option
  successorale's pointer (F1199) count as context. Not when the estate's tax is asked (« droits de succession »,
  « abattement »: F14198), nor an emancipation (F1194: the minor wants to act alone).
- `READ_YOUNG_HOURS`: a young worker (a son, a daughter, an apprentice or the writer aged 14 to 17, « mineur ») and
  the hours of a day or a week counted or asked (« combien d'heures », « journées de 10 heures », « 45 h la
  semaine », « sans pause »): F2216 « Durée du travail d'un jeune de moins de 18 ans », which the neighbours on the
  age to work (F1649) and on night work (F1688) came before. Not the writer's own hours told beside a child's age
  (« je travaille 28 heures par semaine … mon fils de 15 ans »).
- `READ_FAMILY_ACTS`: a relative who can no longer manage or speak (Alzheimer, a stroke, « ne reconnaît plus »,
  « ne peut plus signer ») and the family who would act for them together (« tous d'accord », « mon frère et moi »,
  « signer pour elle »): F33367 « Habilitation familiale », whose older entry (`vocabulary.relation`) points to no
  fiche. Not a spouse (« mon mari », « ma femme »: F34327, the conjoint's own habilitation).

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fiftieth pass, r88).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# On: a minor or a protected adult who inherits points to F905. Train + validation (9 matched): validation
# ret-r32-023 2 -> 1, train ret-r20-002 - -> 1, v88-048 3 -> 1, none down.
READ_MINOR_HEIR = True
# On: a minor's working hours point to F2216. Train + validation (9 matched): validation ret-r10-020 3 -> 1,
# ret-r11-038 2 -> 1, train ret-r19-058 2 -> 1, ret-v35-035 3 -> 1, v85-046 2 -> 1, r88-024 6 -> 2, none down.
READ_YOUNG_HOURS = True
# On: a family acting for a relative who can no longer manage points to the habilitation familiale. Train +
# validation (9 matched): validation ret-v18-080 7 -> 2, train ret-v7-024 8 -> 1, v81-007 9 -> 1, none down
# (v22-038 stays 8, its first fiche turns from one wrong fiche to another).
READ_FAMILY_ACTS = True

# A minor: the word, or a child named with an age under 18 (« ma fille de 12 ans », « deux enfants de 6 et 9 ans »,
# « nos enfants (9 et 13 ans) »), in the folded text.
_CHILD = (
    r"fils|filles?|enfants?|garcons?|petits?.(fils|enfants)|petites?.filles?|neveux?|nieces?|orphelins?|petits"
    r"|petites"
)
MINOR = (
    rf"mineure?s?|(?:{_CHILD})(?: (?!\d)[\w']+){{0,3}}? \(?(de |ont |a |ages? de |agees? de )?([1-9]|1[0-7])"
    r"( ans)?( et ([1-9]|1[0-7]))? ans"
)
# A protected adult: the measure named as the person's state.
WARD = r"sous (tutelle|curatelle)( renforcee)?|habilitation familiale|majeure?s? protegee?s?"
# The estate: the heir's verbs and nouns.
HEIR = r"herit(e|ent|er|iers?|ieres?|age)|succession"

MINOR_HEIR_PATTERN = around(MINOR + "|" + WARD, HEIR, 100)

# A working day or week counted, or its hours asked (« combien d'heures », « journées de 10 heures », « 45 h la
# semaine », « sans pause »).
HOURS = (
    r"combien d.heures|heures (par|chaque) (jour|semaine)|journees? de \d+ ?(h|heures)\b"
    r"|\d+ ?(h|heures) (par|la|dans la) (jour|journee|semaine)|trop d.heures"
    r"|sans (aucune )?pause|temps de pause|(la |une )?duree (du|de) travail"
)
# A young worker: a son, a daughter, an apprentice or the writer aged 14 to 17, or a minor said.
YOUNG_WORKER = r"mineure?s?|moins de 18 ans|(fils|fille|j.ai|apprentie?|il a|elle a)( \w+){0,2}? (de )?1[4-7] ans"
YOUNG_HOURS_PATTERN = around(YOUNG_WORKER, HOURS, 200)
# Someone who can no longer manage or speak (a disease, a stroke, a memory gone) ...
CANNOT_MANAGE = (
    r"alzheimer|demence|maladie (qui oublie|de la memoire)|ne (reconnait|parle|peut) plus|\bavc\b|(ne|n.) ?(peut|sait)"
    r" plus (rien )?(signer|s.exprimer|gerer)"
)
# ... and the family who would act for them, together or with the judge's leave.
ACT_FOR = (
    r"(signer|agir|faire les papiers|faire les demarches|gerer (ses|les) comptes) pour (elle|lui)"
    r"|(tous|toutes|tous les (deux|trois|quatre)) d.accord"
    r"|(moi et|avec) (mon frere|ma soeur|mes freres|mes soeurs)|(mon frere|ma soeur) et"
    r" moi|la fratrie|entre (freres et soeurs|nous)"
)
FAMILY_ACTS_PATTERN = around(CANNOT_MANAGE, ACT_FOR, 300)

WARD_TERMS: tuple[Term, ...] = (
    Term(
        MINOR_HEIR_PATTERN,
        "succession héritier mineur majeur protégé autorisation du juge administrateur légal tuteur",
        ("F905",),
        "F905 « Comment régler une succession quand l'héritier est mineur ou majeur protégé ? » (« l'autorisation "
        "du juge peut être demandée lorsque l'héritier est mineur ou majeur protégé »)",
        # the estate's tax (F14198, F17456) and an emancipation asked (F1194) are other questions
        unless=r"droits? de succession|abattements?|impots?|exonere\w*|emancip\w*",
        outranks=("F1199",),
    ),
    Term(
        YOUNG_HOURS_PATTERN,
        "durée du travail d'un jeune de moins de 18 ans heures par jour par semaine repos pause",
        ("F2216",),
        "F2216 « Durée du travail d'un jeune de moins de 18 ans » (« dispositions spécifiques concernant la durée du "
        "travail, le repos et les jours fériés »)",
        # the writer's own hours told beside a child's age, or an adult's past (« depuis mes 16 ans »)
        unless=r"(je|j.) ?(travaille|bosse|fais)\w* (\w+ ){0,3}\d+ ?(h|heures)\b|depuis mes \d+ ans|service civique",
    ),
    Term(
        FAMILY_ACTS_PATTERN,
        "habilitation familiale proche représenter une personne qui ne peut pas manifester sa volonté",
        ("F33367",),
        "F33367 « Habilitation familiale » (« permet à un proche… de représenter une personne qui ne peut pas "
        "manifester sa volonté »)",
        # a spouse has a measure of their own (F34327 « Habilitation judiciaire pour représentation du conjoint »)
        unless=r"(mon|ma) (mari|femme|epou\w+|conjointe?|compagne?)\b",
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py wards` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(("READ_MINOR_HEIR", "READ_YOUNG_HOURS", "READ_FAMILY_ACTS"), WARD_TERMS, strict=True)
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `WARD_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
