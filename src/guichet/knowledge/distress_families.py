"""Thirty-seventh pass (engineer-r57): distress told by what happened, for families the map missed.

`FAMILY_DISTRESS`, entries of the distress map (`guichet.knowledge.situations.DISTRESS`, read when
`situations.READ_FAMILY_DISTRESS`), each for a way of telling that recurs across batches and authors on train +
validation of `corpora/retrieval/` (never for one message):

* an accident whose driver fled or was not insured, told by the fall and the flight ("renversé par une voiture qui a
  pris la fuite", "personne n'a relevé la plaque", "le gars avait pas d'assurance");
* a superior's sexual harassment told by the acts ("il me touche dans la réserve", "des messages le soir avec des
  propositions", "des remarques sur mon corps");
* a manager's moral harassment, when the one who humiliates is "le gérant" or "le directeur" (the map's own entry
  reads "chef", "patron", "responsable"…);
* an accident at work told by the fall or the wound ("tombé d'un échafaudage", "s'est ouvert la main avec la scie"),
  the declaration's and the daily allowances' fiches alike (the message's words pick the stage);
* an asylum seeker whose fingerprints were taken in another European country and who is sent back there ("la
  police a pris mes empreintes en Italie", "remis aux autorités italiennes"), the two Dublin fiches alike;
* a sick person, or a sick child's parent, without a residence permit, asking how to be cared for (the AME);
* a sick parent, or a grandparent who raises a child, asking who will bring the child up after their death ("si je
  meurs qui garde ma fille", "s'il m'arrive quelque chose, qui va s'occuper de lui ?"), and an orphan's relative
  asking to be the child's guardian.

Each entry's fiches are the ones that name the thing, their titles quoted in `reason`.
"""

from __future__ import annotations

from guichet.knowledge.distress_entry import Distress

HIT_AND_RUN = "accident, conducteur en fuite ou non assuré"
HARASSMENT_ACTS = "harcèlement sexuel dit par les actes"
MANAGER_HARASSMENT = "harcèlement au travail par un dirigeant"
CHILD_AFTER_DEATH = "qui élèvera l'enfant"
WORK_ACCIDENT = "accident du travail raconté"
DUBLIN = "renvoi vers le pays des empreintes"
UNDOCUMENTED_CARE = "soins sans titre de séjour"

# The countries an asylum seeker is sent back to under the Dublin rules, as writers name them.
_DUBLIN_COUNTRIES = (
    r"italie|espagne|grece|allemagne|autriche|hongrie|bulgarie|croatie|malte|pologne|roumanie|suisse|belgique"
    r"|pays.bas"
)

# Someone at work above the writer or beside them.
_AT_WORK = (
    r"\b(chef|cheffe|patron|patronne|responsable|manager|superieur|directeur|gerant|employeur|collegue|contremaitre)"
)
# A child the writer raises or writes for.
_CHILD = r"\b(fils|fille|enfants?|petit.?fils|petite.?fille|garcon|neveu|niece|bebe|petit|petite)\b"
# Who will bring the child up: asked, feared (a foster home, strangers) or chosen (a guardian, "que ce soit ma soeur").
_WHO_RAISES = (
    r"qui (va|vont|pourra|pourrait|doit|devra) (\w+ )?(s.occuper|l.elever|les elever|le garder|la garder|les garder"
    r"|le prendre|la prendre)|qui (garde|gardera|elevera|s.occupera)\b|placee?s? (en foyer|chez des inconnus|a l.ase)"
    r"|(parte|partent|finisse|finissent|aille|aillent) (\w+ )?(en foyer|placee?s?)"
    r"|que ce soit (ma|mon|lui|elle|sa|son)"
    r"|(designer|choisir|nommer) (\w+ ){0,3}(tuteur|tutrice|qui)|(etre|devenir) (sa|son|leur) (tuteur|tutrice)"
)

