"""Fifty-second pass, privacy (issue 13, engineer-p174e): names introduced in English or listed beside a name.

Two readings of `recognizers.intro_names`: the capitalised words after an English « I am » / « I'm »
(`ENGLISH_SELF`: « Good morning, bonjour, I am Meiling Zhao »), a name in a list of names joined by commas, « et »
or « and » (`LISTED_PEERS`: « Lee Do-hyun, Choi Ye-jin and Yamada Sota »). Both ship on. English words, public
bodies and firms stay visible with every switch on. The real pipeline, fresh sentences written for these tests, none
from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import intro_names

SWITCHES = ("ENGLISH_SELF", "LISTED_PEERS")
ENGLISH = "Good morning, bonjour, I am Meiling Zhao, I study chemistry and the CAF did not answer."
ENGLISH_SHORT = "Bonjour, I'm Xu Haoran, étudiant à Rennes, je n'ai pas reçu ma carte Vitale."
LISTED = "We are three students: Lee Do-hyun, Choi Ye-jin and Yamada Sota, can we all get the APL?"
VISIBLE = (
    "Hello, I am Student at Sorbonne, I am French, this is France Travail. Les opérateurs Bouygues Telecom et "
    "Orange Business, le Crédit Agricole et la Société Générale ont répondu."
)


def test_the_switches_ship_as_measured() -> None:
    assert intro_names.ENGLISH_SELF is True
    assert intro_names.LISTED_PEERS is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(intro_names, name, value)


@pytest.mark.parametrize(
    ("switch", "text", "words"),
    [
        ("ENGLISH_SELF", ENGLISH, ("Meiling", "Zhao")),
        ("ENGLISH_SELF", ENGLISH_SHORT, ("Xu", "Haoran")),
        ("LISTED_PEERS", LISTED, ("Yamada", "Sota")),
    ],
)
def test_each_switch_masks_its_name(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, words: tuple[str, ...]
) -> None:
    _switch(monkeypatch, False)
    assert all(word in _body(text) for word in words)
    monkeypatch.setattr(intro_names, switch, True)
    body = _body(text)
    assert not any(word in body for word in words), body
    assert "[PERSONNE_1]" in body


def test_the_other_switch_alone_leaves_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, False)
    monkeypatch.setattr(intro_names, "LISTED_PEERS", True)
    assert "Haoran" in _body(ENGLISH_SHORT)
    _switch(monkeypatch, False)
    monkeypatch.setattr(intro_names, "ENGLISH_SELF", True)
    assert "Sota" in _body(LISTED)


def test_the_rest_of_the_sentence_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    assert _body(ENGLISH).startswith("Good morning, bonjour, I am [PERSONNE_1], I study chemistry")
    assert "students: [PERSONNE_1], [PERSONNE_2] and [PERSONNE_3], can we" in _body(LISTED)


@pytest.mark.parametrize("value", [True, False])
def test_english_words_public_bodies_and_firms_stay(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    _switch(monkeypatch, value)
    assert _body(VISIBLE) == VISIBLE


def test_the_recogniser_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    recogniser = intro_names.IntroNameRecognizer()
    text = "Hi, I am Ahmed and my friends are Lee Do-hyun and Yamada Sota."
    found = [text[start:end] for start, end, _ in recogniser.spans(text)]
    assert found == ["Ahmed", "Lee Do-hyun", "Yamada Sota"]
    assert list(recogniser.spans("I am Sorry, I am Writing Here. This is Paris.")) == []
    _switch(monkeypatch, False)
    assert list(recogniser.spans(text)) == []
