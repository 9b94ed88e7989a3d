"""The car, the licence and the road told in the driver's words (fifty-fifth pass, engineer-r103, issue 14).

The driver who asks « ce qu'il me reste sur mon permis », the owner whose car « doit passer la visite » or was
« recalée », the son who keeps « la voiture de mon père » after the death, the driver caught « le téléphone à la
main » who asks « combien de points » it costs rarely name the fiche that answers. The older entries
(`vocabulary.names_papers`: « combien de points il me reste » → F17970; `vocabulary.names_everyday`: a death beside
« carte grise » → F1480) need the fiche's own words. Each reading is a vocabulary entry
(`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`) behind its own
switch (read at call time through `silenced`, as `guichet.knowledge.young_people` does):

- `READ_POINTS_LEFT`: what is left on the licence asked without « combien de points » (« ce qu'il me reste sur mon
  permis », « il me reste combien », « à zéro », « plus de points ») : F17970 « Solde du permis de conduire : comment
  connaître son nombre de points ? ». Not a course to win them back (« stage », F14208), a licence already void.
- `READ_TECHNICAL_VISIT`: the contrôle technique called « la visite (technique) », « contre-visite », « recalée »,
  beside a car: F2878 « Contrôle technique d'une voiture particulière ». Not a medical check (« médecin », « visite
  médicale »), a sale (F16540), a camping-car or a van.
- `READ_INHERITED_CAR`: a dead parent's or spouse's car told without its papers' name (« la voiture de mon père »
  beside « décédé ») and kept or put « à mon nom »: F1480 « Carte grise : hériter d'un véhicule immatriculé en
  France ». Not an insurance claim, a car sold by the heirs (F1707 first).
- `READ_POINTS_PER_OFFENCE`: how many points an offence costs (« ça me coûte combien de points », « combien de points
  on perd ») beside an offence (« téléphone », « ceinture », « feu rouge », « vitesse », « flashé »): F31551
  « Permis de conduire : quel est le barème des points retirés par infraction ? ». Not the balance asked (F17970),
  a course (F14208).

Fifty-sixth pass, engineer-r104 (issue 14): the car named by its brand or model, its papers by what they are to the
writer, a fine that comes from another country.

- `READ_CAR_SOLD_BY_NAME`: a car sold or given told by its brand or model (« j'ai vendu ma Clio », « je vends ma
  Yamaha », « la 206 de ma femme », « ma C3 laissée en reprise »): F1707 « Vendre ou donner son véhicule ». The
  register's paraphrase of F1707 wants « voiture / véhicule / moto ». Not a car bought (« me vend sa Clio »), its
  papers lost before the sale (F1726), a leasing.
- `READ_CAR_PAPER_LOST`: the car's certificate lost, stolen or spoilt, told as « le certificat de ma voiture », « la
  carte grise », « le papier de la voiture » (« perdu », « volé », « introuvable », « passée à la machine »): F1726
  « Perte, vol ou détérioration de la carte grise : demande de duplicata ». Not the car stolen (F21138), a certificate
  found again after the duplicate was asked (F34796), the plates.
- `READ_CAR_PAPER_WRONG`: a mistake on the car's certificate told without the word « erreur » or with it beside
  « le certificat de ma voiture » (« mon prénom est mal écrit », « écrit à l'envers », « une faute de leur part »):
  F16868 « Que faire si la carte grise comporte une erreur ? ». Not a website's error, a name changed by a marriage or
  a divorce (F34747, F34749), a move.
- `READ_FINE_FROM_ABROAD`: a fine, a radar or a « PV » that comes from another country (« pv d'italie », « la police
  belge », « une amende au Portugal », « a letter from Germany »): F15097 « Infraction routière en Europe » alone (the
  older entry of `vocabulary.names_papers` points to it and to F414, the foreign driver's fiche, which came first).
  Not a foreign driver fined in France (« je suis suisse », F414), a foreign licence, a tax or customs fine.

Each reading is written for a way of writing, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-fifth pass, r103).
"""

from __future__ import annotations

