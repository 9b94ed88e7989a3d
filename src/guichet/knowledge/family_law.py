"""A family's separation and filiation, told in the parents' and grandparents' words (fifty-second pass, engineer-r93,
issue 14).

Separated parents, a mother whose child's father will not recognise it, grandparents kept from a grandchild: each has
a fiche of its own, whose title the writer never says. A father writes « je ne peux plus payer la même pension »,
« il veut baisser la pension » (F21023 « Révision du montant de la pension alimentaire »); a mother « il reconnaît
pas le bébé mais il doit payer » (F1230 « Action à fins de subsides en l'absence de filiation paternelle »); a couple
« on est d'accord pour divorcer … sans passer devant le juge » (F10567 « Divorce par consentement mutuel »); a
separated mother « ai-je besoin de son accord … ou est-ce que je peux décider seule ? » (F3133 « Autorité parentale
en cas de séparation des parents »); a grandmother « elle refuse que je voie mes petits-enfants » (F1223
« Séparation des parents : relations entre l'enfant et sa famille ou ses proches »). Each reading is a vocabulary
entry (`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`), behind its
own switch (read at call time, `silenced`):

- `READ_PENSION_REVISED`: the child support's amount to change (« baisser », « diminuer », « augmenter », « revoir »,
  « payer moins », « je ne peux plus payer la même pension », « demander plus »): F21023. Not the yearly indexation
  (F2010), a retirement pension, nor the tax deduction.
- `READ_SUPPORT_UNRECOGNISED`: a father who does not or will not recognise the child, and money asked of him
  (« payer », « participer », « aider financièrement »): F1230. Not the CAF's allowance for a child not recognised
  (F33645), nor a paternity to establish or to contest.
- `READ_AMICABLE_DIVORCE`: a divorce both want (« à l'amiable », « d'accord tous les deux », « sans passer devant le
  juge », « un seul avocat », « sans conflit »): F10567. Not a Pacs or a concubinage, nor the séparation de corps.
- `READ_DECIDES_ALONE`: a separated parent who asks whether one may decide alone, or without the other's agreement,
  about the child's school, passport, doctor or religion: F3133 (its existing entry reads « droit de décider »).
- `READ_GRANDPARENTS`: a grandparent, or the grandparents named, kept from seeing a grandchild: F1223 (a mediator
  asked is the médiation familiale's, F34355).
- `READ_SUPPORT_OWED`: the child support owed, told without « impayée » (« il me doit 4 mois de pension », « il ne
  me verse plus rien pour les enfants »): F1249, F1002. Not where no judgment ever fixed it (F815).
- `READ_WAGES_DIRECT`: the employer asked to pay the support from the wages (« demander à son patron de me payer
  directement sur son salaire »): F998. Not the payer paying a grown child directly (F10508).

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-second pass, r93).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, the messages each entry matches, each switch alone with the others
# as shipped (`benchmarks/retrieval_vocabulary_switch.py family_law`; docs/benchmarks.md, fifty-second pass, r93).
# On: validation ret-v9-027 10 -> 1; train 6 up (r75-054 17 -> 1, v90-027 out -> 1, v95-034 out -> 2 …); none down.
READ_PENSION_REVISED = True
# On: train ret-v15-053 11 -> 1, v95-049 and r93-022 out -> 1 (ret-v27-061 stays out); none down.
READ_SUPPORT_UNRECOGNISED = True
# On: validation v95-024 9 -> 1; 12 others stay first; none down.
READ_AMICABLE_DIVORCE = True
# On: validation r93-047 3 -> 1, v95-041 out -> 4; train r93-004 8 -> 3; none down.
READ_DECIDES_ALONE = True
# On: validation r83-002 out -> 2; train 4 up; none down (a mediator asked is left to F34355: ret-r18-053).
READ_GRANDPARENTS = True
# On: validation r93-002 5 -> 1; none down.
READ_SUPPORT_OWED = True
# On: train v57-010 2 -> 1; nothing else moves; none down.
READ_WAGES_DIRECT = True

# The money paid for the child after a separation, named or described.
CHILD_SUPPORT = (
    r"pensions?( alimentaires?)?|contribution (a l.entretien|alimentaire)"
    r"|ce (qu.il|qu.elle|que je) (me )?(verse|paie|paye|donne) pour"
)
# Its amount to change: lowered, raised, revised, or no longer payable as it is.
AMOUNT_CHANGED = (
    r"baiss\w*|diminu\w*|redui\w*|reduction|revoir|revu|revis\w*|modifi\w*|augment\w*|changer le montant"
    r"|nouveau montant|(payer|verser|donner) moins|demander plus|somme plus petite|montant plus (bas|faible)"
    r"|ne correspond plus|(ne peux|ne pourrai|n.arrive|n.y arrive) plus( a)?( (la|les))? (payer|verser|assumer)"
    r"|(ne peux|ne pourrai) plus payer"
)
PENSION_REVISED_PATTERN = around(CHILD_SUPPORT, AMOUNT_CHANGED, 200)

# A father who does not, or will not, recognise the child.
NOT_RECOGNISED = (
    r"(ne veut|ne voulait|veut|voulait|refuse|refusait|n.a jamais voulu|a jamais voulu|n.a pas voulu|a pas voulu"
    r"|ne va pas|va pas)( pas)? (de )?(le |la |l.)?reconnaitre|(ne l.a|l.a) (jamais|pas) reconnue?"
    r"|(ne|n.) ?(le |la |l.)reconnait pas|il (le |la |l.)?reconnait pas|reconnait pas (le|la|l.|mon|ma|notre) (bebe"
    r"|enfant|fils|fille|petite?)|non reconnue?"
    r"|(a|n.a) (pas|jamais) signe a la mairie|(il )?dit pas que c.est (sa|son)"
)
# Money asked of him.
PAY_ASKED = (
    r"payer|paye|paie|participe\w*|aide\w* financ\w*|financierement|argent|subsides?|pension|frais|contribu\w*"
    r"|(verser|donner) quelque chose"
)
SUPPORT_UNRECOGNISED_PATTERN = around(NOT_RECOGNISED, PAY_ASKED, 250)

# A divorce, or a married couple's parting.
DIVORCE = r"divorc\w*|(ma femme|mon mari|mon epouse|mon epoux|ma conjointe|mon conjoint)( et moi)?.{0,40}se separer"
# Both agree: amicably, without a judge, with lawyers only.
AGREED = (
    r"a l.amiable|amiablement|(d.accord|d.accords) (sur tout|tous les (deux|2)|pour (divorcer|se separer))"
    r"|(tous les (deux|2)|les deux) d.accord|consentement mutuel|sans (passer (devant|par) (le|un) )?(juge|tribunal)"
    r"|sans conflit|sans dispute|un seul avocat|(deux|2|chacun (son|un)) avocats?|gentiment"
    r"|(tout|deja tout) (regle|organise|decide) entre nous"
)
AMICABLE_DIVORCE_PATTERN = around(DIVORCE, AGREED, 200)

# A parent apart from the other.
SEPARATED = (
    r"separe\w*|divorc\w*|\b(mon|ma|son|sa) ex\b|ex.(femme|mari|conjointe?|compagne?|compagnon|epouse?)"
    r"|l.autre parent|(le|son|leur) pere (s.en occupe|ne )|(la|sa|leur) mere (s.en occupe|ne )"
)
# One parent deciding alone, or without the other's agreement.
ALONE = (
    r"decider seule?|decide (de tout )?seule?|fait tout (toute? )?seule?|(seule?|tout seule?) (pour )?decider"
    r"|(sans|besoin de|avoir|faut.il|il faut|demander) (son|mon|leur|l.) accord|sans (mon|son) (avis|autorisation)"
    r"|sans (me|lui) (demander|en parler|prevenir)|accord (du pere|de la mere|de son pere|de sa mere|des deux)"
)
# What is decided for the child.
CHILD_ACT = (
    r"ecole|college|lycee|inscri\w*|medecin|psycholog\w*|bapte\w*|catechisme|religion"
    r"|operation|vaccin\w*|voyage|scolari\w*|orthodont\w*"
)
DECIDES_ALONE_PATTERN = around(SEPARATED, around(ALONE, CHILD_ACT, 200), 300)

# A grandparent writing, or the grandparents named.
GRANDPARENT = (
    r"(je suis|nous sommes) (la |le |les )?(grand.mere|grand.pere|grands.parents|mamie|papi|papy)"
    r"|(mes|nos)( deux| trois| \d)? (petits.enfants|petites.filles|petits.fils)"
    r"|(mon|ma|notre) (petite.fille|petit.fils)|(ses|leurs|les|aux|des) grands.parents"
)
# Kept from seeing the child (« elle refuse que je les voie », « m'empêche de voir »), or the bond to keep.
# Not a grandparent's own trip to see them, nor a spouse who no longer wants to.
SEE_CHILD = (
    r"(m.|nous |me )(empeche|interdit)\w*|(empech\w*|interdi\w*|refus\w*)( toujours| categoriquement)? (que (je|nous"
    r"|l.on|on)|qu.on|de nous|de me|de (les|le|la) (voir|amener|laisser))|(ne|n.) ?(veut|veulent|voulait) (plus|pas)"
    r" (que (je|nous|l.on|on)|qu.on)|droits? de visite|(garder|maintenir|conserver|couper) (un |le |des |les )?(liens?"
    r"|contacts?|ponts)|(plus|pas) le droit de( [\w']+){0,2} voir|(ne|n.) ?(les|le|la|l.) (ai|avons) (pas|plus|jamais)"
    r" (revue?s?|vue?s?)|ne (les|le|la) vois plus|ne vois plus (mes|nos|ma|mon)"
)
GRANDPARENTS_PATTERN = around(GRANDPARENT, SEE_CHILD, 200)

# The child support owed, told without « impayée »: « il me doit 4 mois de pension », « il ne me verse plus rien pour
# les enfants ».
CHILD = r"(les|mes|nos|notre|mon|ma|ses|leur) (\w+ )?(enfants?|fils|fille|filles|petite?s?|gosses|garcons|bebe)"
SUPPORT_OWED_PATTERN = (
    r"(me )?doi[st]? (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs) mois (de pension|d.arrieres?)"
    r"|(ne|n.) ?(me )?(verse|paie|paye|donne|envoie) (plus )?rien pour " + CHILD
)
# Taken from the wages: the employer asked to pay the parent, « directement sur son salaire ».
WAGES_DIRECT_PATTERN = around(
    r"pensions?( alimentaires?)?|pour " + CHILD,
    r"directement sur son (salaire|compte|paie)|(son )?(patron|employeur)( [\w']+){0,6} (payer|verser|prelever"
    r"|retenir|prendre)|(prelev\w*|retenu\w*)( [\w']+){0,3} sur (sa|son) (paie|salaire|fiche de paie)",
    250,
)

FAMILY_LAW_TERMS: tuple[Term, ...] = (
    Term(
        PENSION_REVISED_PATTERN,
        "révision du montant de la pension alimentaire diminution augmentation juge aux affaires familiales",
        ("F21023",),
        "F21023 « Révision du montant de la pension alimentaire » (« Le montant de la pension alimentaire peut être "
        "révisé … en cas de changement dans les ressources ou les besoins »)",
        # the yearly indexation (F2010), a retirement or invalidity pension, the tax deduction (F2, F446)
        # the school canteen's « demi-pension »; a civil servant's pension cut for missing quarters
        unless=r"index\w*|revaloris\w*|reevalu\w*|indice|chaque annee|tous les ans|retraite|invalidite|reversion"
        r"|demi.pension|trimestres?"
        r"|impots?|dedui\w*|deduction|declar\w* (aux|mes|les) impots",
        told=True,
    ),
    Term(
        SUPPORT_UNRECOGNISED_PATTERN,
        "action à fins de subsides filiation paternelle non établie enfant non reconnu père subsides",
        ("F1230",),
        "F1230 « Action à fins de subsides en l'absence de filiation paternelle »",
        # the CAF's allowance for a child not recognised (F33645); a paternity to establish (F15882) or to contest
        # (F940); a man who is not the father recognising the child (F10428)
        unless=r"allocation|\basf\b|\bcaf\b|officiellement (son|le) pere|recherche de paternite|n.est pas de moi"
        r"|(je ne suis|ne suis) pas (son|le) (vrai )?pere|contester",
        told=True,
    ),
    Term(
        AMICABLE_DIVORCE_PATTERN,
        "divorce par consentement mutuel sans juge convention avocats notaire",
        ("F10567",),
        "F10567 « Divorce par consentement mutuel »",
        # a Pacs or a concubinage ends without divorce (F18766, F1026); the séparation de corps (F980); a divorce for
        # fault or violence (F10577, F12544)
        # a divorce already pronounced, and a step after it asked (the carte grise, the livret, the birth certificate)
        unless=r"\bpacs\w*|concubin\w*|pas maries|separation de corps|faute|violen\w*|carte grise|livret"
        r"|acte de naissance|(s.est fait|a ete prononce|est prononce)|(j.ai|nous avons|on a) divorce",
    ),
    Term(
        DECIDES_ALONE_PATTERN,
        "autorité parentale en cas de séparation des parents actes usuels accord de l'autre parent",
        ("F3133",),
        "F3133 « Autorité parentale en cas de séparation des parents »",
        told=True,
        # where the child lives (F18785, F1329), or a move (F11389): the residence's fiches
        unless=r"(garde|residence) alternee|residence (de l.enfant|principale|habituelle)|vivrai\w* chez|demenag\w*",
    ),
    Term(
        GRANDPARENTS_PATTERN,
        "relations entre l'enfant et ses grands-parents droit de visite des grands-parents séparation des parents",
        ("F1223",),
        "F1223 « Séparation des parents : relations entre l'enfant et sa famille ou ses proches »",
        # a grandparent's care home, guardianship, inheritance or tax: other fiches; a mediator or a neutral third
        # party asked: the médiation familiale (F34355)
        unless=r"ehpad|maison de retraite|tutelle|curatelle|succession|heritage|donation|impots?|\bapa\b|mediat\w*"
        r"|(quelqu.un|personne|tiers) (de )?neutre",
        told=True,
    ),
    Term(
        SUPPORT_OWED_PATTERN,
        "pension alimentaire impayée que faire recouvrement Caf",
        ("F1249", "F1002"),
        "F1249 « Que faire si la pension alimentaire n'est pas payée ? » ; F1002 « Pension alimentaire impayée : "
        "faire "
        "intervenir la Caf ou la MSA »",
        # no judgment ever fixed the support: the CAF's allowance for a parent left alone (F815)
        unless=r"(jamais eu de|pas de|aucun|sans) jugement",
    ),
    Term(
        WAGES_DIRECT_PATTERN,
        "paiement direct pension alimentaire employeur salaire",
        ("F998",),
        'F998 « Pension alimentaire impayée : procédure de "paiement direct" »',
        # the writer's own employer or pay (« mon patron », a salary seizure of one's own)
        # and the payer paying a grown child directly (F10508)
        unless=r"mon (patron|employeur)|saisie sur (mon|ma) (salaire|paie)|je (lui )?(verse|paie|paye)|majeure?"
        r"|\b(1[89]|2[0-5]) ans",
    ),
)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_PENSION_REVISED",
            "READ_SUPPORT_UNRECOGNISED",
            "READ_AMICABLE_DIVORCE",
            "READ_DECIDES_ALONE",
            "READ_GRANDPARENTS",
            "READ_SUPPORT_OWED",
            "READ_WAGES_DIRECT",
        ),
        FAMILY_LAW_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `FAMILY_LAW_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