FAMILY_DISTRESS: tuple[Distress, ...] = (
    Distress(
        HIT_AND_RUN,
        (
            r"\b(voiture|conducteur|chauffeur|chauffard|camion\w*|camionnette|scooter|moto|automobiliste|vehicule|il|ils)"
            r" (\w+ ){0,3}(a pris la fuite|ont pris la fuite|s.est enfui|se sont enfuis|s.est sauve|a fui|a file"
            r"|ne s.est (pas|meme pas) arrete\w*|ne se sont pas arretes)",
            r"delit de fuite|chauffard"
            r"|(personne n.a|on n.a pas|pas pu|sans) (\w+ ){0,2}(releve|noter|note) (la|sa) plaque",
            r"\b(conducteur|chauffard|automobiliste|responsable|gars|type|il) (\w+ ){0,3}"
            r"(n.etait pas assure|sans assurance|n.avait pas d.assurance|avait pas d.assurance|pas assure)",
        ),
        ("F2679", "F2677"),
        "F2679 « Accident de la route : indemnisation par le FGAO » (responsable non identifié ou non assuré) ; "
        "F2677 « Accident de la route : indemnisation des victimes de dommages corporels »",
        requires=(
            r"renvers\w*|percut\w*|accident|heurt\w*|passage pieton|blesse\w*|fracture|casse\w*|hopital|urgences",
        ),
        # an assault's or a theft's author who ran away: the victims' fund of a crime (`crisis_terms`), not the FGAO
        excludes=(r"agress\w*|voleu?r|cambriol\w*|frapp\w*|tabass\w*",),
    ),
    Distress(
        HARASSMENT_ACTS,
        (
            # touched again and again ("il me touche dans la réserve"), not once ("m'a touchée": an assault, F33891 in
            # `crisis_terms`)
            _AT_WORK + r"\w* .{0,120}\b(il|elle) me (touche|tripote|caresse|pelote|frotte|coince)\b",
            _AT_WORK + r"\w* .{0,120}(remarques? (\w+ ){0,2}sur (mon|ma|mes) (corps|physique|poitrine|fesses|seins"
            r"|formes)|messages? (\w+ ){0,4}(sexe|sexuels?|propositions|cochons?))",
        ),
        ("F1043",),
        "F1043 « Harcèlement sexuel » : plainte, défenseur des droits, employeur",
        requires=(
            r"sex\w*|corps|physique|poitrine|fesses|seins|propositions?|gentillesse|dis non|dit non|reserve|vestiaire"
            r"|seule?s?\b|peur",
        ),
        excludes=(r"\bne (me|m.a) (\w+ )?touche|(ca|cela|ce qu.il a dit|sa lettre) me touche",),
    ),
    Distress(
        MANAGER_HARASSMENT,
        (
            r"\b(gerant|gerante|directeur|directrice|dirigeant|employeur|cheffe|patronne)\w* .{0,80}"
            r"(humili\w*|harcel\w*|rabaisse\w*|(me|m.) (hurle|crie|gueule)\w* dessus"
            r"|(me|m.) traite\w* (de |d.)(nul|incapable|bon a rien|idiot|con|feignant)"
            r"|(m.engueule|me rabaisse|me critique)\w* (\w+ )?(sans arret|tout le temps|tous les jours|devant))",
        ),
        ("F2354",),
        "F2354 « Harcèlement moral au travail » : preuves, médecin du travail, inspection, prud'hommes",
        # a school's head and a pupil: school harassment, another entry
        excludes=(r"\b(eleves?|ecole|college|lycee|creche|classe|maitresse)\b",),
    ),
    Distress(
        WORK_ACCIDENT,
        (
            r"tombee? (\w+ ){0,2}(d.un |de l.|du |d.une )(echafaudage|echelle|toit|escabeau|chariot|quai|nacelle)",
            r"(coupe|ouvert|ecrase|arrache|sectionne|perdu) (\w+ ){0,3}(la main|le doigt|les doigts|deux doigts"
            r"|un doigt|trois doigts)",
            r"accident (sur|de|avec) (la|une) (machine|scie|meuleuse|presse)",
        ),
        ("F171", "F175"),
        "F171 « Accident du travail : démarches à effectuer » ; F175 « Accident du travail : indemnités "
        "journalières pendant l'arrêt de travail »",
        requires=(
            r"chantier|atelier|au travail|au boulot|au taff|patron|chef|employeur|apprenti|usine|entrepot|magasin"
            r"|machine|scie|meuleuse",
        ),
        # at home (not the employer's lie, "il dit que je suis tombé chez moi"), or what comes long after (a death, a
        # paralysis, a rente, the RQTH): another fiche
        excludes=(
            r"rien a voir avec le travail|en (changeant|bricolant|jardinant|rangeant)|dans mon jardin"
            r"|decede\w*|\bmort\b|paralys\w*|\brente\b|tierce personne|rqth"
            r"|travailleur handicape",
        ),
        alike=True,
    ),
    Distress(
        DUBLIN,
        (
            r"(?s)^(?=.*\bempreintes\b)(?=.*\b(" + _DUBLIN_COUNTRIES + r")\b)"
            r".*\b(asile|dublin\w*|retourner|renvoy\w*|transfer\w*|remise?)\b",
            r"\bdubline\w*|procedure dublin|remise? aux autorites (italiennes|espagnoles|grecques|allemandes"
            r"|autrichiennes|hongroises|bulgares|croates|maltaises|polonaises|belges)",
        ),
        ("F2717", "F2650"),
        "F2717 « Demande d'asile d'un dubliné (venant d'un pays d'Europe) : quelle procédure ? » ; F2650 « Reconduite "
        "d'un étranger vers un autre pays de l'Union européenne »",
        alike=True,
    ),
    Distress(
        UNDOCUMENTED_CARE,
        (
            r"sans papiers|sans titre de sejour|(pas|plus|aucun) (encore )?(de )?(papiers|titre de sejour)"
            r"|en situation irreguliere",
        ),
        ("F3079",),
        "F3079 « Qu'est-ce que l'aide médicale de l'État (AME) ? »",
        requires=(
            r"soigner|soins|docteur|medecin|carte vitale|hopital|malade|fievre|douleurs?|enceinte|saignements?",
        ),
        # a residence permit for care (a treatment that does not exist back home), a removal, a regularisation, a
        # family to bring over: the préfecture's fiches; a car's or a dog's papers
        excludes=(
            r"titre de sejour pour (les )?(malades|soins|raison)|oqtf|regularis\w*|expuls\w*"
            r"|papiers? (en regle|valides)|faire venir|regroupement familial|prefecture"
            r"|(traitement|soins?) (\w+ ){0,3}(n.existe|n.existent|pas) (\w+ )?"
            r"(chez nous|dans mon pays|au pays|la.bas)"
            r"|(chez nous|dans mon pays|au pays|la.bas) (\w+ ){0,3}(pas|aucun) (de |ce )?(traitement|soins)"
            r"|voiture|chienne?|\bchat\b|chiots?",
        ),
    ),
    Distress(
        CHILD_AFTER_DEATH,
        (
            r"(?s)^(?=.*" + _CHILD + r")(?=.*(" + _WHO_RAISES + r")).*("
            r"si je (meurs|mourais|decede|disparais|pars)\b"
            r"|si je venais a (mourir|disparaitre|deceder|partir)"
            r"|s.il m.arrive (quelque chose|malheur)|apres (ma mort|mon deces)"
            r"|quand je ne serai plus (la|de ce monde))",
            r"(?s)^(?=.*(qui (va|pourra|doit) (s.occuper|l.elever|les elever)|\btut(eur|rice|elle)\b))"
            r".*(perdu ses (deux )?parents|\borphelin(e|s|es)?\b)",
        ),
        ("F130", "F2139"),
        "F130 « Peut-on désigner une personne pour s'occuper de son enfant après son décès ? » ; F2139 « Tutelle "
        "d'un mineur »",
    ),
)
FAMILY_NAMES = frozenset(entry.name for entry in FAMILY_DISTRESS)