from guichet.knowledge.situations import ABROAD
from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, each switch alone with the others as shipped
# (`benchmarks/retrieval_vocabulary_switch.py vehicles`; docs/benchmarks.md, fifty-fifth pass, r103).
# On: 10 matched; r103-001 7 -> 1 (validation), none down.
READ_POINTS_LEFT = True
# On: 3 matched; r103-019 3 -> 1 (train), r103-018 6 -> 2 (validation), none down.
READ_TECHNICAL_VISIT = True
# On: 1 matched; r103-016 10 -> 1 (train), none down (only the own batch reaches it: a small measure).
READ_INHERITED_CAR = True
# Off: 12 matched; r103-029 6 -> 1 up, 3 down (ret-v36-071 6 -> 7, v69-022 5 -> 6, v101-12 3 -> 4, gold F15097
# « Infraction routière en Europe »): costs more than it gains.
READ_POINTS_PER_OFFENCE = False
# Fifty-sixth pass (r104), the same A/B (docs/benchmarks.md, fifty-sixth pass, r104). '-': not in the first 30.
# On: 20 matched; 13 up (r103-014 8 -> 1, r79-007 3 -> 1, ret-r8-011 2 -> 1, validation ret-v47-042 6 -> 1 …), one
# down (v61-017 2 -> 3, gold F1752 « Saisie du véhicule »).
READ_CAR_SOLD_BY_NAME = True
# On: 18 matched; 9 up (r103-033 2 -> 1, v89-016 23 -> 4, validation ret-r12-013 7 -> 1, v60-013 2 -> 1 …), one down
# (validation v75-033 1 -> 3, a stolen certificate asked for the fiche d'identification, F21009).
READ_CAR_PAPER_LOST = True
# On: 5 matched; validation r103-047 7 -> 1, train r104-014 7 -> 2; none down.
READ_CAR_PAPER_WRONG = True
# On: 12 matched; 9 up (v101-12 3 -> 1, v94-040 3 -> 1, ret-v29-007 - -> 1, v69-022 5 -> 3 …); none down.
READ_FINE_FROM_ABROAD = True

_LICENCE = r"permis( de conduire)?"
POINTS_LEFT = around(
    r"(ce qu.il|combien( il)?) (m.|me )?reste\w*|(il )?me reste combien|a zero|plus (aucun|de) points?"
    r"|(mon|le) capital( de)? points",
    _LICENCE,
    80,
)
NOT_POINTS_LEFT = r"\bstage\w*|invalid\w*|48 ?si|\bannul\w*"

_CAR = r"voitures?|vehicules?|auto|twingo|clio|golf|\d{3}\b"
_VISIT = r"visite technique|contre.visite|(passer|fait|faire) (la|sa) visite|recalee?s?|(visite|controle) au garage"
TECHNICAL_VISIT = around(_VISIT, _CAR, 200)
NOT_TECHNICAL_VISIT = r"medec\w*|medicale?|vend\w*|camping.car|camionnette|utilitaire|collection"

_DEATH = r"deced\w*|deces|defunte?|mort|herit\w*|succession"
_KIN_CAR = r"(voiture|vehicule|auto|moto) (de|a) (mon|ma|feu mon|feue ma) (pere|mere|mari|epouse|femme|frere|soeur)"
_TO_ME = r"a mon nom|garder|reprendre|recuperer|les papiers"
INHERITED_CAR = around(around(_KIN_CAR, _DEATH, 200), _TO_ME, 200)
NOT_INHERITED_CAR = r"assur\w*|vend\w*"

_HOW_MANY_POINTS = r"combien de points|(coute|perd\w*|retir\w*|enlev\w*) (\w+ ){0,3}points"
_OFFENCE = r"telephone|portable|ceinture|feu rouge|feu orange|stop|vitesse|flashee?|exces|radar|kilometres?|km/h"
POINTS_PER_OFFENCE = around(_HOW_MANY_POINTS, _OFFENCE, 200)
NOT_POINTS_PER_OFFENCE = r"\bstage\w*|reste\w*|solde|en une (seule )?fois|d.un coup|tous mes points"

