"""Twenty-second pass, privacy: names in brackets after a word of kin ("les 3 petits (… et …)"), a name of no
language before an age in brackets, a first name set apart after "moi"; a Breton surname in capitals after its
particle ("Erwan LE DU"), a married name on the line under a signature ("épouse LE NY"), and a first name alone on a
line of a list beside a line that begins with a found name. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Les 3 petits (Saindou et Mdahoma) restent avec moi à Dzaoudzi.", ["Saindou", "Mdahoma"]),
        ("Il a deux demi-sœurs, Maïlys (4 ans) et Soilahi (1 an).", ["Soilahi"]),
        ("Ils sont trois : Petru (6 ans), Anghjula (3 ans) et Sopheap (1 an).", ["Sopheap"]),
        ("Mon mari travaille de nuit et moi, Sandeepa, je garde les enfants.", ["Sandeepa"]),
    ],
)
def test_names_after_kin_an_age_or_moi(text: str, names: list[str]) -> None:
    masked = output(text)
    for name in names:
        assert not survives(name, "first_name", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("J'en ai parlé avec le papa (Bonne Nouvelle Expédition) hier.", "Bonne Nouvelle Expédition"),
        ("J'ai vécu à Tbilissi (2 ans) avant de venir en France.", "Tbilissi"),
        ("Et moi, Bref, je ne sais plus quoi faire.", "Bref"),
    ],
)
def test_words_in_those_positions_that_are_no_names_stay(text: str, kept: str) -> None:
    assert kept in output(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon neveu Tanguy LE DU vit chez moi depuis l'été.", "LE DU"),
        ("Bonjour,\nmerci de votre aide.\nAnnick Prigent\népouse LE DU", "LE DU"),
    ],
)
def test_a_breton_surname_in_capitals(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "name", masked), masked


@pytest.mark.parametrize(
    "text",
    [
        "MON FILS ERWAN LE DIT AUSSI, IL N'A RIEN RECU.",
        "Mon fils Erwan LE DIT aussi : rien reçu.",
    ],
)
def test_a_sentence_word_in_capitals_stays(text: str) -> None:
    assert "DIT" in output(text)


def test_a_first_name_alone_on_a_line_of_a_list() -> None:
    text = "Les enfants à charge :\n- Zaïnaba Attoumani\n- Mdahoma\n- Vuthy\nMerci de me dire si c'est complet."
    masked = output(text)
    for name in ("Mdahoma", "Vuthy"):
        assert not survives(name, "first_name", masked), masked


def test_a_list_of_things_beside_a_name_stays() -> None:
    text = "Pièces envoyées par Zaïnaba Attoumani :\n- Zaïnaba Attoumani\n- Quittances\n- Attestation\nBonne journée"
    masked = output(text)
    assert "Quittances" in masked and "Attestation" in masked, masked
