"""Forty-fifth pass, privacy (issue 13, the lead): an adverb in -ment opening the last paragraph is no name.

The signature rules read a capitalised word before a comma on the last lines as the writer's name; a last paragraph
that opens with "Normalement," or "Heureusement," had that adverb masked as a person (`adverbs.ADVERBS_NOT_NAMES`).
Fresh sentences, none from the corpora; names in the same places stay masked, and the switch turned off brings the
old reading back.
"""

import pytest

from guichet.privacy import adverbs
from guichet.privacy.pseudonymise import pseudonymise_message


def _body(text: str) -> tuple[str, dict[str, str]]:
    _, body = pseudonymise_message(title="", body=text)
    return body.text, body.mapping


_ADVERB_LAST = [
    "Bonjour,\n\nNormalement, vous avez droit aux APL.",
    "Bonjour,\n\nJe vous écris pour ma carte grise.\n\nHeureusement, ma sœur m'aide pour les papiers.",
    "Madame,\n\nActuellement, je suis au chômage depuis le mois de mars.",
    "Bonjour\nMalheureusement, je n'ai pas reçu le formulaire.",
]


@pytest.mark.parametrize("text", _ADVERB_LAST)
def test_an_adverb_opening_the_last_paragraph_is_kept(text: str) -> None:
    masked, mapping = _body(text)
    assert masked == text
    assert mapping == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Merci pour votre aide.\nClément", "Clément"),
        ("Bonjour, ma question est simple : quand serai-je payé ?\nCordialement,\nArmand Froment", "Armand Froment"),
        ("Je vous remercie.\nNadège Lemoine, allocataire", "Nadège Lemoine"),
    ],
)
def test_a_name_in_the_same_place_is_still_masked(text: str, name: str) -> None:
    masked, mapping = _body(text)
    assert name not in masked
    assert name in mapping.values()


def test_switched_off_the_adverb_is_read_as_a_name_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(adverbs, "ADVERBS_NOT_NAMES", False)
    masked, _ = _body("Bonjour,\n\nNormalement, vous avez droit aux APL.")
    assert "Normalement" not in masked
