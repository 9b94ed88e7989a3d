"""Tenth pass of issue 13, round 2 (after the unseen measurement of batch p16 and drafting batch d11 at the freeze
d3a071e): the kinds that reached a prompt there, by kind. The examples are written for this file; none is in the
corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a street without its number in brackets after the town
        ("Mon studio à Nantes (rue des Tanneurs) est insalubre.", "rue des Tanneurs", "address"),
        ("J'ai une place en foyer à Saint-Denis (allée des Cerisiers, bâtiment B).", "allée des Cerisiers", "address"),
        # a residential street named after a plural, without its number, anywhere
        ("Le bailleur de l'impasse des Mésanges ne répond plus.", "impasse des Mésanges", "address"),
        ("Les voisins de la résidence des Pins Verts font du bruit la nuit.", "résidence des Pins Verts", "address"),
    ],
)
def test_the_kinds_of_round_2_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a town and a bracket that holds no street, a public place's street
        ("J'habite à Lyon (centre-ville) avec mes enfants.", "(centre-ville)"),
        ("Le rendez-vous est place des Terreaux à la préfecture.", "place des Terreaux"),
    ],
)
def test_look_alikes_of_round_2_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
