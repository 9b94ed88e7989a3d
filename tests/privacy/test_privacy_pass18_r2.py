"""Eighteenth pass, second round, privacy: a first name in a list of children where each name is followed by its
year of birth ("les enfants : Kadi 2014, Issa 2018"); the years themselves are left as they are (a product decision).
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nos enfants : Kadiatou 2010, Sekou 2014, Issa 2018, et un bébé attendu.", ["Kadiatou", "Sekou", "Issa"]),
        ("mes enfants : Assa 2012 et Issa 2017 sont à l'école.", ["Assa", "Issa"]),
        ("Les enfants : Yacouba 2009, Issa 2015.", ["Yacouba", "Issa"]),
    ],
)
def test_each_name_in_a_list_of_children_with_years(text: str, names: list[str]) -> None:
    masked = output(text)
    for name in names:
        assert not survives(name, "first_name", masked), masked


def test_the_years_alone_stay() -> None:
    masked = output("Les enfants : Yacouba 2009, Issa 2015.")
    assert "2009" in masked and "2015" in masked, masked


def test_a_year_after_a_place_is_no_list_of_names() -> None:
    masked = output("Nous avons vécu à Bamako jusqu'en 2011, puis à Montreuil.")
    assert "Montreuil" in masked and "Bamako" in masked, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("J AI TRAVAILLE CHEZ FERRANDINI BTP DE 1980 A 1992 A TOULON.", "FERRANDINI"),
        ("Mon fils fait son apprentissage chez Castagnet BTP à Pau.", "Castagnet"),
        ("le gérant de Auto Pièces Bensalem me propose un contrat.", "Bensalem"),
    ],
)
def test_a_firm_named_after_its_owner(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "name", masked), masked


def test_a_building_firm_word_alone_stays() -> None:
    masked = output("La fédération du BTP publie ses chiffres, et les pièces Justificatives sont en ligne.")
    assert "BTP" in masked and "Justificatives" in masked, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il travaille à la supérette « Chez Kandiah » depuis deux ans.", "Kandiah"),
        ("Son patron, au snack Chez Mourad, ne l'a pas déclaré.", "Mourad"),
    ],
)
def test_a_shop_sign_chez_a_name(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "name", masked), masked


def test_chez_at_a_sentence_start_stays() -> None:
    masked = output("Chez Lidl, les prix ont augmenté. Chez nous, il fait froid.")
    assert "Lidl" in masked, masked
