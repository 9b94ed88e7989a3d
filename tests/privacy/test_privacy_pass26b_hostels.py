"""Twenty-sixth pass, second shift (p70e, left by the first shift): a hostel named only in brackets after its kind, a
hotel where families are placed, a works named by its former workers at its closing. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ma sœur vivait en CHRS (Le Goéland, à Brest) avant son relogement.", "Le Goéland"),
        ("Il dort au foyer du Secours catholique de Lille (Maison Ozanam) depuis l'été.", "Maison Ozanam"),
        ("Je suis la référente de l'hôtel Les Glycines, où la préfecture a placé deux familles.", "Les Glycines"),
    ],
)
def test_a_hostel_named_in_brackets_or_a_hotel_where_people_live_is_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Le foyer fiscal (2 adultes) est rattaché à l'Hôtel de Ville.",
        "Rendez-vous à l'Hôtel des Impôts de Rennes.",
    ],
)
def test_a_household_or_a_town_hall_stays(text: str) -> None:
    assert pseudonymise(text).mapping == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon mari est au chômage depuis la fermeture de la fonderie Lebrun-Marty.", "Lebrun-Marty"),
        ("Tout a changé avec la liquidation de l'usine Valdor.", "Valdor"),
    ],
)
def test_a_works_named_at_its_closing_is_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


def test_a_closing_with_no_name_stays() -> None:
    assert pseudonymise("Depuis la fermeture de la mine, le village se vide.").mapping == {}
