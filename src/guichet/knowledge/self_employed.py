"""The self-employed and their families, told in their own words (fifty-first pass, engineer-r89, issue 14).

Artisans, shopkeepers, micro-entrepreneurs and the spouses who work beside them have fiches of their own, most in
`professionnels/`: F33843 « Pension de réversion pour l'époux(se) d'un travailleur indépendant », F32266 « Statut du
conjoint du chef d'entreprise », F33351 « Prestations sociales pour les commerçants et les artisans indépendants »
(the indemnités journalières, the maternity allowances and the invalidity pension of the indépendants and of their
conjoints collaborateurs). Their writers say none of those names: a widow writes « mon mari tenait le garage … j'ai
droit à quelque chose de sa caisse ? », a wife « je tiens la caisse de l'épicerie de mon époux sans être payée », a
courier « je suis auto-entrepreneur, je me suis cassé le poignet, je touche quelque chose ? ». Each reading is a
vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`),
behind its own switch (read at call time, `silenced`):

- `READ_TRADE_SURVIVOR`: a spouse gone (a death told, or left unsaid: « n'est plus là », « nous a quittés », « depuis
  que je suis seule », « il est parti en mars ») who worked on their own account (« artisan », « commerçant », « à son
  compte », « tenait le garage », « son salon », « conjointe collaboratrice »), and a pension asked (« sa retraite »,
  « la réversion », « quelque chose de sa caisse »): F33843, the indépendants' réversion, and F13104, the Sécurité
  sociale's (« lorsque le défunt exerçait une activité salariée ou non salariée »); the re-ranking orders them by
  the publics the message names (`rerank._situation_fit`).
- `READ_UNSAID_DEATH`: a spouse's pension asked after a death left unsaid (« mon mari n'est plus là », « depuis que
  je suis seule », « depuis son départ ») in any régime: the réversion's words, no fiche (its siblings come by the
  dead's career, `survivor_pension`).
- `READ_UNPAID_SPOUSE`: a spouse who works in the partner's business (« ma femme m'aide à l'atelier », « je tiens la
  caisse de l'épicerie de mon mari ») without pay or status (« sans être payée », « jamais déclarée », « quel
  statut ? »), or the conjoint collaborateur named: F32266, and F33429 « Conjoint-collaborateur du micro-entrepreneur
  : quelles cotisations sociales ? » beside it. A setting (`Term.setting`): a sick leave, a pregnancy or a
  réversion told beside it points elsewhere and it gives way.
- `READ_SELF_EMPLOYED_SICK`: a self-employed writer or spouse (« auto-entrepreneur », « artisan », « à mon compte »,
  « conjointe collaboratrice ») who cannot work (« arrêt maladie », « opéré », « poignet cassé », « enceinte »,
  « je ne peux plus exercer »): F33351, whose indemnités journalières, maternity allowances and invalidity pension
  are theirs, where the salaried worker's F3053 and F2265 are not.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-first pass, r89).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, the messages each entry matches, each switch alone with the others
# on (`benchmarks/retrieval_vocabulary_switch.py self_employed`; docs/benchmarks.md, fifty-first pass, r89).
# On: validation r89-002 13 -> 1, r89-042 4 -> 1; train 4 up; none down.
READ_TRADE_SURVIVOR = True
# Off: 4 messages matched, none moves; on a lexical subset it lifted the civil servant's réversion (F21819) over
# F13104 for an employee's widow. No gain.
READ_UNSAID_DEATH = False
# On: validation nothing moves; train ret-v46-042 10 -> 1, ret-v37-040 5 -> 4; none down.
READ_UNPAID_SPOUSE = True
# On: validation r89-008 and r89-009 out of the 30 -> 1; train 8 up; none down.
READ_SELF_EMPLOYED_SICK = True

# The writer's spouse or partner, living or not.
SPOUSE = r"(mon|ma|notre) (\w+ )?(mari|homme|femme|epoux|epouse|conjointe?|compagnon|compagne|concubine?)\b"
# A death left unsaid: the spouse "n'est plus là", "nous a quittés", "est parti en mars" (not "parti à la retraite"),
# the writer "seule" since, "depuis son départ". The words the bereaved use when they do not write "décédé".
UNSAID_DEATH = (
    r"n.?est plus (la|parmi nous|de ce monde)|nous a quitte\w*|(est|s.en est) (alle|allee|parti|partie)\b"
    r"(?! (a|en) (la )?retraite)(?! (de|du) (la maison|chez))|(depuis que|maintenant que) je suis (toute )?seule?"
    r"|je (me retrouve|suis) (toute )?seule? depuis|depuis (son|sa) (depart|disparition)|feu (mon|ma)"
)
# A death said, or left unsaid.
GONE = r"decede\w*|deces|morte?s?\b|veuve?s?\b|disparue?\b|perdu (mon|ma) (\w+ )?(mari|femme|epoux|epouse)|" + (
    UNSAID_DEATH
)
# A pension the spouse leaves: "sa retraite", "la réversion", "quelque chose de sa caisse", "ce qu'il a cotisé".
SPOUSE_PENSION = (
    r"reversion|(sa|leur|une partie de (sa|la)) (retraite|pension)|retraite (de|a) (mon|ma|lui|elle)"
    r"|(sa|leur) caisse|ce qu.(il|elle) (a|avait) cotise|au titre de ce qu.(il|elle)|(il|elle) (a|avait) cotise"
)
# Working on one's own account, said of oneself or of the spouse: the status, the shop or workshop held, the
# spouse's status beside it. Not a trade alone ("il était mécanicien"): a trade is as often an employee's.
OWN_ACCOUNT = (
    r"artisan\w*|commercant\w*|independant\w*|auto.?entrepreneu\w*|micro.?entrepr\w*|a (son|mon|notre|leur) compte"
    r"|non salariee?|travailleur non salarie|\brsi\b|securite sociale des independants|caisse des (artisans"
    r"|commercants|independants)|conjointe? collaborat\w*|chef d.entreprise"
    r"|(tenait|avait|tenions|avions|tient|tenons) (le|la|l.|son|sa|notre|un|une) (petit |petite )?(garage|boutique"
    r"|commerce|salon|atelier|magasin|epicerie|boulangerie|boucherie|charcuterie|quincaillerie|bar|cafe|restaurant"
    r"|tabac|pressing|fleuriste|librairie|entreprise|exploitation)\b"
)
# An employee named ("salarié"), not one denied or compared ("ce n'était pas un salarié", "comme un salarié", "pas les
# mêmes droits que les salariés", "remboursés pareil qu'un salarié").
EMPLOYEE = (
    r"(?<!non )(?<!pas )(?<!pas un )(?<!pas une )(?<!comme )(?<!comme un )(?<!comme une )(?<!comme les )(?<!que )"
    r"(?<!que les )(?<!qu.un )(?<!qu.une )salarie"
)
TRADE_SURVIVOR_PATTERN = around(around(GONE, OWN_ACCOUNT, 250), SPOUSE_PENSION, 300)
UNSAID_DEATH_PATTERN = around(rf"(?:{SPOUSE}).{{0,40}}?(?:{UNSAID_DEATH})|(?:{UNSAID_DEATH})", SPOUSE_PENSION, 250)

# A spouse working in the partner's business: "ma femme m'aide à l'atelier", "je tiens la caisse de l'épicerie de mon
# époux", "l'épouse d'un artisan, je l'aide au quotidien", "mon mari bosse avec moi au restaurant".
SPOUSE_OR_PARTNER = SPOUSE + r"|(l.|son |sa )(epoux|epouse|femme|mari) d.un"
# Helping in the business: the shop, the workshop, the books, the till, the quotes.
BUSINESS = (
    r"entreprise|commerce|boutique|atelier|garage|magasin|salon|restaurant|epicerie|boulangerie|boucherie|bar|cafe"
    r"|cabinet|activite|societe|boite|chantiers?|food.?truck|caisse|compta\w*|factur\w*|devis|commandes"
    r"|reservations|clients?"
)
HELPS = (
    r"(m.aide|l.aide|aide (mon|ma)|travaill\w*|bosse\w*|tiens|tient|gere\w*|fais|fait|s.occupe\w*)"
    r"( [\w']+){0,8}? (" + BUSINESS + r")\b"
)
SPOUSE_HELPS = around(SPOUSE_OR_PARTNER, HELPS, 120)
# Without pay or status, or the status asked.
NO_STATUS = (
    r"sans (etre )?(payee?|remuneree?|salaire|statut|declaree?|contrat)|(jamais|pas) (ete )?(payee?|remuneree?"
    r"|declaree?)|aucun statut|pas de statut|quel statut|(la|le) declarer|qu.(elle|il) soit declaree?"
    r"|(n.a|n.ai) (pas de|aucun) (revenu|salaire)|pas (protegee?|couverte?)|collaborat(eur|rice)"
)
UNPAID_SPOUSE_PATTERN = rf"conjointe?s?.collaborat\w*|{around(SPOUSE_HELPS, NO_STATUS, 250)}"

# Unable to work, the writer or the spouse: a sick leave, an operation, a fracture, a pregnancy, a lasting incapacity.
# Not a relative's illness ("mon père malade", "ma fille hospitalisée") nor a thing broken ("cassé la vitrine").
BODY = r"poignet|jambe|bras|cheville|main|dos|genou|pied|epaule|cotes?|tibia|hanche|doigt|clavicule|col du femur"
CANNOT_WORK = (
    r"arret (maladie|de travail)|en arret|arretee? (par (le|mon) (medecin|docteur)|depuis|pour)"
    r"|arretee? (\w+ ){0,2}(\d+|deux|trois|quatre|six|huit|plusieurs|quelques) (jours|semaines|mois)|m.oper\w*"
    r"|operation (du|de la|des|d.)"
    r"|(je suis|suis tombee?|il est|elle est|est tombee?) (\w+ )?malade|(j.ai ete|je suis|il a ete|elle a ete|on m.a)"
    r" (\w+ )?(operee?|hospitalisee?|opere)|(casse|fracture)\w* (\w+ ){0,2}(" + BODY + r")\b|fracture|platre"
    r"|immobilis\w*|indemnites? journalieres|\bij\b|enceinte|grossesse|conge (de )?maternite|accouch\w*"
    r"|(j.attends|nous attendons|on attend) (un|mon|notre) (premier |deuxieme |second |troisieme )?(enfant|bebe)"
    r"|(ne|n.) ?(peux|peut|pourrai|pourra) (plus|pas) (travailler|exercer|bosser|rouler|monter)"
)
SELF_EMPLOYED_SICK_PATTERN = around(OWN_ACCOUNT, CANNOT_WORK, 300)

SELF_EMPLOYED_TERMS: tuple[Term, ...] = (
    Term(
        TRADE_SURVIVOR_PATTERN,
        "pension de réversion époux d'un travailleur indépendant artisan commerçant conjoint survivant",
        ("F33843", "F13104"),
        "F33843 « Pension de réversion pour l'époux(se) d'un travailleur indépendant » ; F13104 « Pension de "
        "réversion - Défunt ayant travaillé dans le privé » (« lorsque le défunt exerçait une activité salariée ou "
        "non salariée (travailleur indépendant …) »)",
        # a civil servant's or an employee's career named beside it: the siblings of `survivor_pension` decide
        # a farmer's MSA pension is the régime général's fiche's (F13104 names the « agriculteur »)
        unless=r"fonctionnaire|agent public|agricole|agricult\w*|\bmsa\b|eleveu\w*|" + EMPLOYEE,
        told=True,
    ),
    Term(
        UNSAID_DEATH_PATTERN,
        "pension de réversion conjoint décédé retraite",
        (),
        "F13104 « Pension de réversion - Défunt ayant travaillé dans le privé » ; F21819 ; F33843",
        # a death said, or the réversion named: the message's own words already find the topic
        unless=r"reversion|decede\w*|deces|veuve?s?\b|morte?\b",
        told=True,
    ),
    Term(
        UNPAID_SPOUSE_PATTERN,
        "statut du conjoint du chef d'entreprise conjoint collaborateur salarié associé cotisations",
        ("F32266", "F33429"),
        "F32266 « Statut du conjoint du chef d'entreprise » (« Si l'époux(se) ou le partenaire de pacs du chef "
        "d'entreprise travaille dans l'entreprise, il doit choisir un statut ») ; F33429 « Conjoint-collaborateur du "
        "micro-entrepreneur : quelles cotisations sociales ? »",
        setting=True,
    ),
    Term(
        SELF_EMPLOYED_SICK_PATTERN,
        "prestations sociales indépendants indemnités journalières arrêt maladie maternité artisans commerçants",
        ("F33351",),
        "F33351 « Prestations sociales pour les commerçants et les artisans indépendants » (« Les artisans, les "
        "commerçants et leurs conjoints bénéficient … d'indemnités journalières … en cas de maladie ou d'accident »)",
        # an employee's sick leave beside a side business, or an accident at work, are the salaried fiches'; an illness
        # the spouse died of is the réversion's story
        unless=EMPLOYEE
        + r"|\bcdd\b|\bcdi\b|accident du travail|employeur|reversion|decede\w*|deces|veuve?s?\b"
        # a third party who caused the accident: the victim's compensation is asked (F2679, F2677)
        + r"|renverse\w*|chauffard|percute\w*|dedommag\w*",
        told=True,
    ),
)
SWITCHES: dict[str, Term] = dict(
    zip(
        ("READ_TRADE_SURVIVOR", "READ_UNSAID_DEATH", "READ_UNPAID_SPOUSE", "READ_SELF_EMPLOYED_SICK"),
        SELF_EMPLOYED_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `SELF_EMPLOYED_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
