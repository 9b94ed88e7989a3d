"""Schemes created after the fiches' snapshot, asked about by name (thirty-fifth pass, engineer-r51).

The knowledge base is the service-public.fr fiches of November 2020. A message that asks about a scheme created
later ("le pass Sport de 50 euros", "l'indemnité inflation", "le contrat d'engagement jeune", "la prime de partage de
la valeur", "le leasing social", "MaPrimeAdapt'") finds the fiches that share its other words (the sports licence's
medical certificate, the unemployment benefit, the Garantie jeunes, the PEPA), and a first fiche that leads by a
margin reads as a confident answer though none of them speaks of that scheme. Checked: none of the names below
occurs in the 7,591 fiches of the snapshot (shared `data/service-public`).

`later_scheme` says which scheme when the message asks about one by name, so that the first fiche is
not taken for an answer (`guichet.knowledge.outside.outside_request`). Not when an ask also asks open for other
rights ("quelles aides existent ?", "à quoi d'autre ai-je droit ?": the fiches answer that), nor when an ask names
a right the fiches have with its own fiche ("le pass Sport et l'allocation de rentrée scolaire, j'y ai droit ?").
A scheme named in the story only ("j'ai touché l'indemnité inflation l'an dernier, mon RSA a-t-il baissé ?") leaves
the message to the other readings.
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import Query
from guichet.knowledge.vocabulary import find

# An ask this short ("et pour mon fils ?") follows the one before it (as `guichet.knowledge.outside.SHORT_ASK`).
SHORT_ASK = 5
# (name told to the agent, pattern over the folded text); each created after November 2020.
LATER_SCHEMES: tuple[tuple[str, str], ...] = (
    ("le pass Sport (2021)", r"\bpass.?sports?\b"),
    ("l'indemnité inflation (2021)", r"\b(indemnite|prime|cheque|aide) (de l.|d.)?inflation\b"),
    (
        "l'indemnité carburant ou la remise carburant (2022-2023)",
        r"\b(indemnite|cheque|aide|remise|ristourne|prime) (de |du )?carburants?\b",
    ),
    ("la prime de partage de la valeur (2022)", r"\bprime (de )?partage de la valeur\b"),
    ("le contrat d'engagement jeune (2022)", r"\bcontrat d.engagement (jeunes?|pour les jeunes)\b|\bcej\b"),
    ("le leasing social (2024)", r"\bleasing social\b|\blocation sociale (d.une|de) voiture"),
    ("MaPrimeAdapt' (2024)", r"\bma ?prime ?adapt\b"),
    ("Mon soutien psy (2022)", r"\bmon ?soutien ?psy\b|\bmonpsy\b|\bdispositif mon psy\b"),
    ("le bouclier tarifaire (2021)", r"\bbouclier tarifaire\b"),
    ("Loc'Avantages (2022)", r"\bloc.?avantages?\b"),
    ("l'application France Identité (2022)", r"\bfrance identite\b"),
)
_LATER = tuple((name, re.compile(pattern)) for name, pattern in LATER_SCHEMES)
# An ask open to other rights: the fiches answer it, whatever scheme the message names.
_OPEN_ASK = re.compile(
    r"\b(quelles?|quels?) (\w+ )?(autres? )?(aides?|allocations?|prestations?|dispositifs?|solutions?|droits?)\b"
    r"|\b(autres?|d.autres) (aides?|allocations?|prestations?|dispositifs?|solutions?|droits?)\b"
    r"|\ba quoi (d.autre )?(ai.je|j.ai|avons.nous|on a|aurais.je|aurai.je) droit\b"
)


def _scheme(text: str) -> str:
    return next((name for name, pattern in _LATER if pattern.search(text)), "")


def later_scheme(query: Query) -> str:
    """The later scheme the message asks about by name ('' for none): named in the subject (the asks that do not
    name it are about it: "comment la demander ?"), or named in an ask when every other ask of `SHORT_ASK` words or
    more names it too."""
    asks = [fold(ask) for ask in query.asks]
    in_subject = _scheme(fold(query.subject))
    named = in_subject or next((found for ask in asks if (found := _scheme(ask))), "")
    if not named:
        return ""
    for ask in asks:
        if _OPEN_ASK.search(ask):
            return ""
        if _scheme(ask):
            continue
        if not in_subject and len(ask.split()) >= SHORT_ASK:
            return ""
        if any(found.term.fiches for found in find(ask)):
            return ""
    return named
