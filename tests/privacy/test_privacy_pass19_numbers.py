"""Nineteenth pass, privacy: an employee's number named first, then given further on in the sentence, past where it
is printed ("son numéro de salariée sur vos bulletins est le X 81 06 227"). Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Le numéro de salarié de ma mère, sur ses fiches de paie, est W 63 18 402.", "W 63 18 402"),
        ("Mon n° de salariée (en haut du bulletin) : K 29 40 715", "K 29 40 715"),
    ],
)
def test_an_employee_number_said_further_on(text: str, number: str) -> None:
    masked = output(text)
    assert number not in masked, masked


def test_a_year_after_the_words_stays() -> None:
    masked = output("Mon numéro de salarié figure sur les bulletins depuis 3 ans.")
    assert "3 ans" in masked, masked


def test_the_european_health_card_number() -> None:
    masked = output("Ma carte européenne : 80250 00712 04418263, valable jusqu'en 2027.")
    assert "04418263" not in masked, masked


def test_the_european_card_without_its_number_stays() -> None:
    masked = output("La carte européenne d'assurance maladie est valable 2 ans.")
    assert "2 ans" in masked, masked
