"""Thirty-fourth pass (engineer-r47): what the social offices' users and young people write for a procedure.

Two groups of vocabulary entries (`guichet.knowledge.terms.Term`), gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`:

* `OFFICE_TERMS` — a retiree, a sick or a jobless person writes to "la sécu", "la Carsat", "la caisse de retraite"
  and tells the procedure by what happens to them ("je suis à la retraite … un mi-temps", "mon arrêt arrive au bout
  des trois ans", "remboursé à 30 %", "le papier avec mes années"), never by the fiche's name (cumul emploi-retraite,
  pension d'invalidité, parcours de soins, relevé de situation individuelle);
* `YOUNG_TERMS` — students, apprentices and young tenants or drivers tell theirs in their own words ("stage pas
  payé", "une année de pause entre mon M1 et mon M2", "l'alternance … pas dans un CFA", "quelqu'un de neutre" for a
  dispute with the master, "un prêt pour la caution", "un scooter 50", "conduire avec mon père" after failing the
  test).

Each entry's source is the fiche that names the thing, its title or a sentence of it quoted in `source`; an entry
is written for a way of telling, never for one message (`corpora/retrieval/` only measures it). Switch:
`vocabulary.READ_OFFICE_TERMS`.
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Someone already retired ("je suis à la retraite depuis un an", "retraité", "je touche ma pension").
_RETIRED = (
    r"(je suis|suis|etant|deja|maintenant|depuis|partie?s?|parti) (\w+ ){0,2}(a la|en) retraite"
    r"|(je suis|suis|etant|en tant que|jeune|nouveau|nouvelle) (un |une )?retraitee?s?\b"
    r"|je (touche|percois) (ma|une) (pension|retraite)"
)
# (folded, "retraité" is "retraite": the status is read after "je suis" or "en tant que", never the word alone)
# Working again: "retravailler", "reprendre un travail", "un mi-temps", "un petit boulot".
_WORK_AGAIN = (
    r"retravaill\w*|reprendre (un |une |mon |le |du )?(travail|emploi|activite|boulot|job|poste)|reprise d.activite"
    r"|(un |une )?(mi.temps|temps partiel|petits? boulots?|petit job|cdd|remplacements?)"
    r"|travailler (a nouveau|encore|de nouveau|un peu|quelques heures)|cumul\w*"
)
# Sick leave that cannot go on: the daily allowances stop after three years (F672 « l'expiration de la période
# légale d'attribution des indemnités journalières (3 ans maximum) »), or work will never be possible again.
_SICK_LEAVE = r"arrets? (maladie|de travail)|indemnites journalieres|\bij\b"
_LEAVE_ENDS = (
    r"(bout|fin|terme) (des|de mes|de ses|de ces) (3|trois) ans|(3|trois) ans d.arrets?"
    r"|ne (pourrai|pourra|pourrais|pourrait|peux|peut) (plus )?(jamais )?(reprendre|retravailler|travailler)"
    r"|plus jamais (reprendre|travailler|retravailler)|(reprise|reprendre) (est |sera )?impossible"
)
# A student's studies, named by the level or the place ("entre mon M1 et mon M2", "ma licence", "la fac").
_STUDIES = (
    r"etudes?|etudiante?s?|\bfac\b|universite|master|licence|\bm1\b|\bm2\b|\bl[123]\b|\bbts\b|\bdut\b"
    r"|ecole (de commerce|d.ingenieurs?)|prepa"
)
# A work placement ("stage"), not a points-recovery course nor a schoolchild's observation week (F1882).
_NOT_A_PLACEMENT = (
    r"stages? de recuperation|(recuperer|recuperation de|retrait de) (\w+ ){0,2}points|stage (de |d.)(troisieme|3e"
    r"|3eme|seconde|observation)"
)

OFFICE_TERMS: tuple[Term, ...] = (
    # A retiree who works again: F13243 « Retraite du salarié : cumul emploi-retraite de base » (« Le cumul
    # emploi-retraite permet au retraité du régime général de reprendre une activité professionnelle »), F12402
    # (a civil servant's). Not working part-time *before* retiring (the retraite progressive, F12842).
    Term(
        around(_RETIRED, _WORK_AGAIN, 200),
        "cumul emploi-retraite reprendre une activité professionnelle retraité",
        ("F13243", "F12402"),
        "F13243 « Retraite du salarié : cumul emploi-retraite de base » ; F12402 (fonctionnaire)",
        unless=r"retraite progressive|avant (ma|la|sa) retraite|(partir|depart) (\w+ ){0,2}(a|en) (la )?retraite"
        r"|preretraite",
        told=True,
    ),
    # The pension's record asked for: F24617 « Retraite dans le privé : droit à l'information sur la retraite du
    # salarié » (« un relevé de situation individuelle … une estimation indicative globale »).
    Term(
        r"(avoir|obtenir|recevoir|demander|consulter|trouver|telecharger) (\w+ ){0,2}releve"
        r" (de |de ma |individuel de )?(carriere|situation individuelle)"
        r"|estimation (indicative )?(globale )?(de |du montant de )?(ma |la |mon |sa )?(future )?(retraite|pension)"
        r"|(mes|toutes mes|ses) annees (\w+ ){0,3}(bien )?(comptees|prises en compte|enregistrees)"
        r"|(papier|document|releve|attestation) (\w+ ){0,2}(avec|de|qui (montre|donne|liste)) (toutes )?(mes|ses) "
        r"(annees|trimestres)",
        "relevé de situation individuelle estimation indicative globale droit à l'information retraite",
        ("F24617",),
        "F24617 « Retraite dans le privé : droit à l'information sur la retraite du salarié »",
    ),
    # Sick leave at its end, or work never possible again: F672 « Pension d'invalidité de la Sécurité sociale »
    # (« votre capacité de travail et de gain est réduite d'au moins 2/3 »). Not an accident at work (a rente,
    # F14840) nor a civil servant's leave, nor the employer's inaptitude procedure (F726).
    Term(
        around(_SICK_LEAVE, _LEAVE_ENDS, 250),
        "pension d'invalidité capacité de travail réduite fin des indemnités journalières",
        ("F672",),
        "F672 « Pension d'invalidité de la Sécurité sociale »",
        unless=r"accident du travail|maladie professionnelle|fonctionnaire|agent public|inapte|inaptitude|licenci\w*",
        told=True,
    ),
    # A jobseeker told to accept a job or lose the allowance: F14926 « Chômage : obligation de recherche d'emploi
    # (PPAE) » (the « offre raisonnable d'emploi »). The vocabulary read "refuser un poste" only, not "si je
    # n'accepte pas".
    Term(
        around(
            r"pole emploi|france travail|conseill\w*|chomage|allocs?\b|allocations?|indemnites",
            r"(n.accepte|n.accepterai|accepter|accepte) (pas |n.importe )?(\w+ ){0,2}(postes?|offres?|emplois?"
            r"|propositions?|boulots?|missions?)\b",
            200,
        ),
        "offre raisonnable d'emploi obligation de recherche d'emploi PPAE",
        ("F14926",),
        "F14926 « Chômage : obligation de recherche d'emploi (PPAE) » (l'offre raisonnable d'emploi)",
    ),
    # Paid back at 30 % instead of 70 %: the rate outside the care pathway (F163 « Parcours de soins coordonnés et
    # médecin traitant »: « Si vous n'avez pas de médecin traitant, vous êtes moins bien remboursé »).
    Term(
        r"rembourse\w* (\w+ ){0,3}(que |qu.a |a |de )?(30|trente) ?(%|pour ?cent)"
        r"|(30|trente) ?(%|pour ?cent) (\w+ ){0,3}(au lieu de|contre|alors que|avant c.etait) (\w+ ){0,2}"
        r"(70|soixante.dix)",
        "parcours de soins coordonnés médecin traitant moins bien remboursé",
        ("F163",),
        "F163 « Parcours de soins coordonnés et médecin traitant » (« vous êtes moins bien remboursé »)",
    ),
    # The town hall's paper for a relative's visit from abroad: F2191 « Attestation d'accueil ».
    Term(
        r"attestation d.(accueil|hebergement)|certificat d.hebergement"
        r"|(papier|document|attestation|certificat) (\w+ ){0,3}(qui (dit|prouve|montre|atteste)|pour (dire|prouver))"
        r" que (je|j.|nous|on) (l.|les |la |le |vais |va )?(accueill|heberg|recoi|recev|loge)\w*",
        "attestation d'accueil hébergement d'un étranger en visite mairie",
        ("F2191",),
        "F2191 « Attestation d'accueil »",
    ),
    # A widow or a widower asks for part of the spouse's pension without the word "réversion": the broad topic
    # (several fiches by the spouse's career: F13104, F21819, F33843) is named, no fiche pointed.
    Term(
        around(
            r"(mon|ma) (mari|epoux|femme|epouse|conjointe?|compagnon) (est |etait )?(decede\w*|mort\w*|parti\w*)"
            r"|(deces|mort) de (mon|ma) (mari|epoux|femme|epouse|conjointe?)|je suis (devenue? )?veuve?",
            r"(une partie de |la moitie de |un peu de )?(sa|leur) (retraite|pension)",
            250,
        ),
        "pension de réversion conjoint décédé retraite",
        (),
        "F13104 « Pension de réversion - Défunt ayant travaillé dans le privé » ; F21819 ; F33843",
    ),
)

YOUNG_TERMS: tuple[Term, ...] = (
    # A placement paid nothing: F32131 « Gratification minimale d'un stagiaire étudiant ou élève dans une
    # entreprise » (« En dessous de ces seuils de durée, l'organisme d'accueil n'a pas l'obligation de vous verser
    # une gratification »).
    Term(
        around(
            r"\bstages?\b",
            r"(pas|jamais|non|rien) (\w+ ){0,2}(payee?|remuneree?|indemnisee?)|0 ?(€|euros?)|zero (euros?|centimes?)"
            r"|(aucune|pas de|sans) (gratification|remuneration|indemnite|salaire|paie)"
            r"|obligee?s? de (me |nous |les |le )?(payer|remunerer|indemniser)",
            150,
        ),
        "gratification minimale d'un stagiaire obligation de verser",
        ("F32131",),
        "F32131 « Gratification minimale d'un stagiaire étudiant ou élève dans une entreprise »",
        unless=_NOT_A_PLACEMENT,
    ),
    # A placement's length and its agreement: F16734 « Stage d'un étudiant en milieu professionnel » (« durée
    # maximale du stage, rémunération obligatoire, signature d'une convention »). A length only told ("mon stage de 6
    # mois") is the story, not the question.
    Term(
        around(
            r"\bstages?\b",
            r"(pas de |sans |jamais (\w+ ){0,2})convention|prolong\w*|duree (max\w*|maximale|du stage|limite)"
            r"|(plus de|au.dela de|depass\w*|max\w*) (\w+ ){0,2}(6|six) mois",
            150,
        ),
        "stage d'un étudiant convention de stage durée maximale",
        ("F16734",),
        "F16734 « Stage d'un étudiant en milieu professionnel »",
        unless=_NOT_A_PLACEMENT,
    ),
    # A year off between two years of study: F33072 « Un étudiant peut-il faire une césure dans ses études ? » (« une
    # période pendant laquelle un étudiant suspend, à sa demande, sa formation »).
    Term(
        r"(annee|semestre|periode) de cesure|\bcesure\b|"
        + around(
            _STUDIES,
            r"(une |un )?(annee|an) (de )?(pause|break|coupure|sabbatique|off)"
            r"|(faire|prendre) (une |un )?(pause|break|coupure) (d.un an|d.une annee|entre|dans)",
            200,
        ),
        "césure étudiant suspendre sa formation",
        ("F33072",),
        "F33072 « Un étudiant peut-il faire une césure dans ses études ? »",
    ),
    # Work-study with a training body rather than an apprentices' school, or for a professional title: F15478
    # « Contrat de professionnalisation ».
    Term(
        r"contrat (de )?pro\b|"
        + around(
            r"alternance|alternante?s?",
            r"organisme de formation|pas (dans |en )?(un )?cfa|sans cfa|titre pro\w*|certificat de qualification"
            r"|\bcqp\b",
            200,
        ),
        "contrat de professionnalisation alternance organisme de formation",
        ("F15478",),
        "F15478 « Contrat de professionnalisation »",
    ),
    # An apprentice's dispute settled by a third party: F31633 « Médiateur de l'apprentissage : comment y
    # recourir ? ».
    Term(
        around(
            r"apprenti\w*|alternance|\bcfa\b|maitre d.apprentissage",
            r"mediat\w*|(quelqu.un|personne|tiers|organisme) (de )?neutre|a l.amiable"
            r"|sans (aller|passer) (aux|par les|devant les) prud.?hommes",
            250,
        ),
        "médiateur de l'apprentissage litige apprenti employeur",
        ("F31633",),
        "F31633 « Médiateur de l'apprentissage : comment y recourir ? »",
    ),
    # The deposit lent or advanced: F18490 « Avance Loca-Pass : aide pour le dépôt de garantie d'une location » («
    # un prêt accordé par Action logement … pour financer le dépôt de garantie »). Not a deposit to get back.
    Term(
        around(
            r"depot de garantie|\bcaution\b",
            r"pret\b|preter|avancer|une avance|emprunt\w*|(je )?(ne )?les ai pas|pas (les moyens|l.argent|assez)"
            r"|aide (pour|a) (la |le )?(payer|financer)",
            120,
        ),
        "avance Loca-Pass prêt dépôt de garantie Action logement",
        ("F18490",),
        "F18490 « Avance Loca-Pass : aide pour le dépôt de garantie d'une location »",
        unless=r"rendu|rendre|restitu\w*|retenu\w*|garde (ma|mon|le|la)|recuper\w*|porter caution|se porte caution",
    ),
    # A moped's licence: F2890 « Brevet de sécurité routière (BSR), catégorie AM du permis de conduire » (« Il permet
    # de conduire un cyclomoteur ou un quadricycle léger à moteur »). The age alone is F12789's; "bsr" alone is an
    # SMS's "bonsoir".
    Term(
        r"permis am|categorie am|brevet de securite routiere|"
        + around(
            r"scooters?|cyclomoteurs?|mobylettes?|\bmob\b|50 ?(cm3|cc)|voiturettes?",
            r"permis|examen|formation|brevet|bsr|auto.?ecole|(le )?droit de conduire",
            150,
        ),
        "brevet de sécurité routière BSR catégorie AM cyclomoteur",
        ("F2890",),
        "F2890 « Brevet de sécurité routière (BSR), catégorie AM du permis de conduire »",
    ),
    # Driving with a parent after failing the test or past 18: F21012 « Permis de conduire : conduite supervisée à
    # partir de 18 ans » (the AAC, F2826, is from 15).
    Term(
        r"conduite supervisee|"
        + around(
            r"(rate|echoue|loupe|foire)\w* (\w+ ){0,2}(le |mon |son |l.)?(permis|examen|conduite)"
            r"|echec (au|a l.examen du) permis|(j.ai|il a|elle a) (1[89]|2\d) ans",
            r"conduire avec (mon|ma|son|sa|ses|mes|nos) (pere|mere|parents?|papa|maman|oncle|tante)"
            r"|conduite accompagnee|accompagnateur",
            250,
        ),
        "conduite supervisée à partir de 18 ans après un échec au permis",
        ("F21012",),
        "F21012 « Permis de conduire : conduite supervisée à partir de 18 ans »",
    ),
    # A student's health cover: F675 « Sécurité sociale d'un étudiant » (« La sécurité sociale étudiante est
    # rattachée au régime général »).
    Term(
        r"(securite sociale|secu|mutuelle|assurance maladie|regime) (des )?etudiante?s?|"
        + around(
            r"etudiante?s?|\bfac\b|universite|crous",
            r"(m.)?affilier (\w+ ){0,2}(a la )?(securite sociale|secu)|affiliation (\w+ ){0,2}(securite sociale|secu)",
            200,
        ),
        "sécurité sociale d'un étudiant régime général",
        ("F675",),
        "F675 « Sécurité sociale d'un étudiant »",
    ),
)
