"""Seventh pass of issue 13: children listed with their school class, a first name starting the sentence after
someone named with a title, a relative's word used as a title, third persons' relatives ("leur fille"), estates and
districts abroad with a lot or villa number, an identifier said in words. The examples are written for this file
(none is in the corpus)."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output

CASES = [
    # children with their class or childcare place between brackets, first names that are words included
    ("Pour la garderie : Soline (CE2), Gaspard (GS) et Nour (crèche).", ["Soline", "Gaspard", "Nour"], "child_name"),
    ("Les deux grands, Ambre (4ème) et Olive (CM1), mangent à la cantine.", ["Ambre", "Olive"], "child_name"),
    ("Inscription de Chukwuemeka (CP) à l'étude du soir.", ["Chukwuemeka"], "child_name"),
    # a first name that starts the sentence after someone named with a title, of any origin
    ("J'écris au nom de Mme Demir. Zeynep ne lit pas le français.", ["Demir", "Zeynep"], "first_name"),
    ("Dossier de M. et Mme Okoro. Chiamaka et Ebuka attendent une réponse.", ["Chiamaka", "Ebuka"], "first_name"),
    # a first name only, starting a French sentence, with a verb after it
    ("Mon voisin est à l'hôpital. Svetlana ne comprend pas le courrier.", ["Svetlana"], "first_name"),
    # relatives of third persons, a relative's word used as a title
    ("Mes parents ne parlent pas bien français. Je suis leur fils, Kwame.", ["Kwame"], "first_name"),
    ("Je dors chez Tonton Moussa à Évry depuis mars.", ["Moussa"], "first_name"),
    ("Mamie Odette est hospitalisée, qui peut signer pour elle ?", ["Odette"], "first_name"),
    # estates and districts abroad, a lot, villa or building number after a comma, up to the country
    ("Mon adresse : Lotissement Riad Salam, lot 88, Marrakech, Maroc.", ["Lotissement Riad Salam, lot 88"], "address"),
    ("J'habite Quartier Liberté 6, villa n° 2210, Dakar, Sénégal.", ["Quartier Liberté 6, villa n° 2210"], "address"),
    ("Morada nova: Urbanização do Sol, lote 3, 1º Dto., 8000-100 Faro.", ["lote 3", "8000-100 Faro"], "address"),
    # an identifier said in words after a word that names a number
    (
        "mon numéro de dossier : trois cent quarante-deux mille cent dix-sept, pas de clavier",
        ["trois cent quarante-deux mille cent dix-sept"],
        "reference",
    ),
]


@pytest.mark.parametrize(("text", "values", "category"), CASES)
def test_the_values_are_removed(text: str, values: list[str], category: str) -> None:
    masked = output(text)
    for value in values:
        assert not survives(value, category, masked), masked


KEPT = [
    # arrondissements after a town, not a child's class
    "Il habite Paris (6e) et travaille à Lyon (3e).",
    # a sentence after a titled name that starts with a French word
    "J'ai rencontré M. Garnier. Depuis, rien n'a bougé.",
    # greetings in other languages, a question's "Est-ce"
    "Salam alaykoum, je vous écris pour ma retraite. Est-ce que je peux la toucher au Maroc ?",
    "J'ai vu le Dr Lemaire. Est-ce que l'arrêt est pris en charge ?",
    # amounts in words
    "Une amende de deux mille trois cent quarante euros, numéro deux mille trois cent quarante et un euros.",
]


@pytest.mark.parametrize("text", KEPT)
def test_words_that_are_no_personal_data_stay(text: str) -> None:
    masked = output(text)
    for word in ("Paris", "Lyon", "Depuis", "Salam", "Est-ce", "deux mille"):
        if word in text:
            assert word in masked, masked


INTRODUCED = [
    # the writer says whose mother, daughter, neighbour they are: a first name that is a word counts there
    ("bsr jsuis pierre, le papa de noam et de lyana, on a un souci avec la cantine", ["pierre", "noam", "lyana"]),
    ("Bonsoir, ici Apolline, la voisine de Mme Roux. Elle est tombée hier.", ["Apolline", "Roux"]),
    ("Bonjour, Khadija à l'appareil, enfin par écrit.", ["Khadija"]),
    # whose relative someone is, a public first name included
    ("Je suis la grand-mère de Paul et de Capucine, je les garde le mercredi.", ["Paul", "Capucine"]),
    # a couple with titles, their first names between brackets
    ("M. et Mme Perrin (Hervé et Brigitte) souhaitent déclarer leur location.", ["Perrin", "Hervé", "Brigitte"]),
    # a list of children, a child's word between the joiner and the last name
    ("les petits (malo, suzanne et la petite violette) sont chez moi", ["malo", "suzanne", "violette"]),
]


@pytest.mark.parametrize(("text", "names"), INTRODUCED)
def test_introduced_and_related_names_are_removed(text: str, names: list[str]) -> None:
    masked = output(text)
    for name in names:
        assert not survives(name, "first_name", masked), masked


def test_whose_relative_keeps_words_that_are_no_names() -> None:
    text = "Le père de famille ou la mère de l'enfant s'adresse à la fille de France Travail."
    assert output(text) == text
