"""Thirty-fourth pass, privacy (engineer-p100e; newcomers and foreigners, batch p100e, unseen p96 and p98): a name in
quotes after the words that say how it was written, the building, floor, door and estate told around an address;
and what is no name: a nationality in lower case after "je suis", a clipped "licencié éco", a circular named after a
minister, a shouted state or trade after "JE SUIS" or a relative. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.demonyms import is_demonym
from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # the wrong spelling quoted beside the right one, in French quotes or straight ones
        ("L'état civil a noté « Mariyam » au lieu de « Maryam » pour ma fille.", ["Mariyam", "Maryam"]),
        ('Sur mon récépissé le prénom est écrit "Ousseynou" et pas "Ousseynu".', ["Ousseynou", "Ousseynu"]),
        # a name reversed on a paper: a surname of two letters, quoted
        ('Le consulat a mis le nom "Vu" et le prénom "Thanh Binh" dans le mauvais ordre.', ["Vu", "Thanh Binh"]),
        # a transliteration the writer quotes
        ("En France il est transcrit « Volodymyr » mais en Pologne « Włodzimierz ».", ["Volodymyr"]),
    ],
)
def test_a_quoted_spelling_of_a_name_is_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in gone:
        assert f"« {value} »" not in masked and f'"{value}"' not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "Le titre porte la mention « salarié » et le statut affiché est « Refusé ».",
        "Sur l'ANEF ma demande est notée « En cours d'instruction » depuis juin.",
        "Il est écrit « Passeport Talent » sur la vignette, est-ce le bon titre ?",
    ],
)
def test_quoted_statuses_and_titles_stay(text: str) -> None:
    assert pseudonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # the building, the staircase and the estate before the street
        (
            "Nous vivons bâtiment F, escalier 3, résidence Les Ormes, 22 rue Danton, 18000 Bourges.",
            ["bâtiment F", "escalier 3", "Les Ormes", "22 rue Danton"],
        ),
        # the floor and the door, the door's number beginning what the address recogniser read
        ("Mon adresse : bât. K, 5e étage, porte 52, cité des Aubépines, Sevran.", ["bât. K", "5e étage", "porte"]),
        # a tower and its floor before the street
        ("Adresse : tour Mistral, 12e étage, 9 avenue Jean-Jaurès, 69007 Lyon.", ["tour Mistral", "12e étage"]),
    ],
)
def test_the_pieces_of_a_home_around_its_address_are_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in gone:
        assert value not in masked, masked


def test_a_building_without_an_address_stays() -> None:
    text = "Le bâtiment C de la sous-préfecture est fermé le mercredi après-midi."
    assert pseudonymise(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # nationalities in lower case that are also given names (Philippine, Argentine, Lorraine, Mauricienne)
        "Je suis philippine et je garde deux enfants à Neuilly.",
        "Ma femme est argentine, elle attend son titre de séjour.",
        "Mon épouse est mauricienne et notre fils est né ici.",
        "je suis lorraine d'origine mais je vis à Toulon.",
        # a clipped word after "licencié"
        "Mon frère a été licencié éco, garde-t-il son titre salarié ?",
        # a circular or a ruling named after its author
        "La circulaire Retailleau remplace-t-elle celle de 2012 ?",
        # a state or a trade, shouted after "JE SUIS" or a relative
        "JE SUIS DESESPEREE, PERSONNE NE REPOND.",
        "MON PERE ETAIT OUVRIER AGRICOLE ET IL EST DECEDE.",
    ],
)
def test_nationalities_clipped_words_laws_and_shouted_states_are_no_names(text: str) -> None:
    assert pseudonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # the same words as names: capitalised after "je m'appelle", after "un certain", a known name shouted
        ("Je m'appelle Philippine Garnier, étudiante.", "Philippine Garnier"),
        ("Un certain Eco m'a téléphoné hier soir.", "Eco"),
        ("JE SUIS ROSE MARTIN ET J'ECRIS POUR MA MERE.", "ROSE MARTIN"),
    ],
)
def test_the_same_words_stay_names_where_they_are_names(text: str, gone: str) -> None:
    assert gone not in pseudonymise(text).text


def test_demonyms_are_read_in_lower_case_only() -> None:
    assert is_demonym("philippine") and is_demonym("ivoiriennes") and is_demonym("turque")
    assert is_demonym("senegalaise")  # without its accents
    assert not is_demonym("Philippine")
    assert not is_demonym("martin")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Mon employeur, la société Ambulances Carvalho et Fils, refuse de signer le formulaire.", "et Fils"),
        ("Je travaille comme maçon chez Nunes et Frères depuis trois ans.", "et Frères"),
    ],
)
def test_a_firm_ending_in_et_fils_is_masked_whole(text: str, firm: str) -> None:
    assert firm not in pseudonymise(text).text


def test_et_between_two_firms_does_not_join_them() -> None:
    masked = pseudonymise("J'ai travaillé chez Michelin et Peugeot pendant vingt ans.").text
    assert "Michelin" not in masked and "et Peugeot" in masked
