"""Twenty-first pass, privacy: a second place of birth said without its verb in the same sentence ("je suis née à
Saint-Pierre, mon frère à Saint-Joseph", "Lucas est né à Vesoul et Margot à Gray"), and a town after "aux" ("née aux
Trois-Îlets"); a country stays, and so does a town after a verb of another sense. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Bonjour, je suis née à Saint-Pierre, mon frère à Saint-Joseph.", "Saint-Joseph"),
        ("Lucas est né à Vesoul en 2015 et Margot à Gray.", "Gray"),
        ("Je suis né à Rodez et ma femme, Odette Marty, à Millau.", "Millau"),
        ("Mes enfants sont nés à Dole, ma fille à Besançon et mon fils à Pontarlier.", "Pontarlier"),
        ("Ma mère est née le 3 mars 1950 aux Trois-Îlets, en Martinique.", "Trois-Îlets"),
        ("MA FILLE EST NEE LE 02/05/2019 A THIES, AU SENEGAL.", "THIES"),
    ],
)
def test_a_place_of_birth_said_without_its_verb_or_after_aux(text: str, town: str) -> None:
    masked = output(text)
    assert not survives(town, "birthplace", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je suis né à Rodez et mon frère vit à Millau.", "Millau"),
        ("Je suis née à Vesoul, mon dossier est à Besançon.", "Besançon"),
        # (thirty-eighth pass: a country of birth other than France is masked, France stays)
        ("Mon mari est né aux Comores et moi en France.", "aux [PAYS_NAISSANCE_ETRANGER_1] et moi en France"),
        ("Je suis né à Rodez et je travaille à Albi.", "Albi"),
    ],
)
def test_a_town_in_another_sense_or_a_country_stays(text: str, kept: str) -> None:
    assert kept in output(text)
