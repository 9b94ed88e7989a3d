"""The first names of the vocabulary: health insurance and employment (`HEALTH_WORK_NAMES`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term

HEALTH_WORK_NAMES: tuple[Term, ...] = (
    # Health insurance --------------------------------------------------------------------------------------------
    Term(
        r"css|c2s|cmu ?c?|complementaire sante solidaire",
        "complémentaire santé solidaire",
        ("F10027",),
        "F10027 « Complémentaire santé solidaire (ex-CMU-C) »",
    ),
    Term(
        r"mutuelles?( pas chere?| gratuite| moins chere?)",
        "complémentaire santé solidaire ressources",
        ("F10027",),
        "F10027 : la CSS est la complémentaire santé des personnes aux ressources modestes",
    ),
    Term(
        r"(payer|paye|cotisation de|plus les moyens|trop chere?s?).{0,30}mutuelle"
        r"|mutuelle.{0,40}(trop chere?s?|payer)"
        # eighth pass: a rise one can no longer pay, said further on; the "mutuelle of the poor"
        r"|mutuelle.{0,80}((ne|n.) (\w+ ){0,2}plus (pouvoir )?(la |les )?payer|pas les moyens)"
        r"|mutuelles? (des|pour les) (pauvres|petits revenus|gens qui n.ont pas)"
        # twenty-fifth pass: no money for one at all ("pas de sous pour la mutuelle", "pas les moyens d'avoir une
        # mutuelle"), not one that does not cover a care
        r"|(pas|plus) (assez )?(de sous|d.argent|les moyens|de quoi|les sous|de thunes?)( pour| d.| de)? ?"
        r"(payer |prendre |avoir |me payer |m.offrir |cotiser a )?(la |une |ma |de |d.une )?mutuelle",
        "complémentaire santé solidaire",
        ("F10027",),
        "F10027 (CSS gratuite ou à moins de 1 € par jour)",
    ),
    Term(
        r"mutuelles?", "complémentaire santé", ("F20314",), "F20314 « Couverture maladie complémentaire (mutuelle) »"
    ),
    Term(
        r"ame",
        "aide médicale de l'État",
        ("F3079",),
        "F3079 « Qu'est-ce que l'aide médicale de l'État (AME) ? »",
        capitals=True,
    ),
    Term(r"aide medicale (d.)?etat", "aide médicale de l'État", ("F3079",), "F3079"),
    Term(r"carte vitale", "carte Vitale", ("F265",), "F265 « Carte Vitale »"),
    Term(
        r"ceam|carte europeenne d.assurance maladie|carte (speciale|europeenne) de la secu",
        "carte européenne d'assurance maladie",
        ("F34441",),
        "F34441 « … la carte européenne d'assurance maladie (CEAM) »",
    ),
    Term(r"secu|securite sociale", "assurance maladie", (), "usage courant (la « sécu »)"),
    Term(r"ij|ijss", "indemnités journalières", (), "F3053", capitals=True),
    Term(
        r"indemnites journalieres|indemnites (d.|de l.|pendant (l.|mon |un ))?arret",
        "indemnités journalières arrêt maladie",
        (),
        "F3053 « Arrêt maladie : indemnités journalières versées au salarié »",
    ),
    Term(r"(arret|arrete) (maladie|de travail)|arrete (par|pour)", "arrêt maladie", (), "F303, F3053"),
    Term(
        r"medecin traitant|hors parcours",
        "parcours de soins coordonnés médecin traitant",
        ("F163",),
        "F163 « Parcours de soins coordonnés et médecin traitant »",
    ),
    # Employment ---------------------------------------------------------------------------------------------------
    Term(
        r"chomage|chomeur|chomeuse",
        "allocation chômage aide au retour à l'emploi demandeur d'emploi",
        (),
        "F14860 « Allocation chômage d'aide au retour à l'emploi (ARE) »",
    ),
    Term(
        r"are",
        "allocation d'aide au retour à l'emploi chômage",
        ("F14860",),
        "F14860 « Allocation chômage d'aide au retour à l'emploi (ARE) »",
        capitals=True,
    ),
    Term(
        r"ass",
        "allocation de solidarité spécifique",
        ("F12484",),
        "F12484 « Allocation de solidarité spécifique (ASS) »",
        capitals=True,
    ),
    Term(r"pole emploi|france travail", "Pôle emploi", (), "France Travail est le nouveau nom de Pôle emploi (2024)"),
    Term(
        r"actualis\w*",
        "actualisation mensuelle Pôle emploi",
        ("F1637",),
        "F1637 « Actualisation mensuelle Pôle emploi »",
    ),
    Term(
        r"radie|radiee|radiation|desinscrit\w*",
        "radiation Pôle emploi",
        (),
        "F1638 « Chômage : radiation par Pôle emploi »",
    ),
    Term(
        r"cpf|compte (personnel de )?formation",
        "compte personnel de formation",
        (),
        "F10705 « Compte personnel de formation (CPF) - Secteur privé »",
        capitals=False,
    ),
    Term(
        r"rupture conv\w*|(partir|se separer|quitter|depart) d.un commun accord",
        "rupture conventionnelle",
        ("F19030", "F31094"),
        "F19030 « Rupture conventionnelle » ; F31094 « Rupture conventionnelle dans la fonction publique »",
    ),
    Term(
        r"attestation (pole emploi|employeur)",
        "attestation destinée à Pôle emploi",
        ("F2867",),
        "F2867 « Attestation destinée à Pôle emploi »",
    ),
    Term(
        r"rqth|travailleur handicape"
        # eighth pass: "faire reconnaître (officiellement) mon handicap" for the job, said either way round
        r"|(?s:reconna\w* (\w+ ){0,2}(mon |son |le |leur )?handicap.{0,80}\b(travail|employeur|poste|emploi|boulot)\b)"
        r"|(?s:\b(travail|employeur|poste|emploi|boulot)\b.{0,80}reconna\w* (\w+ ){0,2}(mon |son |le |leur )?"
        r"handicap)",
        "reconnaissance de la qualité de travailleur handicapé",
        ("F1650",),
        "F1650 « Comment être reconnu travailleur handicapé (RQTH) ? »",
    ),
    Term(
        r"alternance|alternant|apprenti(e|s)?|apprentissage", "apprenti contrat d'apprentissage", (), "usage courant"
    ),
    Term(
        r"demarchage|(appels|coups de fil) .{0,30}par jour|spam",
        "démarchage téléphonique",
        ("F33267",),
        "F33267 « Démarchage téléphonique abusif, Spam vocal ou par SMS : que faire ? »",
    ),
    Term(
        r"ou en est (ma|mon) (demande|dossier)|toujours (rien|pas) (recu|eu)|(pas|rien) recu",
        "délai suivre l'état d'avancement",
        (),
        "usage courant (suivi d'une demande)",
    ),
    Term(
        r"reclamation|contester|conteste|recours|au.dessus de (vous|vos services)",
        "réclamation recours contestation médiateur",
        (),
        "usage courant",
    ),
    # Thirty-eighth pass (r59): "en train de" is French for "in the middle of" ("je suis en train d'acheter un
    # terrain"), no train: it read a building permit's message as a train journey's (v65-001, -006).
    Term(
        r"(?<!en )trains?|en trains?(?! d(e (?!nuit\b)|'))|ter|tgv|sncf",
        "transport ferroviaire SNCF voyageur",
        (),
        "usage courant",
    ),
    Term(
        r"conge (de )?pat(ernite)?|conge papa|conge (de|pour la) naissance",
        "congé de paternité et d'accueil de l'enfant",
        ("F3156", "F583"),
        "F3156 « Congé de paternité et d'accueil de l'enfant d'un salarié du secteur privé » ; F583 « Fonction "
        "publique : congé de paternité et d'accueil de l'enfant »",
    ),
    Term(
        r"conge (de )?mat(ernite)?",
        "congé de maternité",
        ("F2265", "F519"),
        "F2265 « Congé maternité d'une salariée du secteur privé » ; F519 « Congé maternité dans la fonction "
        "publique »",
    ),
    Term(
        r"prud.?hom\w*", "conseil de prud'hommes", ("F1052",), "F1052 « Conseil de prud'hommes (CPH) : déroulement »"
    ),
    Term(
        r"heures sup\w*|heures (en plus|au.dela|de plus|en trop)",
        "heures supplémentaires",
        ("F2391", "F32390", "F595", "F593"),
        "F2391 « Heures supplémentaires d'un salarié du secteur privé » ; F32390, F595, F593 « Heures supplémentaires "
        "dans la fonction publique territoriale (FPT) / hospitalière (FPH) / d'État (FPE) »",
    ),
    Term(
        r"conges? payes",
        "congés payés",
        ("F2258", "F488"),
        "F2258 « Congés payés » ; F488 « Fonction publique : congés annuels »",
    ),
    # twenty-fourth pass: "la période de test" said of a contract
    Term(r"periode d.essai|periode de test", "période d'essai", ("F1643",), "F1643 « Période d'essai »"),
    Term(
        r"accident (du|de) travail|accident au travail",
        "accident du travail",
        (),
        "F171 « Accident du travail : démarches »",
    ),
    # twenty-ninth pass (r34's note): a civil servant's accident is the "accident de service", its leave the Citis
    Term(
        r"accidents? (de|du|en) service|citis|(accident|maladie)s? ([\w-]+ ){0,2}imputables? au service"
        r"|conges? (pour )?invalidite temporaire",
        "congé pour invalidité temporaire imputable au service accident de service fonctionnaire",
        ("F33252",),
        "F33252 « Congé pour invalidité temporaire imputable au service (Citis) du fonctionnaire »",
    ),
    Term(
        r"garant|visale",
        "garantie Visale caution",
        ("F33453", "F32320"),
        "F33453 « Garantie Visale : caution gratuite couvrant les impayés (loyers et charges) » ; F32320 « Étudiant : "
        "obtenir une caution par la garantie Visale »",
    ),
    # "Caution" is two things: the deposit a tenant pays (below) and the person who guarantees the rent. Someone
    # asked to stand guarantor writes "me porter caution", "être garant": the fiche of the guarantor's commitment.
    Term(
        r"(me|se|te|nous|vous|etre|suis|soit|sois|serai|devenir) (porter |porte |portee )?(caution|garante?)\b"
        r"|(porter|porte|portee) caution|caution (solidaire|simple)|acte de cautionnement|cautionnement"
        r"|(etre|suis|sois|soit|serai|devenir) (son|sa|leur|le|la) (caution|garante?)",
        "caution du locataire personne qui se porte caution acte de cautionnement",
        ("F31267",),
        "F31267 « Caution du locataire (ou colocataire) dans un logement privé »",
    ),
    # ... and "la caution" a tenant wants back is the deposit (eighth pass): given back, kept, deducted from.
    Term(
        r"(rend\w*|rembours\w*|recuper\w*|garde\w*|garder|retenu\w*|retien\w*|restitu\w*|toujours pas (eu|recu)"
        r"|attends?|attendons) (\w+ ){0,3}(ma |la |notre |mon |de la |de |sur la |sur ma )?caution\b"
        r"|caution\b.{0,40}(pas|jamais|toujours pas) (\w+ )?(rendue?|remboursee?|restituee?|recue?)"
        r"|retenues? sur (la|ma|notre) caution|depot de garantie",
        "dépôt de garantie restitution",
        ("F31269",),
        "F31269 « Dépôt de garantie dans un contrat de location » (« la caution » en usage courant)",
    ),
    # A tenant without anyone to stand guarantor: the free guarantee (Visale), the student's one second.
    Term(
        r"(n.ai|pas de|sans|aucun|personne)\b.{0,40}\bgarante?s?\b",
        "garantie Visale caution gratuite",
        ("F33453", "F32320"),
        "F33453 « Garantie Visale : caution gratuite… » ; F32320 « Étudiant : obtenir une caution par la garantie "
        "Visale »",
    ),
    Term(
        r"bourses?( d.etudes?| etudiante?| sur criteres sociaux| pour (la fac|l.universite))|crous|dse",
        "bourse sur critères sociaux étudiant dossier social",
        ("F12214",),
        "F12214 « Étudiant : bourse sur critères sociaux » ; F12216 « DSE (dossier social étudiant) »",
    ),
    Term(r"bourses?", "bourse", (), "usage courant"),
    Term(
        r"permis (\w+ )?(etranger|algerien|marocain|tunisien|bresilien|americain|anglais|de mon pays)",
        "échange d'un permis de conduire étranger",
        ("F1460",),
        "F1460 « Échange d'un permis de conduire passé à l'étranger (installation durable) »",
    ),
    Term(r"livret de famille", "livret de famille", (), "F11991, F1345"),
    Term(r"taxe d.habitation", "taxe d'habitation", ("F42",), "F42 « Taxe d'habitation »"),
    Term(r"carte (d.)?electeur|carte electorale", "carte électorale", ("F1962",), "F1962 « Carte électorale »"),
    Term(
        r"demission\w*.{0,80}chomage|chomage.{0,80}demission\w*|demissionn\w*.{0,80}(droit|toucher|are)",
        "démission allocation chômage",
        ("F89", "F34991"),
        "F89 « Un salarié peut-il percevoir l'allocation chômage en cas de démission ? »",
    ),
    Term(
        # round 2: the order of "trop versés" ("1 800 € d'APL soi-disant trop versés") as well as "versés en trop"
        r"trop.?per[cç]us?|verse\w* (a tort|en trop)|trop verse\w*|(touche|percu|recu)\w* trop (d.|de )",
        "trop-perçu sommes versées à tort remboursement",
        (),
        "F2269, F31592",
    ),
    # An overpayment is reclaimed by the body that paid it: the Caf's benefits, Pôle emploi's allowance, a salary.
    Term(
        r"(?s:(trop.?per[cç]us?|verse\w* (a tort|en trop)|trop verse\w*|(touche|percu|recu)\w* trop (d.|de ))\b"
        r".{0,80}?(prestations?|allocations?|\bcaf\b|\bapl\b|\brsa\b"
        r"|prime d.activite|allocs?)\b|(prestations?|allocations?|\bcaf\b|\bapl\b|allocs?)\b.{0,80}?"
        r"(trop.?per[cç]us?|verse\w* (a tort|en trop)|trop verse\w*))",
        "prestations familiales versées à tort remboursement trop-perçu",
        ("F2269",),
        "F2269 « Doit-on rembourser des prestations familiales versées à tort ? »",
    ),
    Term(
        r"(?s:(trop.?per[cç]us?|verse\w* (a tort|en trop)|\ben trop)\b.{0,80}?"
        r"(\bare\b|chomage|pole emploi|france travail)|(\bare\b|chomage|pole emploi|france travail).{0,80}?"
        r"(trop.?per[cç]us?|verse\w* (a tort|en trop)|en trop\b))",
        "sommes versées à tort par Pôle emploi remboursement trop-perçu",
        ("F31592",),
        "F31592 « Comment sont remboursées les sommes versées à tort par Pôle emploi ? »",
    ),
    Term(
        r"trop.?per[cç]us? (de|sur) (mon |ma |le |la )?(salaire|paie|remuneration|traitement)",
        "trop-perçu de rémunération remboursement employeur",
        ("F31441",),
        "F31441 « Comment rembourser un trop-perçu de rémunération ? »",
    ),
    Term(
        r"(demenag\w*|changement d.adresse|nouvelle adresse).{0,80}carte grise|carte grise.{0,80}(demenag\w*|adresse)",
        "changement d'adresse carte grise",
        ("F12118",),
        "F12118 « Changer l'adresse sur sa carte grise »",
    ),
    Term(r"smic", "salaire minimum", (), "F2300 « Smic »", capitals=False),
    Term(r"fiche de paie|bulletin de (paie|salaire)", "bulletin de paie salaire", (), "usage courant"),
)
