"""Nineteenth pass, privacy: names as forms give them. A field of several first names after one label ("Prénom(s) :
Odette, Jeanne, Marie", "Nombre: Guadalupe |"), and a surname in capitals followed by the first names in title case
("Défunt : ETCHEVERRY Pierre Jean", "RATNAYAKE Mudiyanselage Sunil"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Prénom(s) : Josiane, Rose, Blanche      NOM : KIEFFER\n", ["Josiane", "Rose", "Blanche"]),
        ("Nombre: Guadalupe | Apellidos: RAMOS | Domicilio: Lyon", ["Guadalupe"]),
    ],
)
def test_a_field_of_first_names(text: str, names: list[str]) -> None:
    masked = output(text)
    for name in names:
        assert not survives(name, "first_name", masked), masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Défunt : ETCHEVERRY Pierre Jean | décédé le 2 mai 2025 | Demandeur : sa fille", "ETCHEVERRY Pierre Jean"),
        ("Le visa porte RATNAYAKE Mudiyanselage Sunil, pas mon nom usuel.", "RATNAYAKE Mudiyanselage Sunil"),
    ],
)
def test_a_surname_in_capitals_then_first_names(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "name", masked), masked


def test_an_acronym_before_a_place_stays() -> None:
    masked = output("J'ai écrit à la CARSAT Bretagne et à la FNAC Bordeaux, sans réponse.")
    assert "CARSAT Bretagne" in masked and "FNAC Bordeaux" in masked, masked
