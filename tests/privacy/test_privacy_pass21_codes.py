"""Twenty-first pass, privacy (engineer-p52e): an identifier built on a found name, glued by dashes, dots or
underscores to groups with digits ("PEREIRA-M-5127"): masking the name alone left the code's digits. Fresh sentences,
none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "Je suis Marco Pereira.\nMon code d'accès au portail de la cantine est PEREIRA-M-5127, il ne marche plus.",
            "5127",
        ),
        ("Mon fils Théo Garnier est inscrit sous GARNIER-T-2211 au club de judo.", "2211"),
        ("Pour Inès Lambert, le compte de la médiathèque est lambert_ines_0907.", "0907"),
    ],
)
def test_a_code_built_on_a_name(text: str, digits: str) -> None:
    masked = output(text)
    assert digits not in masked, masked


def test_a_compound_name_stays_a_name() -> None:
    masked = output("Je m'appelle Jean-Marc Le Goff-Riou et j'ai 2 enfants.")
    assert "Goff" not in masked and "2 enfants" in masked, masked
