"""Twenty-third pass, privacy: places of birth after "au" (a town named "Le …": "né au Lamentin", "née au Mans"),
after "au CHU de", and a second place of birth after the first one's date ("né à X le …, et moi à Y"); a country
or a region after "au" stays. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Mon grand-père est né au Lamentin en 1938 et il vit chez nous.", "Lamentin"),
        ("Je suis née le 12 octobre 1979 au Mans, je demande mon relevé.", "Mans"),
        ("Notre fils est né au CHU de Poitiers le 3 juin 2021.", "Poitiers"),
        ("Ma femme est née à Kayes (Mali) le 2 avril 1990, et moi à Nioro le 9 mai 1986.", "Nioro"),
    ],
)
def test_a_place_of_birth_after_au_or_a_date(text: str, town: str) -> None:
    masked = output(text)
    assert not survives(town, "birthplace", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # (thirty-eighth pass: a country or a region of birth abroad is masked, as a birth abroad)
        ("Je suis né au Portugal et je travaille en France depuis 2004.", "né au [PAYS_NAISSANCE_ETRANGER_1]"),
        ("Mon père est né au Québec, il demande sa retraite.", "né au [PAYS_NAISSANCE_ETRANGER_1]"),
    ],
)
def test_a_country_or_a_region_after_au_is_no_town(text: str, kept: str) -> None:
    assert kept in output(text)
