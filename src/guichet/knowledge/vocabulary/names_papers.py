"""The first names of the vocabulary: identity and documents, taxes, justice, institutions (`PAPERS_NAMES`)."""

from __future__ import annotations

from guichet.knowledge.situations import ABROAD
from guichet.knowledge.terms import Term
from guichet.knowledge.vocabulary.two_senses import LOAN_CONTEXT

# Twenty-eighth pass, second shift: a road offence ("amende" alone may be a court's fine for anything)
_ROAD_OFFENCE = (
    r"pv|contraventions?|radars?|flashee?s?|exces de vitesse|vitesse|feu rouge|infractions? routieres?"
    r"|code de la route"
)
_PARKING_TICKET = r"ticket (de |du )?(stationnement|parking|horodateur)"  # not the tram's
PAPERS_NAMES: tuple[Term, ...] = (
    # Identity and documents ---------------------------------------------------------------------------------------
    Term(
        r"cni|carte d.identite|carte d.id",
        "carte nationale d'identité",
        (),
        "F1341 « Carte d'identité d'un majeur : première demande »",
    ),
    # "Faire les papiers" is paperwork: only someone's papers ("mes papiers", "sans papiers") are identity papers.
    Term(
        r"(mes|ses|nos|tes|leurs|vos|sans|de) papiers|papiers d.identite|papiers (francais|en regle)",
        "titre de séjour carte d'identité documents",
        (),
        "usage courant (« les papiers »)",
    ),
    Term(
        r"titre de sejour|carte de sejour|carte de (10|dix) ans|carte de resident",
        "titre de séjour carte de séjour",
        (),
        "F2209, F11201",
    ),
    Term(
        r"(titre|carte) de sejour (qui )?(expire|arrive a (expiration|echeance)|n.est plus valable)"
        r"|(papier|document) pour prouver que je suis en regle",
        "récépissé de demande de titre de séjour renouvellement",
        ("F15763",),
        "F15763 : pendant le renouvellement d'un titre de séjour, le récépissé prouve la régularité du séjour",
    ),
    Term(
        r"(sans|pas de|n.ai pas de|n.ai plus de) (papiers|titre de sejour)(?=[\s\S]{0,200}"
        r"(soins?\b|soigner|medecin|couverture|sante|hopital|dentiste|dents|malade|maladie))"
        # twenty-seventh pass, second shift: the care said first, in the same clause ("soins pour personne sans
        # papiers", "se soigner quand on n'a pas de papiers"): read where it is said, a subject or an ask
        r"|(soins?|soigner|medecin|sante|hopital|malade|maladie)\b[^.?!\n]{0,60}?"
        r"(sans|pas de|n.a pas de|n.ont pas de|n.ai pas de) (papiers|titre de sejour)",
        "aide médicale de l'État étranger en situation irrégulière soins",
        ("F3079",),
        "F3079 : l'AME prend en charge les soins de l'étranger en situation irrégulière",
    ),
    Term(
        r"recepisse|(papier|document|attestation) provisoire"
        # eighth pass: a paper to show "en attendant la nouvelle carte" of a stay being renewed
        r"|(?s:(carte|titre) de sejour.{0,200}(en attendant|le temps (que|d.avoir|de recevoir)) "
        r"(d.avoir |de recevoir )?(la |ma |le |mon )?(nouvelle |nouveau )?(carte|titre))",
        "récépissé de demande de titre de séjour",
        ("F15763",),
        "F15763 « Qu'est-ce qu'un récépissé de demande de titre de séjour ? »",
    ),
    Term(
        r"oqtf|quitter (le territoire|la france)",
        "obligation de quitter le territoire français",
        ("F18362",),
        "F18362 « Obligation de quitter la France (OQTF) »",
    ),
    Term(
        r"naturalis\w*|nationalite francaise|devenir francais(e)?",
        "naturalisation nationalité française",
        ("F2213",),
        "F2213 « Naturalisation »",
    ),
    # A card issued before 2014 to an adult said to be out of date: the fiche of its validity (10 or 15 years), not of
    # its renewal: "Carte délivrée avant 2014 … prolongée automatiquement et reste valable 5 ans supplémentaires".
    Term(
        r"(?s:(carte (nationale )?d.identite|\bcni\b).{0,120}?\b(faite|delivree|obtenue|refaite|datee?|etablie)s? "
        r"(en|de|le|du|depuis) (\w+ ){0,2}(200\d|201[0-3])\b.{0,200}?"
        r"\b(valables?|valides?|validite|perimee?s?|expiree?s?)\b)",
        "durée de validité de la carte d'identité 10 ans ou 15 ans prolongée",
        ("F35005",),
        "F35005 « Quelle est la durée de validité d'une carte d'identité ? » (« Carte délivrée avant 2014 »)",
    ),
    Term(
        r"regroupement familial|faire venir (ma|mon|mes) (femme|mari|epouse|enfants|famille)"
        # "Ma femme et mes 3 enfants sont restés en Algérie… comment je peux les faire venir ?"
        r"|(?s:(ma femme|mon mari|mon epouse|mes enfants|ma famille)\b.{0,160}\b(les|la|le) faire venir)"
        r"|(ma femme|mon mari|mon epouse|mes enfants|ma famille|qu.ils|qu.elle) (\w+ ){0,3}(viennent"
        r"|venir) (vivre|habiter"
        r"|me rejoindre|s.installer)",
        "regroupement familial",
        ("F11166",),
        "F11166 « Regroupement familial »",
    ),
    Term(
        r"carte grise|certificat d.immatriculation|immatricul\w*",
        "certificat d'immatriculation carte grise",
        (),
        "F1050 « Carte grise : immatriculer un véhicule d'occasion » (certificat d'immatriculation, ex-carte grise)",
    ),
    Term(
        r"(achete|acheter|rachete).{0,60}(occasion|occaz|leboncoin|particulier)"
        r"|(occasion|occaz).{0,60}carte grise|carte grise.{0,40}(occasion|occaz)",
        "carte grise véhicule d'occasion",
        ("F1050",),
        "F1050 « Carte grise : immatriculer un véhicule d'occasion »",
    ),
    Term(r"cpi", "certificat provisoire d'immatriculation carte grise", (), "F34742", capitals=True),
    # A document applied for and not received: the fiches that say how long it takes and how to follow it.
    Term(
        r"(?s:(carte grise|certificat d.immatriculation|immatriculation).{0,200}?(toujours (rien|pas)"
        r"|(pas|rien|jamais) (\w+ )?recu|ou en est|suivre|attends? depuis|pas arrive)|(toujours (rien|pas)"
        r"|ou en est|attends? depuis|depuis \d+ (semaines|mois)).{0,120}?carte grise)",
        "délai de réception suivre l'état d'avancement carte grise",
        ("F11475", "F34742"),
        "F11475 « Dans quel délai reçoit-on sa carte grise ? » ; F34742 « Comment suivre l'état d'avancement de la "
        "fabrication d'une carte grise ? »",
    ),
    Term(
        r"(?s:passeport.{0,200}?(toujours (rien|pas)|(pas|rien|jamais) (\w+ )?(recu|pret)|ou en est|suivre|"
        r"attends? depuis|pas arrive|sans nouvelles?|aucune? (sms|nouvelles?|message)|l.avancement)"
        r"|(toujours (rien|pas)|ou en est|attends? depuis).{0,120}?passeport)",
        "savoir où en est sa demande de passeport",
        ("F34757",),
        "F34757 « Comment savoir où en est ma demande de passeport ? »",
    ),
    Term(
        r"(?s:carte d.identite.{0,200}?(toujours (rien|pas)|(pas|rien|jamais) (\w+ )?(recu|prete)|ou en est|suivre|"
        r"attends? depuis|pas arrivee?)|(toujours (rien|pas)|ou en est|attends? depuis).{0,120}?carte d.identite)",
        "savoir où en est sa demande de carte d'identité",
        ("F34756",),
        "F34756 « Comment savoir où en est ma demande de carte d'identité ? »",
    ),
    Term(
        r"certificat provisoire",
        "certificat provisoire d'immatriculation carte grise",
        (),
        "F34742 « Comment suivre l'état d'avancement de la fabrication d'une carte grise ? »",
    ),
    Term(r"ants", "agence nationale des titres sécurisés", (), "usage courant"),
    # The fiches say "bagage" where a traveller says "ma valise" (eleventh pass).
    Term(r"valises?", "bagage", (), "F11370 « Voyage en avion : bagage perdu, retardé ou endommagé »"),
    # A residence permit whose renewal cannot even be filed: no appointment to be had at the préfecture.
    Term(
        r"(?s:(pas|jamais|aucun|impossible|plus|sans)( \w+){0,3} (de |d.)?(rendez.vous|rdv|creneaux?)\b.{0,160}?"
        r"(prefecture|titre de sejour|carte de sejour)|(prefecture|titre de sejour|carte de sejour).{0,200}?"
        r"(pas|jamais|aucun|impossible|plus|sans)( \w+){0,3} (de |d.)?(rendez.vous|rdv|creneaux?)\b)",
        "difficulté demande de titre de séjour préfecture rendez-vous recours récépissé",
        ("F31969", "F15763"),
        "F31969 « Que faire en cas de difficulté lors d'une demande de titre de séjour ? » (difficulté au guichet de "
        "la préfecture : recours gracieux, Défenseur des droits) ; F15763 « Qu'est-ce qu'un récépissé de demande de "
        "titre de séjour ? »",
    ),
    # The Aspa while staying abroad: the condition of residence in France (more than 6 months a year).
    Term(
        r"(?s:\b(aspa|asi|minimum vieillesse)\b.{0,250}?(a l.etranger|hors de france|quitter la france"
        r"|retourner (au|dans mon) pays|l.hiver (chez|au|en|a|dans)|(aller|partir|rester|sejourner|vivre|passer)\b"
        r".{0,60}\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|plusieurs) mois\b)"
        r"|(a l.etranger|hors de france|quitter la france|retourner (au|dans mon) pays|l.hiver (chez|au|en|a|dans)"
        r"|(aller|partir|rester|sejourner|vivre|passer)\b.{0,60}\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf"
        r"|plusieurs) mois\b).{0,250}?\b(aspa|asi|minimum vieillesse)\b)",
        "Aspa résider en France séjour à l'étranger",
        ("F1663",),
        "F1663 « Aspa, Asi : faut-il résider en France ? » (séjourner en France plus de 6 mois par an)",
    ),
    Term(
        r"recens\w*(?! de la population)",
        "recensement citoyen militaire attestation de recensement",
        ("F870",),
        'F870 « Recensement militaire (ou "recensement citoyen") »',
    ),
    Term(
        r"non.?gage",
        "certificat de situation administrative non gage",
        ("F1360",),
        "F1360 « Certificat de situation administrative (non gage et non opposition) »",
    ),
    Term(
        r"(combien|nombre) de points (il )?(me |lui |m.|vous )?(reste|restent|ai|a)\b|solde (de|des|du) (mes )?points"
        r"|reste combien de points|combien (il )?(me |m.)?reste\w* sur (mon|le|son) permis"
        r"|combien (il )?(me |m.)?reste\w* (de )?points( sur (mon|le|son) permis)?"
        r"|(savoir|connaitre|verifier) (mon|le) (solde|nombre) de points",
        "solde du permis de conduire nombre de points",
        ("F17970",),
        "F17970 « Solde du permis de conduire : comment connaître son nombre de points ? »",
    ),
    Term(
        r"points?( sur| de)? (mon |son )?permis",
        "points du permis de conduire",
        ("F1685", "F17970"),
        "F1685 « Points du permis de conduire : retrait et récupération », F17970 « Solde du permis de conduire »",
    ),
    Term(
        # round 2: "ma voiture a été flashée", agreed with its noun
        r"flashee?s?|radar|exces de vitesse",
        "excès de vitesse radar amende",
        ("F19460",),
        "F19460 « Limitations de vitesse »",
    ),
    Term(r"pv|prune|contravention|amende", "amende contravention", (), "usage courant (« un PV », « une prune »)"),
    Term(
        r"(amende|avis de contravention|pv).{0,60}(radar|flashee?s?|exces de vitesse)"
        r"|(radar|flashee?s?|exces de vitesse).{0,60}(amende|avis de contravention|payer|pv)|antai"
        # round 2: the owner who was not driving asks how the driver takes the fine (the designation, in F18509)
        r"|(radar|flashee?s?|exces de vitesse|amende|pv|contravention).{0,200}?pas moi\b.{0,40}(conduis\w*|volant)",
        "amende contrôle automatisé radar avis de contravention désignation du conducteur",
        ("F18509",),
        "F18509 « Amende à payer après un contrôle automatisé (radar) »",
    ),
    # Twenty-eighth pass, second shift: road matters named by the thing and not by the fiche's words. A parking fine
    # is one of two fiches: parking left unpaid or overstayed is the commune's forfait post-stationnement, parking
    # where one may not (a delivery bay, a pavement, a double line) the amende for stationnement gênant.
    Term(
        r"forfait post.?stationnement|\bfps\b|depass\w* (du |de mon |de son |le |mon )?(ticket|temps de stationnement)"
        # paying for parking is no fine: the meter or the ticket beside a fine's word
        r"|(?s:\b(horodateur|parcmetre|" + _PARKING_TICKET + r"|stationnement payant)\b.{0,100}?\b(amendes?|pv"
        r"|contraventions?)\b|\b(amendes?|pv|contraventions?)\b.{0,100}?\b(horodateur|parcmetre|"
        + _PARKING_TICKET
        + r"|stationnement payant)\b)",
        "forfait post-stationnement stationnement non payé",
        ("F34440",),
        "F34440 « Forfait post-stationnement en cas de stationnement non payé » (« remplace l'amende de 17 € en cas "
        "de stationnement non payé ou insuffisamment réglé »)",
    ),
    Term(
        r"stationnement (tres )?(genant|dangereux|abusif)"
        r"|(?s:\b(gare|garee|garer|stationn\w*)\b.{0,80}?(place (de |pour )?(livraisons?|handicapes?|pmr)"
        r"|aires? de livraison|sur le trottoir|en double file|sur (le |un )?passage (pour )?pietons?"
        r"|sur (la |une )?piste cyclable|arret de bus))",
        "amende stationnement gênant dangereux abusif",
        ("F34212",),
        "F34212 « Amende pour stationnement gênant, dangereux, abusif »",
        unless=r"fourriere",  # the car taken away: the pound's fiches answer
    ),
    Term(
        r"(amendes?|pv|contraventions?|prunes?) (de |pour )?(mon |un |du )?stationnement",
        "amende stationnement",
        ("F34212", "F34440"),
        "F34212 « Amende pour stationnement gênant, dangereux, abusif » ; F34440 « Forfait post-stationnement »",
    ),
    # A road offence across a border: a French driver fined abroad (a letter in another language, a radar in Spain)
    # or a foreign driver fined in France. The two fiches answer each other ("Un Européen peut être poursuivi de
    # retour chez lui").
    Term(
        r"(?s:\b(" + _ROAD_OFFENCE + r")\b.{0,160}?\b(en|au|aux) (" + ABROAD + r")\b"
        r"|\b(en|au|aux) (" + ABROAD + r")\b.{0,160}?\b(" + _ROAD_OFFENCE + r")\b"
        r"|courrier en (espagnol|italien|allemand|anglais|neerlandais|portugais|polonais)"
        r"|je suis (suisse|belge|allemande?|espagnole?|italiene?|italienne|anglaise?|britannique|neerlandaise?"
        r"|luxembourgeoise?|portugaise?|polonaise?)\b.{0,300}?\b(" + _ROAD_OFFENCE + r")\b)",
        "infraction routière en Europe amende étranger",
        ("F15097", "F414"),
        "F15097 « Infraction routière en Europe » ; F414 « Quelle amende risque un étranger en cas d'infraction "
        "routière en France ? »",
    ),
    # A vehicle at the end of its life goes to a centre VHU, and its registration with it.
    Term(
        r"a la casse|casse auto|epaves?|centre vhu|\bvhu\b|(faire )?detruire (ma|sa|la|notre) (voiture|vehicule|moto)"
        r"|(voiture|vehicule|moto) (\w+ ){0,2}a detruire",
        "véhicule à détruire carte grise centre VHU",
        ("F1468",),
        "F1468 « Véhicule à détruire et carte grise » (« vous devez le remettre à un centre VHU agréé »)",
        unless=r"\bprimes?\b|conversion|bonus",  # the old car scrapped for a new one's grant
    ),
    # A driving licence passed and not received, as the carte grise, the passport and the identity card above.
    Term(
        r"(?s:\bpermis(?! (de construire|d.amenager|de demolir|de chasse|bateau|de sejour|de travail))\b.{0,200}?"
        # "jamais reçu de lettre" after the points of a licence is a notice, not the card
        r"(toujours (rien|pas)|(pas|rien|jamais) (\w+ )?recu(?! (de |d.|la |le |une |un |les |mes )?"
        r"(lettres?|courriers?|avis|amendes?|pv))|ou en est|pas arrive|attends? depuis)"
        r"|(toujours (rien|pas) (\w+ ){0,2}(recu|arrive)|ou en est|attends? depuis) (\w+ ){0,2}permis"
        r"(?! (de construire|d.amenager|de demolir|de chasse|bateau|de sejour|de travail))\b)",
        "suivre la fabrication du permis de conduire",
        ("F33352",),
        "F33352 « Comment suivre la fabrication de son permis de conduire ? »",
    ),
    Term(
        r"casier( judiciaire)?",
        "extrait de casier judiciaire bulletin",
        ("F1420",),
        "F1420 « Demande d'extrait de casier judiciaire (bulletin n°3) »",
    ),
    Term(r"pacs|pacser|pacse(e|s)?", "pacte civil de solidarité Pacs", ("F1618",), "F1618 « Se pacser »"),
    Term(
        r"procuration.{0,40}(vote|voter|election)|(vote|voter|election).{0,60}procuration|voter a ma place",
        "vote par procuration",
        ("F1604",),
        "F1604 « Vote par procuration »",
    ),
    Term(
        r"listes? electorales?|m.inscrire (pour|a) voter|inscri\w* pour voter",
        "inscription sur la liste électorale",
        (),
        "F1372 « Inscription sur la liste électorale : en cas de déménagement »",
    ),
    # Taxes ----------------------------------------------------------------------------------------------------------
    Term(r"impots?|fisc", "impôt sur le revenu", (), "usage courant"),
    # "le PAS", "mon taux de PAS": after a determiner only (thirty-ninth pass, r62: the six train + validation messages
    # it fired on were an emphatic "je ne peux PAS payer"), and not beside a loan, where it is the prêt d'accession
    # sociale (`two_senses`).
    Term(
        r"pas",
        "prélèvement à la source",
        ("F34009",),
        "F34009",
        capitals=True,
        lead=r"le|du|au|mon|ton|son|notre|votre|leur|ce|taux( de| du)?|avec le",
        unless=LOAN_CONTEXT,
    ),
    Term(
        r"preleve\w* a la source|taux (de prelevement|d.imposition|sur ma fiche de paie)",
        "prélèvement à la source taux",
        ("F34009",),
        "F34009 « Impôt sur le revenu - Prélèvement à la source (PAS) »",
    ),
    Term(r"dgfip|tresor public", "service des impôts finances publiques", (), "usage courant"),
    Term(r"sip", "service des impôts des particuliers", (), "usage courant", capitals=True),
    # Justice --------------------------------------------------------------------------------------------------------
    Term(
        r"aide juridictionnelle|(payer|paye|pas les moyens).{0,40}avocat",
        "aide juridictionnelle",
        ("F18074",),
        "F18074 « Aide juridictionnelle »",
    ),
    Term(r"huissiers?", "huissier de justice commissaire de justice", (), "usage courant"),
    Term(
        r"banque de france|surendett\w*|dossier de surendettement",
        "surendettement dossier",
        ("F134",),
        "F134 « Déposer un dossier de surendettement »",
    ),
    Term(
        r"pension alimentaire|aripa",
        "pension alimentaire",
        (),
        "F1002 « Pension alimentaire impayée : faire intervenir la Caf ou la MSA »",
    ),
    # Institutions -------------------------------------------------------------------------------------------------
    Term(r"cpam|ameli", "caisse primaire d'assurance maladie", (), "usage courant"),
    Term(r"msa", "mutualité sociale agricole", (), "usage courant"),
    Term(r"mdph", "maison départementale des personnes handicapées", (), "usage courant"),
    Term(r"ofii", "office français de l'immigration et de l'intégration", (), "usage courant"),
    Term(
        r"ehpad|maison de retraite",
        "établissement d'hébergement pour personnes âgées dépendantes Ehpad",
        ("F763",),
        "F763 « Ehpad : établissement d'hébergement pour personnes âgées dépendantes »",
        setting=True,
    ),
)
