"""Forty-ninth pass (the lead, issue 14): an age the writer says they will reach (« j'aurai 45 ans en juin », « je vais
avoir 18 ans ») is their age at the next birthday, so the age one less is today's (`future_ages.FUTURE_AGE_NOW`,
on), and the age itself stays for a draft that speaks of that birthday. Fresh messages, none from a corpus; the
switch is shown on and off, with look-alikes it must leave alone."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims, future_ages

JUNE = "J'aurai 45 ans en juin et je voudrais savoir si je peux encore faire une VAE. Merci."
SOON = "Je vais avoir 18 ans le mois prochain : est-ce que je dois demander ma propre carte Vitale ?"
NOW = "J'ai 45 ans et je voudrais savoir si je peux encore faire une VAE. Merci."


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


@pytest.mark.parametrize(
    ("message", "sentence"),
    [(JUNE, "Vous avez 44 ans."), (SOON, "Vous avez 17 ans.")],
)
def test_the_age_before_a_birthday_to_come_is_today_s(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONSISTENT


def test_the_birthday_to_come_still_reads_a_draft_that_speaks_of_it() -> None:
    # « vous serez majeur au printemps »: the age to come stays among the writer's ages
    assert _verdict("Vous serez majeur le mois prochain.", SOON) == CONSISTENT
    # « vous avez 45 ans » says the birthday is past: the timing check still contradicts it
    assert _verdict("Vous avez 45 ans.", JUNE) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [(JUNE, "Vous avez 39 ans."), (NOW, "Vous avez 44 ans."), (SOON, "Vous avez 25 ans.")],
)
def test_other_ages_and_an_age_said_now_are_unchanged(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


def test_switched_off_the_age_to_come_is_today_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(future_ages, "FUTURE_AGE_NOW", False)
    assert _verdict("Vous avez 44 ans.", JUNE) == CONTRADICTED
    assert _verdict("Vous avez 17 ans.", SOON) == CONTRADICTED
