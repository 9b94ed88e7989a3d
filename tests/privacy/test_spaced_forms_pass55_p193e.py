"""Fifty-fifth pass, privacy (issue 13, engineer-p193e): names and dates written in pieces.

Two readings of `recognizers.spaced_forms`: a date whose day, month and year are split by spaces or by dots between
spaces (`READ_SPACED_DATES`: « née le 04 . 09 . 2017 », « le 28 02 2024 »), and the given name and the particles
before a surname in capitals (`READ_GIVEN_BEFORE_PARTICLE`: « Enfant 1 : Zoé DA COSTA »). Phone numbers, amounts
and references in groups of digits stay what they are. The real pipeline; the items of batch p193e's train split.
"""

import json
from pathlib import Path

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import spaced_forms

BATCH = Path(__file__).resolve().parents[2] / "corpora" / "privacy" / "p193e.jsonl"
SWITCHES = ("READ_SPACED_DATES", "READ_GIVEN_BEFORE_PARTICLE")


def _item(number: int) -> dict:
    wanted = f"p193e-{number:03d}"
    for line in BATCH.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == wanted:
            return item
    raise KeyError(wanted)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, **values: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(spaced_forms, name, values.get(name, False))


def test_the_switches_ship_as_measured() -> None:
    assert spaced_forms.READ_SPACED_DATES is True
    assert spaced_forms.READ_GIVEN_BEFORE_PARTICLE is True


@pytest.mark.parametrize("number", [2, 11, 16, 22, 30, 34, 38, 40])
def test_train_items_of_the_batch_leak_nothing(number: int) -> None:
    item = _item(number)
    body = _body(item["message"])
    for value in item["pii"]:
        assert value not in body, (item["id"], value, body)
        if any(character.isalpha() for character in value):
            for word in value.split():
                if len(word) > 2:
                    assert word not in body, (item["id"], value, body)


def test_a_date_with_dots_between_spaces_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mon fils Gaspard est né le 7 . 11 . 2014 à Niort, et je voudrais l'inscrire."
    assert "2014" not in _body(text)
    _switch(monkeypatch, READ_GIVEN_BEFORE_PARTICLE=True)
    assert "2014" in _body(text)


def test_the_given_name_before_a_particle_in_capitals_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, Enfant 2 : Tiago DA COSTA, en classe de CM1, n'a pas eu l'allocation."
    assert "Tiago" not in _body(text)
    _switch(monkeypatch, READ_SPACED_DATES=True)
    assert "Tiago" in _body(text)


def test_groups_of_digits_that_are_no_date_stay() -> None:
    text = (
        "Vous pouvez me joindre au 06 12 10 45 87, la référence du dossier est 24 01 10 45 87 22 "
        "et le montant est de 1 204 € pour l'année 2025."
    )
    body = _body(text)
    assert "1 204 €" in body
    assert "2025" in body
    assert "12 10 45" not in body  # the phone stays masked as a phone
