"""A word a writer corrects themselves with is no name in lower case (forty-sixth pass, the lead)."""

import pytest

from guichet.privacy import lower_not_names
from guichet.privacy.pseudonymise import pseudonymise_message

pytestmark = pytest.mark.django_db

CORRECTION = "Bonjour, nous avons deux enfants, pardon, trois enfants, et je voudrais savoir si la prime change."


def _body(text: str) -> str:
    return pseudonymise_message(title="Prime d'activité", body=text)[1].text


def test_a_correction_word_between_commas_stays_clear() -> None:
    assert "deux enfants, pardon, trois enfants" in _body(CORRECTION)


def test_a_capitalised_child_named_pardon_is_still_masked() -> None:
    body = _body("Mes enfants, Léa, Pardon et Hugo, ont 3, 5 et 8 ans.")
    assert "Pardon" not in body and "Léa" not in body


def test_switched_off_the_correction_word_is_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lower_not_names, "DISCOURSE_WORDS_NOT_NAMES", False)
    assert "pardon" not in _body(CORRECTION)
