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

Each reading is written for a way of writing, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-fifth pass, r103).
"""

from __future__ import annotations

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
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py vehicles` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        ("READ_POINTS_LEFT", "READ_TECHNICAL_VISIT", "READ_INHERITED_CAR", "READ_POINTS_PER_OFFENCE"),
        VEHICLE_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `VEHICLE_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
