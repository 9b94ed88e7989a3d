"""Triage, fortieth pass of issue 12 (the lead): the calm-question gate ships off, so the model's distress on a calm
question of later life stands under the bar; switched on, the same message is doubted. Written for this test."""

import pytest

from guichet.drafting.triage_calm_question import CALM_QUESTION_BAR, calm_question, calm_question_doubt

CALM = "Bonjour, veuf depuis l'an dernier, ma pension de réversion change-t-elle si je déménage en Ehpad ?"


def test_a_calm_question_of_later_life_keeps_the_model_s_distress_as_shipped() -> None:
    assert calm_question(CALM)
    assert not calm_question_doubt(CALM_QUESTION_BAR / 2, CALM)


def test_switched_on_the_gate_doubts_the_same_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guichet.drafting.triage_calm_question.CALM_QUESTION_GATE", True)
    assert calm_question_doubt(CALM_QUESTION_BAR / 2, CALM)
