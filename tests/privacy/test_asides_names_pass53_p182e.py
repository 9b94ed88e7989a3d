"""Fifty-third pass, privacy (issue 13, engineer-p182e): a relative's first name in an aside.

Three readings of `recognizers.aside_names`: a first name in brackets after a relative's word, with at most one word
between them and a first name that is also a French word in lower case (`READ_KIN_BRACKETS`, on: « ma fille aussi
(Jade) », « ma fille aussi (olive) »), a first name in lower case after a family nickname (`READ_NICKNAME_LOWER`,
shipped off: it found nothing on train + validation), a nickname a bracket says is one (`READ_NICKNAME_ASIDES`, on:
« (Choupette pour les intimes) »). What a bracket says that is no name (a class, an age, a state, a job) and brackets
after no relative stay visible with every switch on and off. The real pipeline, fresh sentences written for these
tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import aside_names

SWITCHES = ("READ_KIN_BRACKETS", "READ_NICKNAME_LOWER", "READ_NICKNAME_ASIDES")
BRACKET_BETWEEN = "Bonjour, ma fille aussi (Jade) doit passer la visite médicale avant la rentrée."
BRACKET_LOWER = "slt ma fille aussi (olive) a perdu sa carte vitale, comment on fait svp"
BRACKET_TWO = "bonjour mes enfants aussi (jade et olive) viennent vivre chez moi en septembre"
NICKNAME = "bonjour papy rené ne peut plus conduire, qui peut l'aider pour ses papiers ?"
ASIDE = "Bonjour, ma tante Odile (Choupette pour les intimes) a besoin d'une aide à domicile."
ASIDE_SURNOM = "je n'ai plus accès à l'adresse (Caramel c'était mon surnom en primaire), comment la changer ?"
VISIBLE = (
    "Bonjour, mon fils (CE1) et ma fille (3 ans) sont inscrits. Ma mère (veuve) et mon fils aîné (marin) "
    "n'habitent pas ici. Mamie va bien, papi vit seul. Je joins le bail (voir pièce jointe) ; nous sommes au "
    "3e (2e étage) et la CAF (CAF de l'Isère) a notre dossier."
)


def test_the_switches_ship_as_measured() -> None:
    assert aside_names.READ_KIN_BRACKETS is True
    assert aside_names.READ_NICKNAME_LOWER is False
    assert aside_names.READ_NICKNAME_ASIDES is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(aside_names, name, value)


@pytest.mark.parametrize(
    ("switch", "text", "words"),
    [
        ("READ_KIN_BRACKETS", BRACKET_BETWEEN, ["Jade"]),
        ("READ_KIN_BRACKETS", BRACKET_LOWER, ["olive"]),
        ("READ_KIN_BRACKETS", BRACKET_TWO, ["jade", "olive"]),
        ("READ_NICKNAME_LOWER", NICKNAME, ["rené"]),
        ("READ_NICKNAME_ASIDES", ASIDE, ["Choupette"]),
        ("READ_NICKNAME_ASIDES", ASIDE_SURNOM, ["Caramel"]),
    ],
)
def test_each_switch_masks_its_name_alone(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, words: list[str]
) -> None:
    _switch(monkeypatch, False)
    monkeypatch.setattr(aside_names, switch, True)
    masked = _body(text)
    for word in words:
        assert f"({word}" not in masked and f" {word} " not in masked and f" {word})" not in masked
    assert "[PERSONNE_1]" in masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BRACKET_BETWEEN, "(Jade)"),
        (BRACKET_LOWER, "(olive)"),
        (BRACKET_TWO, "(jade et olive)"),
        (NICKNAME, "papy rené"),
        (ASIDE, "(Choupette pour"),
        (ASIDE_SURNOM, "(Caramel c"),
    ],
)
def test_switched_off_the_name_stays(monkeypatch: pytest.MonkeyPatch, text: str, word: str) -> None:
    _switch(monkeypatch, False)
    assert word in _body(text)


@pytest.mark.parametrize("value", [True, False])
def test_what_is_no_name_stays_visible(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    _switch(monkeypatch, value)
    masked = _body(VISIBLE)
    kept = ("(CE1)", "(3 ans)", "(veuve)", "(marin)", "Mamie va", "papi vit", "(voir pièce jointe)", "(2e étage)")
    for words in kept:
        assert words in masked
    assert "CAF" in masked


def test_a_public_body_in_brackets_after_a_relative_stays() -> None:
    masked = _body("Bonjour, ma fille (lycée Victor Hugo) et mon fils (Pôle emploi) ont besoin d'une attestation.")
    assert "Victor Hugo" in masked
    assert "Pôle emploi" in masked