# A car by its brand or its model (a family of names, not one message's: the makes sold in France and their common
# models, a three- or four-digit Peugeot).
_MODEL = (
    r"clio|twingo|megane|scenic|kangoo|captur|zoe|laguna|espace|kadjar|modus|trafic|master|renault"
    r"|peugeot|partner|expert|\d0\d{1,2}|citroen|c[1-5]|berlingo|picasso|xsara|saxo|jumpy|ds ?[3-7]"
    r"|dacia|sandero|logan|duster|fiat|panda|punto|tipo|doblo|ducato|golf|polo|passat|touran|tiguan|volkswagen|vw"
    r"|seat|ibiza|leon|skoda|fabia|octavia|opel|corsa|astra|zafira|ford|fiesta|focus|kuga|toyota|yaris|aygo|auris"
    r"|corolla|prius|nissan|micra|qashqai|juke|kia|picanto|hyundai|bmw|audi|a[1-6]|mercedes|smart|mini|suzuki|swift"
    r"|honda|mazda|volvo|tesla|yamaha|kawasaki|vespa|mt.?0?\d+"
)
_SOLD = r"vendue?s?|vends|je vend|vendre|vente (de|d.)|cedee?s?|ceder|cession (de|d.)|donnee?s?|donner|refile"
_MINE = r"(ma|mon|la|le|sa|notre|leur) (petite |vieille |vieux |ancienne |ancien |premiere? )?((voiture|moto) )?"
CAR_SOLD_BY_NAME = (
    rf"(?:{_SOLD}) (\w+ ){{0,2}}?{_MINE}(?:{_MODEL})\b"
    rf"|{_MINE}(?:{_MODEL}) (\w+ |a |au |l.){{0,5}}(en reprise|vendue?|cedee?|donnee?)\b"
)
NOT_CAR_SOLD_BY_NAME = (
    r"controle technique|contre.visite|gage|situation administrative|procuration|perdu\w*|introuvable"
    r"|retrouve (plus|pas)|remettre la main|me vend|m.a vendu|leasing|\bloa\b|\blld\b|credit.bail"
)

# The car's certificate, told as the writer says it.
_VEHICLE = rf"voiture|vehicule|auto|moto|scooter|camping.car|{_MODEL}"
_CAR_PAPER = (
    r"carte grise|certificat d.immatriculation"
    rf"|certificat (d.immatriculation )?(de|du|pour) (ma|mon|la|le|notre|sa) (\w+ )?(?:{_VEHICLE})"
    r"|papiers? (de|du) (la|ma|mon|le|notre) (voiture|vehicule|auto|moto|scooter)|papier gris"
)
_LOST = (
    r"perdue?s?|perdu|egaree?s?|volee?s?|vole|vol|retrouve (plus|pas)|introuvable|remettre la main|abimee?s?"
    r"|dechiree?s?|illisibles?|en morceaux|machine a laver|lavee?|brulee?s?|disparue?s?"
)
CAR_PAPER_LOST = around(_CAR_PAPER, _LOST, 150)
NOT_CAR_PAPER_LOST = (
    r"retrouvee? (apres|depuis|finalement|entre.temps)|l.ai retrouvee?|finalement retrouv\w*"
    r"|duplicata (\w+ ){0,3}retrouv|(voiture|vehicule|moto|scooter|camping.car) (\w+ ){0,2}volee?"
    r"|vol (de|du) (la |ma |mon )?(voiture|vehicule|moto)"
    r"|plaques?|(suis|sens) (\w+ )?perdue?|declarer volee?"
)
_WRONG = (
    r"mal (ecrit|orthographi\w*|saisi\w*|recopie\w*|tape)e?s?|fautes?|erreurs?|errone\w*|a l.envers|inverse\w*"
    r"|il manque (un|une|le|la)|(pas|plus) (le bon|la bonne)|coquille|corriger|rectifi\w*"
)
CAR_PAPER_WRONG = around(_CAR_PAPER, _WRONG, 150)
NOT_CAR_PAPER_WRONG = (
    r"erreur technique|(message|page) d.erreur|plante|bug\w*|mariage|mariee?|divorc\w*|changement de nom|nom d.usage"
    r"|demenag\w*|adresse|code de cession|perdue?|volee?"
)

