"""Twenty-eighth pass, privacy (p76, p78e): a Breton surname alone after an uncontracted "de Le" or "à Le", and a
first name that is also a word ("Claire", "Pierre") before a surname after a label's colon. Fresh sentences, none
from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je ne sais pas qui l'emploie, c'est le chalutier de Le Moal il me semble.", "Le Moal"),
        ("On a vendu la récolte à Le Guen, le mareyeur de Loctudy.", "Le Guen"),
        ("La barque de Le Scao est restée au port tout l'hiver.", "Le Scao"),
    ],
)
def test_pass28_a_surname_after_an_uncontracted_le_is_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("J'ai lu un article de Le Monde sur la pêche.", "Le Monde"),
        ("Le bateau est parti de Lorient à l'aube.", "Lorient"),
    ],
)
def test_pass28_a_french_word_after_le_is_no_surname(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mes coordonnées : Pierre Vandenhende, marin pêcheur à Étaples.", "Pierre"),
        ("Identité : Rose Kerbiriou, inscrite maritime.", "Rose"),
    ],
)
def test_pass28_a_word_first_name_after_a_label_colon_is_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    "text",
    ["Objet : France Travail et indemnités", "Objet : Rose des vents, nom du bateau"],
)
def test_pass28_a_label_colon_keeps_institutions_and_common_words(text: str) -> None:
    assert pseudonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kaixo, je voudrais savoir si la prime est versée ce mois-ci.", "Kaixo"),
        ("Le dossier est complet, je crois. Kenavo.", "Kenavo"),
        ("Trugarez evit ho respont.", "Trugarez"),
        ("Adishatz, la route du col est-elle ouverte ?", "Adishatz"),
        ("Kan nou sera payé pour le mois d'août ?", "nou"),
    ],
)
def test_pass28_regional_greetings_and_creole_words_are_no_names(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaixo, je suis Ainhoa Berrondo, allocataire à Ustaritz.", "Ainhoa Berrondo"),
        ("Demat, Yann-Fañch Kerhervé a fait la demande pour moi.", "Kerhervé"),
    ],
)
def test_pass28_a_name_beside_a_regional_greeting_is_still_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


def test_pass28_a_boat_named_with_a_breton_farewell_is_still_masked() -> None:
    text = "Nous vivons à bord de notre voilier Kenavo, ponton B, au port du Crouesty."
    assert "Kenavo" not in pseudonymise(text).text


def test_pass28_an_address_field_keeps_its_place_words_for_the_address_rules() -> None:
    text = "mon nom : OUAHBI Rachid\nadresse : Hay El Qods rue 4 n 12 Berkane\ntelephone 06 12 48 33 90"
    assert "Hay El Qods rue 4 n 12 Berkane" not in pseudonymise(text).text
