"""The rented home told in the tenant's words (fifty-second pass, engineer-r92, issue 14).

A tenant rarely names the fiche: « le proprio refuse de changer la chaudière », « l'agence me demande mon avis
d'imposition et mes relevés de compte », « mon bail dit pas de chat ». The general fiches of renting (charges,
loyer, logement décent, entretien du chauffage) then come before the one that answers. Each reading below is a
vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`)
behind its own switch (read at call time through `silenced`, as `guichet.knowledge.everyday_justice` does):

- `READ_LANDLORD_REPAIR`: a large equipment of the home (chaudière, ballon d'eau chaude, toiture, fenêtres, volets,
  installation électrique) broken or worn out, and who must pay or replace it (« le proprio refuse », « c'est à moi
  de payer ? »): F31699 « Location immobilière : travaux à la charge du bailleur ».
- `READ_TENANT_REPAIR`: a small repair or the yearly servicing (a joint, a dripping tap, the flush, the chaudière's
  annual visit) and who pays it: F31697 « Entretien courant et "réparations locatives" à la charge du locataire ».
- `READ_RENTAL_FILE`: the papers an agency or a landlord asks of a candidate tenant (« avis d'imposition », « relevés
  de compte », « carte vitale », « chèque de réservation », « fiches de paie »): F1169 « Accès à un logement privé :
  dossier de location du futur locataire », which lists what may and may not be asked.
- `READ_PET_CLAUSE`: a pet and the lease told by the tenant (« mon bail dit pas de chat », « clause animaux
  interdits »): F2693 « Un contrat de location peut-il interdire les animaux dans le logement ? ». The landlord's
  side (« mon locataire a deux chiens ») is `vocabulary.relation`'s.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-second pass, r92).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

READ_LANDLORD_REPAIR = True
READ_TENANT_REPAIR = True
READ_RENTAL_FILE = True
READ_DAMP = True
READ_PET_CLAUSE = True

# The landlord or his agency named as such, the tenant, or the question of who pays.
_LANDLORD = (
    r"(mon|ma|le|la|notre|au|du|son|leur) (proprio|proprietaire|bailleur|bailleuse)s?|proprios?|l.agence|locataires?"
    r"|je loue"
    r"|qui (doit |va )?(pa(y|i)\w*|rembours\w*|changer|remplacer|reparer)|c.est (a|pour) qui|a (la|sa) charge"
)
# Who pays a small repair: the question, or a bill the landlord passes on.
_WHO_PAYS = (
    r"qui (doit |va )?pa(y|i)\w*|a (la|sa) charge|c.est (a|pour) (moi|lui|elle|nous)|c.est (a|pour) qui"
    r"|c.est au (locataire|proprio\w*|proprietaire|bailleur)|pour ma pomme|a moi de|me (fait|faire) payer"
    r"|me (reclame|facture)|au (locataire|proprio\w*|proprietaire|bailleur) (ou|de payer)"
)

# Large equipment of the home, broken or worn out.
_BIG_THING = (
    r"chaudieres?|ballons? d.eau chaude|(le|mon|du) ballon(?! (de|du) (foot|basket))|cumulus|chauffe.eau|toit"
    r"|toiture|fenetres?|volets?( roulants?)?|installation electrique|prises? electriques?|tableau electrique"
    r"|canalisations?|tuyaux?|radiateurs?"
)
_BROKEN = (
    r"en panne|tombee? en panne|hs|hors (d.)?(usage|service)|morte?|lache|casse\w*|pourri\w*|fuit|fuite"
    r"|ne (marche|ferme|fonctionne|chauffe)\w* (plus|pas|mal)|(a|de) (changer|remplacer)|remplacement|vetuste"
    r"|(qui )?a \d+ ans|effrite|bloque\w*|grillent"
)
_BIG_BROKEN = around(_BIG_THING, _BROKEN, 60)
LANDLORD_REPAIR = around(_BIG_BROKEN, _LANDLORD, 300)
# The owner's own home or a co-ownership's works (F31513, F2590), a purchase, the yearly servicing (F31697, F20760),
# and a home that harms health (mould, damp, vermin, bare wires: F2042 « Logement décent », F16158 « Habitat
# insalubre », whose readings are `vocabulary.names_family`'s)
NOT_LANDLORD_REPAIR = (
    r"copropri\w*|syndic|j.ai achete|nous avons achete|proprietaire occupant|maprimerenov|anah"
    r"|(entretien|revision|visite) annuel\w*"
    r"|moisi\w*|humid\w*|insalubr\w*|indecen\w*|asthme|bronchites?|champignons?|rats|cafards|punaises|etincelles"
)

# Small repairs and the yearly servicing.
_SMALL_THING = (
    r"(le|les|un|des|du) joints?|robinet\w*|chasse d.eau|siphon|evier bouche|debouch\w*"
    r"|(entretien|revision|visite) (annuel\w* )?(de (la|ma) )?(chaudiere|chauffe.eau)|ramonage"
    r"|(petites|menues) reparations|reparations locatives"
)
TENANT_REPAIR = around(_SMALL_THING, _WHO_PAYS, 200)
# A co-ownership's or a car's repairs, a neighbour's noise (the flush heard through the wall).
NOT_TENANT_REPAIR = r"copropri\w*|syndic|voiture|vehicule|j.ai achete|entend\w*|bruit\w*"

# The papers asked of a candidate tenant.
_PAPERS = (
    r"avis d.imposition|releves? (de compte|bancaires?)|carte vitale|cheques? de reservation|fiches? de paie"
    r"|bulletins? de (paie|salaire)|photo d.identite|attestation (de|d.) (\w+ ){0,2}(employeur|proprietaire|bailleur)"
    r"|justificatifs? de (ressources|revenus)|dossier de location|dossier (pour|d.un) (l.)?(appart\w*|logement)"
)
_ASKED_PAPERS = r"(demand|exig|reclam|veu|faut|fourni|donn|envoy)\w*[^.?!]{0,80}?(?:" + _PAPERS + ")"
_CANDIDATE = (
    r"l.agence(?! d.interim)|agence immobiliere|(le|un|les|des|mon|futur) (proprio|proprietaire|bailleur)s?"
    r"|postul\w*|candidat\w*|pour (louer|un appart\w*|une location|un logement|le logement|un studio)|visite\w*"
)
RENTAL_FILE = around(_CANDIDATE, _ASKED_PAPERS, 250)
# A social home, a naturalisation's or a residence permit's papers, a loan, a benefit's file, a temp agency.
NOT_RENTAL_FILE = (
    r"\bhlm\b|logement social|naturalisation|titre de sejour|credit|pret immobilier|banque|\bcaf\b|\bapl\b"
    r"|interim|mon locataire|ma locataire|mes locataires"
)

# A pet and the lease, told by the tenant.
_PETS = r"chiens?|chiots?|chats?|chatons?|chatte|animaux|animal|lapins?|perroquets?|hamsters?|furets?|nac"
_LEASE = r"bail|contrat de location|clauses?|je loue|en location|locataires?|(mon|ma|le|la) (proprio|bailleur\w*)"
PET_CLAUSE = around(_LEASE, _PETS, 150)
# A bite, a stray, breeding, a furnished holiday let, a dangerous dog's rules: other fiches. (Not « vacances »: « pas
# une location de vacances » says the lease is an ordinary one.)
NOT_PET_CLAUSE = (
    r"mord\w*|morsure|fourriere|errants?|elevage|eleveur|categorie|dangereux|meuble de tourisme"
    r"|mon locataire|ma locataire|mes locataires"
)

# A damp home told without the words of the older entry (`vocabulary.names_family`: « humidité », « moisissures »,
# « insalubre »): « très humide », « ça sent le moisi », « l'eau remonte dans les murs », « salpêtre », « les fenêtres
# ruissellent ». A message that says those words already has the older entry's pointer: this one keeps out.
DAMP = (
    r"(tres |trop |super |hyper )?humides?|(sent|sentent|odeur de) (le )?moisi|salpetre|condensation"
    r"|(l.eau|ca) (remonte|ruisselle|suinte|coule) (dans|sur|le long) (les|des|du) murs?|ruissel\w*"
)
_HOME = r"logement|appart\w*|studio|maison|chambres?|murs?|locataires?|proprio\w*|proprietaire|bailleur|je loue"
DAMP_HOME = around(_HOME, DAMP, 200)
# The older entry's words; a co-ownership, an owner's own house and its aids, insulation works.
NOT_DAMP_HOME = r"moisissures?|humidite|insalubre|copropri\w*|j.ai achete|anah|maprimerenov|prime|travaux d.isolation"

RENTED_HOME_TERMS: tuple[Term, ...] = (
    Term(
        LANDLORD_REPAIR,
        "travaux à la charge du bailleur obligation d'entretien et de réparation remplacement vétusté",
        ("F31699",),
        "F31699 « Location immobilière : travaux à la charge du bailleur »",
        unless=NOT_LANDLORD_REPAIR,
    ),
    Term(
        TENANT_REPAIR,
        "réparations locatives entretien courant à la charge du locataire menues réparations",
        ("F31697",),
        'F31697 « Entretien courant et "réparations locatives" à la charge du locataire »',
        unless=NOT_TENANT_REPAIR,
    ),
    Term(
        RENTAL_FILE,
        "dossier de location du futur locataire pièces justificatives demandées interdites",
        ("F1169",),
        "F1169 « Accès à un logement privé : dossier de location du futur locataire »",
        unless=NOT_RENTAL_FILE,
    ),
    Term(
        DAMP_HOME,
        "logement décent humidité moisissures aération",
        ("F2042",),
        "F2042 « Logement décent » (« une évacuation de l'humidité adaptée »)",
        unless=NOT_DAMP_HOME,
    ),
    Term(
        PET_CLAUSE,
        "contrat de location interdire les animaux dans le logement animal domestique",
        ("F2693",),
        "F2693 « Un contrat de location peut-il interdire les animaux dans le logement ? »",
        unless=NOT_PET_CLAUSE,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py rented_home` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        ("READ_LANDLORD_REPAIR", "READ_TENANT_REPAIR", "READ_RENTAL_FILE", "READ_DAMP", "READ_PET_CLAUSE"),
        RENTED_HOME_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `RENTED_HOME_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
