"""Fifty-first pass, privacy (issue 13, engineer-p171e): short file numbers and places of birth.

Four readings of `recognizers.short_ids`: a place of birth whose first capital is above Latin-1 (`FOREIGN_CAPITALS`),
the town of a birth named again after a court's or an office's word (`OFFICE_TOWN`), a dashed or slashed number in
the sentence of a word that ties it to the writer's file (`FILE_NUMBERS`), three or four digits right after such a
word (`SHORT_NUMBERS`). Each is shown on and off; the look-alikes (laws, forms, dates, ranges, sums, years) stay
visible with the switches on. The real pipeline, fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import short_ids

SWITCHES = ("FOREIGN_CAPITALS", "OFFICE_TOWN", "FILE_NUMBERS", "SHORT_NUMBERS")

FOREIGN_BIRTHPLACE = "Ma mère est née à Świnoujście en 1961, elle touche une petite retraite polonaise."
COURT_TOWN = (
    "Je suis née à Pontoise et le tribunal judiciaire de Pontoise m'a convoquée pour le divorce, faut-il un avocat ?"
)
FILE_AFTER_WORDS = "Le numéro de dossier qu'on m'a donné au guichet en 2021 : 38-0071256, il n'a toujours pas bougé."
PRISONER = "Mon cousin est incarcéré sous l'écrou 6612/C, comment lui faire parvenir du linge ?"
SHORT_COMPLAINT = "J'ai porté plainte n° 7719 pour le cambriolage, l'assurance veut une copie."


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, *, on: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(short_ids, name, on)


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, on=True)


@pytest.fixture
def switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, on=False)


def test_the_switches_ship_as_measured() -> None:
    assert short_ids.FOREIGN_CAPITALS is True
    assert short_ids.OFFICE_TOWN is False
    assert short_ids.FILE_NUMBERS is True
    assert short_ids.SHORT_NUMBERS is False


@pytest.mark.usefixtures("switched_on")
def test_a_birthplace_with_a_capital_above_latin_1_is_masked_and_its_country_stays() -> None:
    body = _body(FOREIGN_BIRTHPLACE)
    assert "Świnoujście" not in body and "[LIEU_NAISSANCE_1]" in body, body
    assert "polonaise" in body, body


@pytest.mark.usefixtures("switched_off")
def test_without_the_switch_the_foreign_birthplace_is_left() -> None:
    assert "Świnoujście" in _body(FOREIGN_BIRTHPLACE)


@pytest.mark.usefixtures("switched_on")
def test_a_court_in_the_birth_town_gets_the_same_placeholder() -> None:
    body = _body(COURT_TOWN)
    assert "Pontoise" not in body, body
    assert body.count("[LIEU_NAISSANCE_1]") == 2, body


@pytest.mark.usefixtures("switched_on")
def test_a_court_in_another_town_stays_visible() -> None:
    body = _body("Je suis né à Pontoise mais le tribunal de Cergy traite mon dossier de surendettement.")
    assert "Pontoise" not in body and "tribunal de Cergy" in body, body


@pytest.mark.usefixtures("switched_off")
def test_without_the_switch_the_court_keeps_the_birth_town() -> None:
    assert "tribunal judiciaire de Pontoise" in _body(COURT_TOWN)


@pytest.mark.usefixtures("switched_on")
def test_a_dashed_file_number_far_from_its_word_is_masked() -> None:
    body = _body(FILE_AFTER_WORDS)
    assert "38-0071256" not in body and "0071256" not in body, body


@pytest.mark.usefixtures("switched_on")
def test_a_short_prisoner_number_with_a_letter_is_masked() -> None:
    body = _body(PRISONER)
    assert "6612" not in body, body


@pytest.mark.usefixtures("switched_off")
def test_without_the_switch_the_file_numbers_are_left() -> None:
    assert "38-0071256" in _body(FILE_AFTER_WORDS)
    assert "6612/C" in _body(PRISONER)


@pytest.mark.usefixtures("switched_on")
def test_laws_dates_ranges_and_sums_after_a_file_word_stay() -> None:
    body = _body(
        "Mon dossier relève de la loi n° 2021-1109, je l'ai complété pour mon fils de 18-24 mois, "
        "et le calcul donne 450/100 = 4,5."
    )
    for kept in ("2021-1109", "18-24 mois", "450/100"):
        assert kept in body, (kept, body)


def test_a_date_after_a_file_word_is_no_file_number() -> None:
    # the date is the date rules' to mask or not; this reading never takes it for a file's number
    assert list(short_ids.file_numbers("Mon dossier déposé le 14/05 puis le 03/2024 et le 2024-06-01.")) == []


@pytest.mark.usefixtures("switched_on")
def test_three_or_four_digits_after_a_file_word_are_masked() -> None:
    body = _body(SHORT_COMPLAINT)
    assert "7719" not in body, body


@pytest.mark.usefixtures("switched_off")
def test_without_the_switch_the_short_number_is_left() -> None:
    assert "7719" in _body(SHORT_COMPLAINT)


@pytest.mark.usefixtures("switched_on")
def test_a_year_and_a_form_reference_after_a_file_word_stay() -> None:
    body = _body("Le dossier 2024 est complet. Le formulaire est à demander en agence (référence 212).")
    assert "2024" in body and "212" in body, body
