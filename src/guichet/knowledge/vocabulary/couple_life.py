"""Thirty-seventh pass (engineer-r56): couples, separations and names told under emotion, insults or story.

`COUPLE_TERMS`, vocabulary entries (`guichet.knowledge.terms.Term`) gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY` (switch `vocabulary.READ_COUPLE_TERMS`). A wife left after twenty-five
years at home, a husband with Alzheimer's whose signature the notary wants, a father whose ex moved 600 km away with
the boy, a Pacs partner who "ne signera jamais rien", a widow told at the bank that she loses her husband's name
tells what happens to them, never the procedure's name (prestation compensatoire, habilitation judiciaire entre
époux, déménagement d'un parent séparé, dissolution unilatérale du Pacs, nom d'usage du veuf), and the story drowns
the few words the fiche shares with the question.

Each entry's source is the fiche that names the thing, its title quoted in `source`; an entry is written for a way of
telling, never for one message (`corpora/retrieval/` only measures it).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# The couple is over: separated, divorced, an ex, "c'est fini", a partner who left.
_SPLIT = (
    r"separe\w*|separation|divorc\w*|\b(mon|ma|son|sa) ex\b|ex.(femme|mari|conjointe?|compagne?|compagnon|epouse?"
    r"|copain|copine)|c.est fini (entre nous|avec)|(il|elle) (m.a quittee?|est parti\w* avec (une|un) )"
    r"|rupture|on s.est quitte\w*"
)
# The writer's spouse ("mon mari", "ma femme", "mon époux") — a marriage, the habilitation's condition.
_SPOUSE = r"(mon|ma|notre) (\w+ )?(mari|femme|epoux|epouse|conjointe?)\b"
# A child of the writer's ("notre fils", "les enfants", "ma fille de 5 ans").
_CHILD = r"(mon|ma|mes|notre|nos|les|le|la|son|sa|ses) (\w+ )?(fils|fille|enfants?|gamins?|gosses?|petits?|bebe)\b"

COUPLE_TERMS: tuple[Term, ...] = (
    # A spouse who stopped work or never worked for the family, and now a divorce: F1760 « Prestation
    # compensatoire » (the disparity the divorce creates in the spouses' lives; the choices made for the family).
    Term(
        around(
            r"divorc\w*|separ\w*|(il|elle) (m.a quittee?|me quitte|est parti\w* avec)",
            r"(arrete|quitte|abandonne|sacrifie|lache)\w* (\w+ ){0,2}(de travailler|mon (travail|emploi|poste|boulot)"
            r"|ma carriere|mes etudes)|(jamais|pas) (\w+ )?travaille|(femme|mere|homme|pere) au foyer"
            r"|(reste|restee) a la maison|(\d+|vingt|trente|quinze|dix)\w* ans a la maison|compensation",
            300,
        ),
        "prestation compensatoire disparité niveau de vie divorce époux",
        ("F1760",),
        "F1760 « Prestation compensatoire »",
        told=True,
    ),
    # A spouse who can no longer say what they want (Alzheimer's, a coma, dementia) and an act that needs their
    # signature (a sale, a notary, an account): F34327 « Habilitation judiciaire pour représentation du conjoint ».
    Term(
        around(
            _SPOUSE + r".{0,200}(alzheimer|demence|dement\w*|coma|inconscient\w*|ne (me )?reconnait plus"
            r"|ne comprend plus|hors d.etat|ne peut plus (signer|parler|s.exprimer))",
            r"signer (a sa place|pour (lui|elle))|(sa|la) signature|a sa place|en son nom|procuration|le representer"
            r"|la representer|notaire",
            300,
        ),
        "habilitation judiciaire représentation du conjoint hors d'état de manifester sa volonté juge des tutelles",
        ("F34327",),
        "F34327 « Habilitation judiciaire pour représentation du conjoint »",
        told=True,
    ),
    # The other parent moved far away with the child, without asking: F11389 « Un parent séparé peut-il déménager
    # librement ? ».
    Term(
        around(
            r"(mon ex\w*|ex.\w+|(sa|la) mere|(son|le) pere|il|elle) (\w+ ){0,2}(a demenage|est partie?"
            r"|s.est installee?|est allee? (vivre|s.installer)|a emmene) (\w+ ){0,4}(avec )?" + _CHILD,
            r"\d+ ?km|loin|autre (ville|region|departement|bout)|sans (me )?(prevenir|demander|le dire|mon accord)",
            300,
        ),
        "un parent séparé peut-il déménager librement résidence de l'enfant informer l'autre parent",
        ("F11389",),
        "F11389 « Un parent séparé peut-il déménager librement ? »",
        told=True,
    ),
    # A widow or widower who wants to keep their late spouse's name: F12521 « Peut-on conserver l'usage du nom de
    # son époux(se) décédé(e) ? ».
    Term(
        around(
            r"veuve?|(mari|epoux|femme|epouse)\b.{0,40}\b(est |etait )(decede|mort|parti)e?|deces de (mon|ma) (mari"
            r"|epoux|femme|epouse)|(il|elle) n.est plus (la|parmi nous)|nous a quitte\w*",
            r"(porte|garde|conserve|utilise|continue\w* (a|d.)\w*|perd\w*|reprend\w*|redeven\w*)\w* (\w+ ){0,3}"
            r"(son|le) nom"
            r"|nom (de mon (mari|epoux|defunt)|de ma (femme|epouse)|marital|d.epouse|d.usage)",
            200,
        ),
        "conserver l'usage du nom de son époux décédé veuf veuve nom d'usage",
        ("F12521",),
        "F12521 « Peut-on conserver l'usage du nom de son époux(se) décédé(e) ? »",
        # the late spouse's name on a thing — the car, the lease, a cheque — is that thing's question
        unless=r"carte grise|immatriculation|\bbail\b|cheque|(retirer|enlever) (son|le) nom",
    ),
    # The other parent keeps the livret de famille after a separation: F11996 « Demande d'un second livret de
    # famille en cas de séparation ».
    Term(
        around(
            _SPLIT,
            r"(second|deuxieme|autre|mon propre) livret( de famille)?|livret de famille .{0,60}(garde|refuse|conserve"
            r"|rendre|donner|rend pas)|(garde|conserve|a garde|retient|refuse de (me )?(rendre|donner)) (le|notre) "
            r"livret de famille",
            200,
        ),
        "second livret de famille en cas de séparation",
        ("F11996",),
        "F11996 « Demande d'un second livret de famille en cas de séparation »",
    ),
    # A birth, a marriage or a name to add to the livret de famille: F18910 « Mise à jour du livret de famille ».
    Term(
        around(
            r"livret( de famille)?",
            r"mise? a jour|mettre a jour|(pas (ete |encore ete )?|ete )?complete\w*|ajout\w*"
            r"|(mon|notre) (deuxieme|second|troisieme|quatrieme|dernier|petit dernier|nouveau.ne)\w* (enfant )?"
            r"est nee?",
            150,
        ),
        "mise à jour du livret de famille naissance mariage décès",
        ("F18910",),
        "F18910 « Mise à jour du livret de famille »",
    ),
    # A partner who wants out of the Pacs, alone or with the other: F1620 « Dissoudre un Pacs » (by joint
    # declaration, or by one partner through a commissaire de justice).
    Term(
        around(
            r"pacs|pacse\w*",
            r"mettre fin|fin (a|au|de) (\w+ )?pacs|rompre|rupture|dissou\w*|dissolution|annuler|(nous )?separer"
            r"|quitter|sortir (du|de ce|de notre) pacs|signera (jamais|pas)",
            120,
        ),
        "dissoudre un Pacs dissolution déclaration conjointe décision unilatérale",
        ("F1620",),
        "F1620 « Dissoudre un Pacs »",
        # the tax return after a Pacs ended is `taxes`' (F388, F476), a widow's inheritance is `bereavement_terms`'
        # and a Pacs ended by a marriage is the wedding's question
        unless=r"\bimpots?\b|declaration de revenus|quotient|\bparts?\b|decede\w*|deces|heritage|succession"
        r"|(se|nous|vous|on) (\w+ )?marier|notre mariage",
    ),
    # A loan taken together, and the one who left no longer pays: F548 « Garantie co-emprunteur : que se passe t-il
    # en cas de séparation ou de divorce ? ».
    Term(
        around(
            _SPLIT
            + r"|(il|elle|mari|femme|compagnon|compagne) (\w+ ){0,2}est parti\w* (avec|vivre|l.an|il y a|depuis)",
            around(
                r"credits?|prets?|emprunts?|mensualites?|echeances?",
                r"sa part|(ne|n.) (paie|paye|rembourse|verse) plus|a (nous )?deux|ensemble|co.?emprunt\w*"
                r"|nos deux noms|me (reclame|preleve)\w*",
                120,
            ),
            300,
        ),
        "garantie co-emprunteur séparation divorce solidarité crédit immobilier",
        ("F548",),
        "F548 « Garantie co-emprunteur : que se passe t-il en cas de séparation ou de divorce ? »",
        told=True,
        # a loan with a bank in a death, or a tax question after a split, is another thing's
        unless=r"decede\w*|deces|\bimpots?\b|huissier|compte (est )?bloque",
    ),
    # A spouse who refuses the divorce after years apart: F10568 « Divorce pour altération définitive du lien
    # conjugal » (two years' separation; no consent needed).
    Term(
        around(
            _SPOUSE,
            r"(refuse\w*|ne veut (pas|plus)|veut pas) (\w+ ){0,2}(signer|divorcer|le divorce)"
            r"|sans son (accord|consentement)|(rendra|rendre) (jamais )?ma liberte",
            300,
        ),
        "divorce pour altération définitive du lien conjugal séparation de deux ans sans accord de l'époux",
        ("F10568",),
        "F10568 « Divorce pour altération définitive du lien conjugal »",
        told=True,
        # not a Pacs, nor a divorce already pronounced (the car, the house are its questions)
        unless=r"pacs|pacse\w*|prononce|jugement|carte grise|immatriculation",
    ),
    # A spouse who gambles or spends the household's money away: F790 « Peut-on empêcher son époux de faire des
    # dépenses inconsidérées ? » (the spouse does it: not the writer who gambles, nor a story of cheating).
    Term(
        _SPOUSE
        + r" (\w+ ){0,4}(jou\w* (en ligne|au casino|aux courses|au poker)|(a |il a |elle a )?(vide|pris|depense"
        r"|flambe|dilapide)\w* (\w+ ){0,3}(notre|nos) (compte|argent|economies))",
        "empêcher son époux de faire des dépenses inconsidérées juge aux affaires familiales mesures urgentes",
        ("F790",),
        "F790 « Peut-on empêcher son époux de faire des dépenses inconsidérées ? »",
        told=True,
    ),
    # An unmarried couple split and the car registered in both names: F34750 « Séparation de concubins : comment
    # retirer l'un d'eux sur la carte grise ? » (a divorce is F34749's, named by the vocabulary's carte grise entries).
    Term(
        around(
            r"ex.compagn\w*|(mon|ma) ex\b|concubin\w*|union libre|(pas|jamais) (ete )?maries|compagnon|compagne",
            around(
                r"carte grise|certificat d.immatriculation",
                r"(nos|les|a) deux noms|son nom|retir\w*|enlev\w*|cotitulaire",
                120,
            ),
            300,
        ),
        "séparation de concubins retirer l'un d'eux de la carte grise cotitulaire",
        ("F34750",),
        "F34750 « Séparation de concubins : comment retirer l'un d'eux sur la carte grise ? »",
        unless=r"divorc\w*|epou\w*|\bmari\b|mariage|ex.(femme|mari)|decede\w*|deces",
    ),
    # The dog or the cat after the couple split: F35366 « Que devient un animal de compagnie en cas de séparation ? ».
    Term(
        around(
            _SPLIT + r"|vie commune",
            r"(garde|gard\w*|pris|prend|emmene|recuperer|rendre)\w* (\w+ ){0,2}(le|la|mon|ma|notre|son|sa) "
            r"(chien|chienne|chat|chatte|animal|lapin)",
            250,
        ),
        "animal de compagnie en cas de séparation propriétaire garde",
        ("F35366",),
        "F35366 « Que devient un animal de compagnie en cas de séparation ? »",
        told=True,
    ),
)
