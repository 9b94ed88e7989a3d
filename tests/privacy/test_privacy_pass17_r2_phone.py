"""Seventeenth pass, privacy round 2: a phone number with an ellipsis between two groups, as a number dictated
with a pause is written down. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rappelez-moi au 05 65 43 ... 21 09 s'il vous plaît, c'est le fixe.", "05 65 43 ... 21 09"),
        ("Mon portable : 07 81 .. 44 19 02", "07 81 .. 44 19 02"),
        ("tel 06 20 33 … 47 58", "06 20 33 … 47 58"),
    ],
)
def test_phone_with_an_ellipsis_inside(text: str, value: str) -> None:
    assert not survives(value, "phone", output(text)), output(text)
