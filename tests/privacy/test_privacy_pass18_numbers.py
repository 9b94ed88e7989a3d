"""Eighteenth pass, privacy: a foreign pension number with the fund's capitals between two numbers, a doctor's name
typed in lower case, and the scorer's glue words. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mon père touche une pension italienne, numéro 2207 SO 00417753, et une française.", "2207 SO 00417753"),
        ("Retraite de l'INPS : n° de pension 0931 VOS 01188420, virée en euros.", "0931 VOS 01188420"),
    ],
)
def test_a_pension_number_with_the_funds_capitals(text: str, value: str) -> None:
    assert not survives(value, "foreign_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mon medecin cest le dr schnellbacher-roos a saverne", "schnellbacher-roos"),
        ("j ai vu le docteur oberkirchner hier soir", "oberkirchner"),
    ],
)
def test_a_doctors_name_in_lower_case(text: str, value: str) -> None:
    assert not survives(value, "surname", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    ["il faut appeler le docteur de garde ou le dr sos", "le dr traitant de mon fils est absent"],
)
def test_what_a_doctor_is_stays(text: str) -> None:
    assert output(text) == text


def test_a_married_names_chain_is_scored_by_its_names() -> None:
    value = "Perrin Odette, anciennement veuve Abgrall, née Le Roux"
    assert survives(value, "name", "[PERSONNE_1], anciennement veuve [PERSONNE_2], née [PERSONNE_3]") == ""
    assert survives(value, "name", "[PERSONNE_1], anciennement veuve Abgrall, née [PERSONNE_3]") == "word"