# A fine that comes from another country.
_FOREIGN = (
    rf"(d.|de l.|du |des |en |au |aux |from |in )({ABROAD})"
    r"|police (\w+ )?(belge|italienne|espagnole|allemande|suisse|portugaise|neerlandaise|luxembourgeoise|autrichienne)"
    r"|(courrier|lettre|avis|amende|pv) (\w+ )?(italien|espagnol|allemand|belge|suisse|portugais|neerlandais)e?"
    r"|germany|spain|italy|belgium|switzerland|de l.etranger|a l.etranger|d.un autre pays"
)
_FINE = (
    r"amendes?|amandes?|pv|proces.verba\w*|contraventions?|flashee?s?|flash|radars?|exces de vitesse|vitesse|ztl"
    r"|speed|fine"
)
FINE_FROM_ABROAD = around(_FINE, _FOREIGN, 160)
NOT_FINE_FROM_ABROAD = (
    r"je suis (suisse|belge|allemande?|espagnole?|italienne?|portugaise?|neerlandaise?|luxembourgeoise?|britannique"
    r"|anglaise?)|n.habite pas en france|en vacances en france|touriste|permis (\w+ )?(etranger|belge|espagnol|italien"
    r"|allemand|portugais|suisse|marocain|algerien|tunisien)|echanger? (mon|son|le) permis|impots?|fisc\w*|douane\w*"
    r"|\btva\b|sncf|avion|billet de train|condamn\w*|tribunal|comptes? (bancaires?|a l.etranger)|banques?"
)

VEHICLE_TERMS: tuple[Term, ...] = (
    Term(
        POINTS_LEFT,
        "solde du permis de conduire nombre de points",
        ("F17970",),
        "F17970 « Solde du permis de conduire : comment connaître son nombre de points ? »",
        unless=NOT_POINTS_LEFT,
    ),
    Term(
        TECHNICAL_VISIT,
        "contrôle technique voiture particulière contre-visite",
        ("F2878",),
        "F2878 « Contrôle technique d'une voiture particulière »",
        unless=NOT_TECHNICAL_VISIT,
    ),
    Term(
        INHERITED_CAR,
        "hériter d'un véhicule carte grise succession",
        ("F1480",),
        "F1480 « Carte grise : hériter d'un véhicule immatriculé en France »",
        unless=NOT_INHERITED_CAR,
    ),
    Term(
        POINTS_PER_OFFENCE,
        "barème des points retirés par infraction",
        ("F31551",),
        "F31551 « Permis de conduire : quel est le barème des points retirés par infraction ? »",
        unless=NOT_POINTS_PER_OFFENCE,
    ),
    Term(
        CAR_SOLD_BY_NAME,
        "vendre ou donner son véhicule déclaration de cession certificat de cession",
        ("F1707",),
        "F1707 « Vendre ou donner son véhicule »",
        unless=NOT_CAR_SOLD_BY_NAME,
    ),
    Term(
        CAR_PAPER_LOST,
        "perte vol ou détérioration de la carte grise demande de duplicata",
        ("F1726",),
        "F1726 « Perte, vol ou détérioration de la carte grise : demande de duplicata »",
        unless=NOT_CAR_PAPER_LOST,
    ),
    Term(
        CAR_PAPER_WRONG,
        "carte grise comporte une erreur correction du certificat d'immatriculation",
        ("F16868",),
        "F16868 « Que faire si la carte grise comporte une erreur ? »",
        unless=NOT_CAR_PAPER_WRONG,
    ),
    Term(
        FINE_FROM_ABROAD,
        "infraction routière en Europe amende reçue d'un autre pays",
        ("F15097",),
        "F15097 « Infraction routière en Europe »",
        unless=NOT_FINE_FROM_ABROAD,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py vehicles` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_POINTS_LEFT",
            "READ_TECHNICAL_VISIT",
            "READ_INHERITED_CAR",
            "READ_POINTS_PER_OFFENCE",
            "READ_CAR_SOLD_BY_NAME",
            "READ_CAR_PAPER_LOST",
            "READ_CAR_PAPER_WRONG",
            "READ_FINE_FROM_ABROAD",
        ),
        VEHICLE_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `VEHICLE_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
