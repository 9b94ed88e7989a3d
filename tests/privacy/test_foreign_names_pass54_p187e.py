"""Fifty-fourth pass, privacy (issue 13, engineer-p187e): foreign names the name rules cut or missed.

Two readings of `recognizers.foreign_names`: a first name then an Arabic particle chain in lower case
(`READ_ARABIC_PARTICLES`, on: « Amina bint Khaled », « Omar Abd el-Karim »), a single-word name at a sentence's
start said to be a relative's or a neighbour's (`READ_SINGLE_NAMES`, on: « Sukarnoputri est ma collègue »). Places
that open on a particle, foreign words and relations that are no name stay visible with every switch on and off. The
real pipeline, fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import foreign_names

SWITCHES = ("READ_ARABIC_PARTICLES", "READ_SINGLE_NAMES")
BINT = "Bonjour, ma nièce Amina bint Khaled doit renouveler sa carte de résident en mai."
ABD = "Bonjour, sur la facture il est écrit Omar Abd el-Karim alors que je signe autrement."
SINGLE = "Bonjour. Sukarnoputri est ma collègue, elle n'a qu'un nom sur son passeport."
VISIBLE = (
    "Bonjour, je pars à Abu Dhabi puis à Ben Gardane pour un mariage. Paris est ma ville depuis dix ans et "
    "mon voisin part à Van Buren. Le mot « inshallah » est dans ma lettre."
)


def test_the_switches_ship_as_measured() -> None:
    assert foreign_names.READ_ARABIC_PARTICLES is True
    assert foreign_names.READ_SINGLE_NAMES is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _only(monkeypatch: pytest.MonkeyPatch, switch: str | None) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(foreign_names, name, name == switch)


@pytest.mark.parametrize(("text", "words"), [(BINT, ("bint", "Khaled")), (ABD, ("Abd", "el-Karim"))])
def test_arabic_particles_mask_the_whole_chain(monkeypatch: pytest.MonkeyPatch, text: str, words: tuple) -> None:
    _only(monkeypatch, "READ_ARABIC_PARTICLES")
    masked = _body(text)
    assert all(word not in masked for word in words), masked


def test_arabic_particles_off_leave_the_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, None)
    assert "el-Karim" in _body(ABD)


def test_single_name_is_masked_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, "READ_SINGLE_NAMES")
    assert "Sukarnoputri" not in _body(SINGLE)


def test_single_name_leaks_when_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, None)
    assert "Sukarnoputri" in _body(SINGLE)


@pytest.mark.parametrize("switch", [None, "READ_ARABIC_PARTICLES", "READ_SINGLE_NAMES"])
def test_places_and_foreign_words_are_not_added(monkeypatch: pytest.MonkeyPatch, switch: str | None) -> None:
    _only(monkeypatch, switch)
    spans = list(foreign_names.ForeignNameRecognizer().spans(VISIBLE))
    assert spans == []


def test_shipped_switches_keep_places_visible() -> None:
    masked = _body(VISIBLE)
    for word in ("Abu Dhabi", "Paris", "inshallah"):
        assert word in masked, masked
