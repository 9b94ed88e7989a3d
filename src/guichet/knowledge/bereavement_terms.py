"""Thirty-fourth pass (engineer-r49): what the bereaved write for the procedures of a death in the family.

`BEREAVEMENT_TERMS`, vocabulary entries (`guichet.knowledge.terms.Term`) gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`. A widow, an orphan or a grandchild tells the procedure by what happens to
them ("revendre la tombe de pépé", "papa est décédé avant mamie", "on n'a jamais fait le partage", "la banque a
bloqué son compte", "ses fils veulent que je libère les lieux"), never by the fiche's name (concession funéraire,
représentation, indivision, droits du conjoint survivant sur le logement).

Each entry's source is the fiche that names the thing, its title quoted in `source`; an entry is written for a way of
telling, never for one message (`corpora/retrieval/` only measures it).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# A death told ("est décédé", "est mort", "il meurt", "nous a quittés", "n'est plus là", "le décès").
_DIED = (
    r"decede\w*|deces|morte?s?\b|meurt|mourir|disparue?\b|nous a quitte\w*|n.est plus (la|parmi nous)"
    r"|perdu (mon|ma|notre|nos) (\w+ ){0,2}(mari|femme|epoux|epouse|conjointe?|compagnon|compagne|pere|mere|papa"
    r"|maman|parents?)|(veuve?|orphelins?)\b"
)
# The writer's spouse or partner ("mon mari", "ma femme", "mon époux", "mon compagnon").
_SPOUSE = r"(mon|ma|notre) (\w+ )?(mari|femme|epoux|epouse|conjointe?|compagnon|compagne|concubine?)\b|veuve?\b"
# An inheritance named ("l'héritage", "la succession", "hériter", "sa part").
_ESTATE = r"heritages?|succession|herit\w*|heriti\w*|(sa|ma|leur|notre) part\b|partage"

BEREAVEMENT_TERMS: tuple[Term, ...] = (
    # The family grave sold, given or left: F12691 « Peut-on vendre, donner ou léguer une concession funéraire dans
    # un cimetière ? ».
    Term(
        r"(re)?vendre (\w+ ){0,2}(tombe|concession|caveau|sepulture)s?|(tombe|concession|caveau|sepulture) (\w+ ){0,4}"
        r"(revendre|vendre|vendue?|ceder|cedee|donner|leguer|rendre a la (mairie|commune))",
        "concession funéraire vendre donner léguer cimetière",
        ("F12691",),
        "F12691 « Peut-on vendre, donner ou léguer une concession funéraire dans un cimetière ? »",
    ),
    # A parent who died before the grandparent, the grandchildren inheriting in their place: F2128 « Héritage :
    # qu'est-ce que la règle de la représentation ? ».
    Term(
        r"(decede|decedee|mort|morte) (\w+ ){0,3}avant (\w+ ){0,2}(mamie|mami|mamy|papi|papy|grand.mere|grand.pere"
        r"|grands.parents)|herit\w* (\w+ ){0,3}a (sa|leur) place"
        r"|herit\w* (\w+ ){0,3}a la place de (notre|mon|ma|leur) (pere|mere|papa|maman)",
        "règle de la représentation héritage petits-enfants héritent à la place du parent décédé",
        ("F2128",),
        "F2128 « Héritage : qu'est-ce que la règle de la représentation ? »",
    ),
    # Heirs who never divided the estate, a house kept together: F1296 « Succession : indivision entre les
    # héritiers ».
    Term(
        around(
            _ESTATE + r"|notaire|maison (de famille|des parents|de (maman|papa|nos parents))",
            r"indivision|(jamais|pas (encore )?|toujours pas) (\w+ ){0,1}fait le partage|sans (jamais )?partager"
            r"|personne ne veut vendre|(la )?majorite (suffit|l.emporte)|tout le monde (soit|doit etre) d.accord",
            400,
        ),
        "succession indivision entre les héritiers sortir de l'indivision majorité",
        ("F1296",),
        "F1296 « Succession : indivision entre les héritiers »",
        unless=r"tutelle|tuteur|tutrice|curatelle",
    ),
    # What an heir will pay on an inheritance: F14198 « Droits de succession : calcul et paiement ».
    Term(
        around(
            r"heritages?|succession|herite\w*|(m.a|nous a|lui a) laisse",
            r"combien (?!de temps)(\w+ ){0,4}(payer|paie|paye|taxe|impots?|droits)|abattement de 100"
            r"|payer en plusieurs fois",
            200,
        ),
        "droits de succession calcul et paiement abattement",
        ("F14198",),
        "F14198 « Droits de succession : calcul et paiement »",
    ),
    # A parent dead without a will, the estate shared between the spouse and the children: F1270 « Règles en
    # matière d'héritage : défunt ayant eu des enfants ».
    Term(
        around(
            r"(pas (fait|laisse|ecrit|redige) de|sans|aucun|n.avait pas de) testament",
            r"enfants|(mes|nos|ses) (\w+ )?(freres|soeurs|fils|filles)|(mon|ma) (frere|soeur)",
            300,
        ),
        "règles en matière d'héritage défunt ayant eu des enfants conjoint survivant",
        ("F1270",),
        "F1270 « Règles en matière d'héritage : défunt ayant eu des enfants »",
        unless=r"(pas|jamais|aucun) (eu )?d.enfants?|sans enfants?",
    ),
    # A widow or widower asking whether the spouse pays inheritance tax: F17456 « Droits de succession : biens
    # imposables et principales exonérations » (the surviving spouse is exempt).
    Term(
        around(
            _SPOUSE + r"|epouse|conjoint|pacse\w*",
            r"(payer|paie|paye|exonere\w*) (\w+ ){0,3}droits de succession|droits de succession (\w+ ){0,4}(conjoint"
            r"|epouse|epoux|veuve?|pacse\w*)",
            200,
        ),
        "droits de succession exonération conjoint survivant biens imposables",
        ("F17456",),
        "F17456 « Droits de succession : biens imposables et principales exonérations »",
    ),
    # Money given before the death and counted in the share: F34128 « Qu'est-ce que le rapport civil dans une
    # succession ? ».
    Term(
        around(
            r"de son vivant|avant (sa|son) (mort|deces)|(avait|a) (donne|avance|prete|offert) (\w+ ){0,3}\d[\d ]*"
            r" ?(€|euros?)",
            r"(compte|compter|pris en compte|rapport\w*|deduit\w*) (\w+ ){0,3}(dans |sur )?(l.heritage|la succession"
            r"|le partage|sa part)",
            300,
        ),
        "rapport civil donation succession partage",
        ("F34128",),
        "F34128 « Qu'est-ce que le rapport civil dans une succession ? »",
    ),
    # A complaint against a notary: F14725 « Comment régler un litige avec un notaire ? ».
    Term(
        r"(plaindre|plainte|reclamation|litige|recours|signaler) (\w+ ){0,2}(d.un|contre (un|le|mon|notre|ce)"
        r"|du|le) notaire"
        r"|notaire (\w+ ){0,3}(injoignable|ne repond (pas|plus|ni|jamais)|ne fait rien|bloque)"
        r"|(etude notariale|notaire) (\w+ ){0,2}(ne repond|injoignable)|chambre (departementale )?des notaires",
        "litige avec un notaire réclamation chambre des notaires",
        ("F14725",),
        "F14725 « Comment régler un litige avec un notaire ? »",
    ),
    # The deceased's bank account blocked: F1451 « Que devient un compte bancaire en cas de décès ? ».
    Term(
        around(
            _DIED,
            r"(compte|banque) (\w+ ){0,4}(bloque\w*|gele\w*|ferme\w*|bloquer)|bloque (\w+ ){0,2}(son|le) compte"
            r"|payer (les obseques|l.enterrement|les pompes funebres) avec (son|leur|l.)\s?argent",
            200,
        ),
        "compte bancaire en cas de décès banque bloqué",
        ("F1451",),
        "F1451 « Que devient un compte bancaire en cas de décès ? »",
        told=True,
    ),
    # Proving one is an heir (the bank asks a notary's act): F12697 « Comment prouver sa qualité d'héritier
    # (attestation, acte de notoriété) ? ».
    Term(
        r"acte de notoriete|attestation (d.heritiers?|de qualite d.heritier)|qualite d.heritiers?"
        r"|prouver (\w+ ){0,3}(heritiers?|qu.on est (ses|les) (enfants|heritiers)"
        r"|que (nous sommes|je suis) (ses|son|sa) (enfants?|fils|fille|heritiers?))",
        "prouver sa qualité d'héritier attestation acte de notoriété",
        ("F12697",),
        "F12697 « Comment prouver sa qualité d'héritier (attestation, acte de notoriété) ? »",
        unless=r"reconnaissance|paternite|filiation|acte de naissance",
    ),
    # A social tenant dead, the relative who lived there asked to leave: F1170 « Abandon ou décès du locataire d'un
    # logement social : que devient le bail ? ».
    Term(
        around(
            r"hlm|logement social|bailleur social|office (public )?(hlm|de l.habitat)|bailleur",
            r"(locataire|bail|logement) (\w+ ){0,6}(decede\w*|deces|mort\w*)|(decede\w*|deces|morte?) (\w+ ){0,6}"
            r"(bail|locataire)|(j.habite|je vis|j.habitais|je vivais|vis|habite) (\w+ ){0,2}avec (elle|lui) (depuis)?",
            300,
        ),
        "décès du locataire logement social transfert du bail",
        ("F1170",),
        "F1170 « Abandon ou décès du locataire d'un logement social : que devient le bail ? »",
        told=True,
    ),
    # A widow or widower put out of the home by the heirs: F1725 « Quels sont les droits sur le logement du conjoint
    # du défunt ? ».
    Term(
        around(
            r"(perdu|decede|mort|meurt) (\w+ ){0,2}(mon|ma) (mari|femme|epoux|epouse)|(mon|ma) (mari|femme|epoux"
            r"|epouse) (\w+ ){0,2}(est )?(decede|mort|morte)|veuve?\b|ses (enfants|fils|filles)",
            r"(mettre|mette|mettent|jeter) (\w+ ){0,1}dehors|liberer les lieux|(que je |de )(parte|partir|quitte"
            r"|quitter) (\w+ ){0,2}(la maison|le logement|l.appartement|chez moi)?"
            r"|(rester|garder) (dans |a )?(la maison|le logement|l.appartement|chez (moi|nous))",
            300,
        ),
        "droits sur le logement du conjoint survivant défunt droit temporaire viager",
        ("F1725",),
        "F1725 « Quels sont les droits sur le logement du conjoint du défunt ? »",
        unless=r"hlm|logement social|bailleur social|pacse\w*|\bpacs\b|loyers? impayes?",
        told=True,
    ),
    # A Pacs partner dead: F1621 « Décès du partenaire de Pacs : quelles sont les règles de succession ? ».
    Term(
        around(
            r"pacse\w*|\bpacs\b",
            r"meurt|decede\w*|deces|mort|morte|perdu (mon|ma) (partenaire|compagnon|compagne)",
            200,
        ),
        "décès du partenaire de Pacs règles de succession",
        ("F1621",),
        "F1621 « Décès du partenaire de Pacs : quelles sont les règles de succession ? »",
        # not a couple that never signed one ("ni pacsés"), a death only imagined ("si l'un de nous meurt"), nor a
        # benefit of the survivor's that has its own fiche (réversion, capital décès, an accident at work's rente)
        unless=r"(ni|pas|sans etre|sans) (\w+ ){0,2}pacse\w*"
        r"|si (l.un|l.une|on|il|elle|je) (\w+ ){0,4}(meurt|mourait|decede)"
        r"|reversion|capital deces|accident du travail|rente",
        told=True,
    ),
    # A jobseeker dead, the allowance paid to the family: F15293 « Décès d'un demandeur d'emploi : qui peut percevoir
    # l'allocation décès ? ».
    Term(
        around(
            _DIED,
            r"(touchait|percevait|etait (inscrit )?(au|a)|indemnise (par|au)) (\w+ ){0,1}(l.are|le chomage|chomage"
            r"|pole emploi|france travail|allocations? chomage)",
            250,
        ),
        "décès d'un demandeur d'emploi allocation décès",
        ("F15293",),
        "F15293 « Décès d'un demandeur d'emploi : qui peut percevoir l'allocation décès ? »",
        told=True,
    ),
    # A young widow, too young for the réversion: F744 « Allocation veuvage ».
    Term(
        around(
            r"veuve?\b|(mon|ma) (mari|femme|epoux|epouse|conjointe?) (\w+ ){0,2}(est )?(decede|mort|morte)",
            r"(reversion|retraite) (\S+ ){0,4}(a partir de|apres|avant|qu.a partir de|des) 55 ans"
            r"|(moins de|avant) 55 ans|en attendant (\w+ ){0,2}(la |ma )?reversion",
            300,
        ),
        "allocation veuvage conjoint survivant moins de 55 ans",
        ("F744",),
        "F744 « Allocation veuvage »",
        told=True,
    ),
    # Children whose parent died: F33646 « Allocation de soutien familial (ASF) : enfant orphelin ».
    Term(
        around(
            r"(mari|papa|pere|maman|mere|conjointe?|compagnon|compagne) (\w+ ){0,3}(est )?(decede|mort|morte"
            r"|n.est plus la)|orphelins?",
            r"(aide|allocation|aider) (\w+ ){0,4}(pour |les |mes |nos )(enfants|petits|orphelins?)",
            300,
        ),
        "allocation de soutien familial enfant orphelin",
        ("F33646",),
        "F33646 « Allocation de soutien familial (ASF) : enfant orphelin »",
        told=True,
    ),
    # The family disagreeing on the funeral: F12695 « Que faire en cas de désaccord sur l'organisation des
    # funérailles ? ».
    Term(
        around(
            r"qui decide|desaccord|pas d.accord|mettez.vous d.accord|s.opposent?|(ils|elle|il) (veulent|veut) (l.)?"
            r"(enterrer|incinerer)",
            r"enterr\w*|inhum\w*|incinere\w*|incineration|cremation|caveau|funerailles|obseques",
            200,
        ),
        "désaccord organisation des funérailles qui décide inhumation crémation volonté du défunt",
        ("F12695",),
        "F12695 « Que faire en cas de désaccord sur l'organisation des funérailles ? »",
    ),
    # An heir who harmed the deceased: F2527 « Peut-on hériter si l'on est fautif vis à vis du défunt ? ».
    Term(
        around(
            r"condamne\w*|tabasse\w*|frappe\w*|battu\w*|violences?|maltrait\w*|tue\b",
            r"exclure (\w+ ){0,3}(de la succession|de l.heritage)|(sa|une) part (d.|de l.)heritage|(reclame|reclamer)"
            r" (\w+ ){0,2}(sa )?part|desherit\w*|indigne",
            300,
        ),
        "indignité successorale héritier fautif envers le défunt exclu de la succession",
        ("F2527",),
        "F2527 « Peut-on hériter si l'on est fautif vis à vis du défunt ? »",
    ),
)
