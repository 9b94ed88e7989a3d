"""Forty-eighth pass, privacy (issue 13, the lead): a short hyphenated given name glued back beside its surname.

Korean, Vietnamese and Chinese given names lose their hyphen on a card or a form ("Ji-ho" → "JIHO") and the two names
swap places; glued, such a name is shorter than `propagation._JOINED_MIN`, so `propagation.joined_beside` takes it
only right beside another word of the same found name (unseen p155-047 left « JIHO YOON » after « Yoon Ji-ho »).
Fresh sentences, none from the corpora.
"""

import pytest

from guichet.privacy import propagation
from guichet.privacy.pseudonymise import pseudonymise_message


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_mechanism_ships_on() -> None:
    assert "joined_beside" in propagation.ENABLED


def test_the_glued_name_beside_its_surname_is_masked() -> None:
    body = _body("Je suis Baek Ji-ho (JIHO BAEK sur la carte de séjour), étudiant en master à Lille.")
    assert "JIHO" not in body and "BAEK" not in body, body


def test_the_short_glued_word_is_taken_only_beside_its_name() -> None:
    names = ["Baek Ji-ho"]
    beside = "Je suis Baek Ji-ho. Sur la carte : JIHO BAEK."
    alone = "Je suis Baek Ji-ho. Le dossier JIHO est au service."
    assert [beside[a:b] for a, b in propagation.joined_beside(beside, names)] == ["JIHO", "BAEK"]
    assert propagation.joined_beside(alone, names) == []


def test_switched_off_the_glued_form_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(propagation, "ENABLED", propagation.ENABLED - {"joined_beside"})
    assert "JIHO" in _body("Je suis Baek Ji-ho (JIHO BAEK sur la carte de séjour), étudiant en master à Lille.")
