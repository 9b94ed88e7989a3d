"""Fifty-sixth pass, privacy (issue 13, engineer-p198e): nicknames, the year of a birth after its town, days alone.

Four readings: a name after a familiar form (`familiar_forms.READ_FAMILIAR_NICKNAMES`: « le gros Bébert »), the year
right after a town of birth (`familiar_forms.READ_YEAR_AFTER_BIRTHPLACE`: « née à Saint-Laurent-du-Pont en 2003 »),
a day alone whose recurring word belongs to the next clause (`days.READ_DAY_BEFORE_NEXT_CLAUSE`: « depuis le 15,
c'est lui qui paye le loyer ») and a day closed by a place (`days.READ_DAY_BEFORE_PLACE`: « le 15 au Japon »). A
payment day (« le 5 de chaque mois »), famous places and offices stay. The real pipeline; items of batch p198e's
train split.
"""

import pytest

from guichet.privacy import familiar_forms
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import days
from tests.batches import batch_item


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_switches_ship_as_measured() -> None:
    assert familiar_forms.READ_FAMILIAR_NICKNAMES is True
    assert familiar_forms.READ_YEAR_AFTER_BIRTHPLACE is True
    assert days.READ_DAY_BEFORE_NEXT_CLAUSE is True
    assert days.READ_DAY_BEFORE_PLACE is True


def test_a_nickname_and_a_day_of_a_train_item_are_masked_and_the_rent_day_stays() -> None:
    item = batch_item("privacy", "p198e", "p198e-001", train=True)
    body = _body(item["message"])
    assert "Bébert" not in body and "depuis le 15" not in body, body
    assert "le 5 de chaque mois" in body, body


def test_the_year_after_a_town_of_birth_of_a_train_item_is_masked() -> None:
    item = batch_item("privacy", "p198e", "p198e-050", train=True)
    body = _body(item["message"])
    assert "Saint-Laurent-du-Pont" not in body and "2003" not in body, body


def test_a_familiar_name_is_left_with_its_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, je partage mon logement avec le gros Bébert depuis mars. Je dois le déclarer ?"
    assert "Bébert" not in _body(text)
    monkeypatch.setattr(familiar_forms, "READ_FAMILIAR_NICKNAMES", False)
    assert "Bébert" in _body(text)


def test_the_year_after_a_town_of_birth_is_left_with_its_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "slt jsuis enceinte, née à Saint-Laurent-du-Pont en 2003. c'est qui qui déclare ?"
    assert "2003" not in _body(text)
    monkeypatch.setattr(familiar_forms, "READ_YEAR_AFTER_BIRTHPLACE", False)
    assert "2003" in _body(text)


def test_a_day_before_another_clause_is_left_with_its_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, la commission se réunit le 28, est-ce que je dois continuer à payer mon crédit ?"
    assert "le 28" not in _body(text)
    monkeypatch.setattr(days, "READ_DAY_BEFORE_NEXT_CLAUSE", False)
    assert "le 28" in _body(text)


def test_a_day_before_a_place_is_left_with_its_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, je me marie en juillet et on part en voyage de noces le 15 au Japon. Mon passeport suffit ?"
    assert "le 15" not in _body(text)
    monkeypatch.setattr(days, "READ_DAY_BEFORE_PLACE", False)
    assert "le 15" in _body(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, mon prélèvement tombe le 15 de chaque mois, c'est possible de le déplacer ?",
        "Mon loyer est payé le 5, comme chaque mois, et je voudrais savoir pour l'APL.",
        "Nous visitons le Grand Palais et la Cité de Carcassonne avec le club des aînés.",
        "Je vis à côté du Mont-Saint-Michel, la mairie de Saint-Jean-de-Luz est fermée le mercredi.",
    ],
)
def test_generic_days_famous_places_and_offices_stay(text: str) -> None:
    assert _body(text) == text
