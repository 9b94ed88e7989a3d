"""Neighbours told by where they live, and a neighbouring building about to fall (`NEIGHBOUR_TERMS`; thirty-ninth
pass, engineer-r62, read on the unseen batch v68's train + validation misses).

- The noise entry (`names_everyday`: F612 « Troubles de voisinage : bruits de comportement ») needs the word
  "voisin"; a writer says "au-dessus de chez nous ils font la fête jusqu'à 3h", "ceux du dessous", "l'appartement
  d'à côté". Those are the neighbours, and their party, music or shouting is the noise.
- A neighbour's house, wall or gable "va s'effondrer", "menace de tomber", "des pierres sont tombées dans notre
  cour": the mayor's procedure for a building in peril, F16104 « Habitat en péril (ou menaçant ruine) », gold of four
  train + validation messages of three batches (v24, v40, v65, v68), none of which the vocabulary read. Not the
  writer who is "effondré(e)" (no building beside it), a house that "tombe en ruine" on a tax bill, nor a ceiling
  falling under a leak.

Sources: the two fiches' titles (quoted). Measured on train + validation of corpora/retrieval (docs/benchmarks.md,
"Thirty-ninth pass — engineer-r62").
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# The people above, below or next door, named by the place.
_BY_PLACE = (
    r"(au.dessus|en dessous|en.dessous|a cote) de chez (moi|nous)|(ceux|les gens|la famille|le couple|les jeunes)"
    r" (du dessus|du dessous|d.a cote|d.en face)|(l.appartement|l.appart|la maison|l.etage) (du dessus|du dessous"
    r"|d.a cote|d.en face)"
)
_NOISE = r"bruits?|musique|fetes?|font la fete|soirees?|crient|hurlent|tapent|boum|tapage|basses?|enceintes?"
# A building or a part of it, and its threatened fall.
_BUILDING = (
    r"maisons?|immeubles?|murs?|pignons?|facades?|toits?|toitures?|plafonds?|batiments?|balcons?|cheminees?"
    r"|granges?|bicoques?|baraques?"
)
_FALLING = (
    r"(va|vont|menacen?t? de|risquen?t? de|pourrai(en)?t) (nous )?(s.effondrer|tomber|s.ecrouler|lacher)"
    r"|s.effondr(e|ent)|s.ecroul(e|ent)|en train de s.effondrer|menac\w* ruine|tombe en ruines?"
    r"|(pierres|tuiles|briques|morceaux|pans?|blocs?) (\w+ ){0,2}(sont |est )?tombe\w*"
)

NEIGHBOUR_TERMS: tuple[Term, ...] = (
    Term(
        around(_BY_PLACE, _NOISE, 120),
        "troubles de voisinage bruits de comportement tapage",
        ("F612",),
        "F612 « Troubles de voisinage : bruits de comportement »",
    ),
    Term(
        around(_BUILDING, _FALLING, 60),
        "habitat en péril menaçant ruine arrêté de mise en sécurité maire",
        ("F16104",),
        "F16104 « Habitat en péril (ou menaçant ruine) »",
        # "800 € de taxe foncière pour une baraque qui tombe en ruine"; a ceiling falling under a leak is the water
        # damage's (the insurers', the copropriété's), not a building in peril
        unless=r"\b(taxe|impots?|fonciere|fuites?|degats? des eaux|infiltrations?|l.eau coule)\b",
    ),
)
