"""Forty-seventh pass, privacy (issue 13, engineer-p154e): forms and employers.

A pair of words joined by a slash is no login ("hongrois/romani", `named_identifiers.WORD_PAIRS`); a first name
after a street's comma is a person, not the address's town (`street_names.FIRST_NAME_AFTER_STREET`); the year left
after a birth date masked in pieces is masked with it (`birth_years.YEAR_AFTER_BIRTH`); the name of a private or
associative workplace after a work sentence is an employer (`private_workplaces.PRIVATE_WORKPLACES`). Fresh
sentences, none from the corpora; each switch turned off brings the old reading back, and its neighbour stays. The
three switches that ship off are turned on where their cases are tested.
"""

import pytest

from guichet.privacy import birth_years, named_identifiers, street_names
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import private_workplaces


def _body(text: str) -> tuple[str, dict[str, str]]:
    _, body = pseudonymise_message(title="", body=text)
    return body.text, body.mapping


def test_shipped_values() -> None:
    assert named_identifiers.WORD_PAIRS is True
    # shipped off: no validation item moves with them (docs/benchmarks.md, forty-seventh pass)
    assert street_names.FIRST_NAME_AFTER_STREET is False
    assert birth_years.YEAR_AFTER_BIRTH is False
    assert private_workplaces.PRIVATE_WORKPLACES is False


# --- WORD_PAIRS ------------------------------------------------------------------------------------------------


def test_two_languages_joined_by_a_slash_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, mes parents parlent romani/tchèque et très peu le français, faut-il un interprète ?"
    masked, _ = _body(text)
    assert "romani/tchèque" in masked
    monkeypatch.setattr(named_identifiers, "WORD_PAIRS", False)
    assert "romani/tchèque" not in _body(text)[0]


def test_a_login_with_a_slash_and_a_name_is_still_masked() -> None:
    masked, _ = _body("Mon identifiant sur le portail est gdurand/1984, il est bloqué depuis hier.")
    assert "gdurand" not in masked


# --- FIRST_NAME_AFTER_STREET -----------------------------------------------------------------------------------


def test_a_first_name_after_the_street_comma_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(street_names, "FIRST_NAME_AFTER_STREET", True)
    text = "Ma tante vit au 9 allée des Glycines, Yamina Cherif, 79 ans, et n'a plus de chauffage."
    masked, mapping = _body(text)
    assert "Cherif" not in masked and "Yamina" not in masked
    addresses = [value for key, value in mapping.items() if key.startswith("[ADRESSE")]
    assert addresses == ["9 allée des Glycines"]
    monkeypatch.setattr(street_names, "FIRST_NAME_AFTER_STREET", False)
    _, mapping = _body(text)
    assert any("Yamina" in value for key, value in mapping.items() if key.startswith("[ADRESSE"))


def test_a_town_after_the_street_comma_stays_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(street_names, "FIRST_NAME_AFTER_STREET", True)
    _, mapping = _body("J'habite chemin des Vignes, Carcassonne.")
    assert "chemin des Vignes, Carcassonne" in mapping.values()


# --- YEAR_AFTER_BIRTH ------------------------------------------------------------------------------------------


def test_the_year_of_a_birth_date_in_pieces_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(birth_years, "YEAR_AFTER_BIRTH", True)
    text = "Buongiorno, mio padre è nato il 7 aprile 1952 a Bari e ha lavorato in Francia."
    masked, _ = _body(text)
    assert "1952" not in masked
    monkeypatch.setattr(birth_years, "YEAR_AFTER_BIRTH", False)
    assert "1952" in _body(text)[0]


def test_a_year_said_about_born_children_in_general_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(birth_years, "YEAR_AFTER_BIRTH", True)
    masked, _ = _body("La prime concerne les enfants nés après 2018, est-ce que la mienne est concernée ?")
    assert "2018" in masked


# --- PRIVATE_WORKPLACES ----------------------------------------------------------------------------------------


def test_a_private_workplace_after_a_work_sentence_is_an_employer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(private_workplaces, "PRIVATE_WORKPLACES", True)
    text = "Je fais des remplacements comme auxiliaire à la crèche associative Les Petits Lutins de Montbard."
    masked, mapping = _body(text)
    assert "Petits" not in masked
    assert "Les Petits Lutins de Montbard" in [v for k, v in mapping.items() if k.startswith("[EMPLOYEUR")]
    monkeypatch.setattr(private_workplaces, "PRIVATE_WORKPLACES", False)
    assert "Petits" in _body(text)[0]


def test_a_private_school_a_child_attends_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(private_workplaces, "PRIVATE_WORKPLACES", True)
    masked, _ = _body("Mon fils est en CM1 à l'école privée Saint-Exupéry, la cantine est-elle aidée ?")
    assert "Saint-Exupéry" in masked
