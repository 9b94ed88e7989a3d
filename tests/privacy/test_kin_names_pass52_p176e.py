"""Fifty-second pass, privacy (issue 13, engineer-p176e): a relative's name after the word that says who they are.

Two readings of `recognizers.kin_names`: a form's line whose label is a relative's word and whose value is a name
(`KIN_LABEL_LINES`: « Demi-frère : Jordan »), two or three capitalised words after « ma compagne, » or « mon
filleul : » up to a comma (`KIN_APPOSED_RUNS`: « ma belle-sœur, Mei Na, »). Both ship on. Nationalities, states and
public bodies stay visible with every switch on. The real pipeline, fresh sentences written for these tests, none
from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import kin_names

SWITCHES = ("KIN_LABEL_LINES", "KIN_APPOSED_RUNS")
LABEL = "Bonjour,\nPersonnes au foyer :\nDemi-frère : Jordan\nMoi : locataire en titre\nMerci de votre aide."
LABEL_LOWER = "bonjour voici mon foyer\nsœur : florence\nneveu : adrien\nmerci"
RUN = "Bonjour, ma belle-sœur, Mei Na, arrive en mai et attend son récépissé de la préfecture."
VISIBLE = (
    "Bonjour,\nMère : Française\nPère : inconnu\nFrère : décédé\nMa fille va au collège Jean Moulin et ma "
    "voisine travaille à la Caisse d'Allocations Familiales."
)


def test_the_switches_ship_as_measured() -> None:
    assert kin_names.KIN_LABEL_LINES is True
    assert kin_names.KIN_APPOSED_RUNS is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(kin_names, name, value)


@pytest.mark.parametrize(
    ("switch", "text", "words"),
    [
        ("KIN_LABEL_LINES", LABEL, ("Jordan",)),
        ("KIN_LABEL_LINES", LABEL_LOWER, ("florence",)),
        ("KIN_APPOSED_RUNS", RUN, (" Na,",)),  # off, « Mei » alone is masked
    ],
)
def test_each_switch_masks_its_name(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, words: tuple[str, ...]
) -> None:
    _switch(monkeypatch, False)
    assert all(word in _body(text) for word in words)
    monkeypatch.setattr(kin_names, switch, True)
    body = _body(text)
    assert not any(word in body for word in words), body
    assert "[PERSONNE_1]" in body


def test_the_other_switch_alone_leaves_the_label(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, False)
    monkeypatch.setattr(kin_names, "KIN_APPOSED_RUNS", True)
    assert "Jordan" in _body(LABEL)


@pytest.mark.parametrize("value", [True, False])
def test_states_nationalities_and_public_bodies_stay(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    _switch(monkeypatch, value)
    body = _body(VISIBLE)
    for word in ("Française", "inconnu", "décédé", "collège Jean Moulin", "Caisse d'Allocations Familiales"):
        assert word in body, body


@pytest.mark.parametrize("value", ["Néant", "Aucun", "Personne", "inconnue", "NC"])
def test_a_label_that_says_there_is_no_one_stays(value: str) -> None:
    # Fifty-second pass, the lead: the forty-eighth pass's test of `role_labels` caught « Frère : Néant » masked.
    body = _body(f"Situation familiale :\nMère : décédée\nFrère : {value}\nMerci de votre aide.")
    assert value in body, body
