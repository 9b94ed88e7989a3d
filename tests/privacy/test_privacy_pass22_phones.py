"""Twenty-second pass, privacy: a foreign phone number written with "00" for "+", as dialled from France. Fresh
numbers, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Mon cousin à Moscou : 00 7 495 310 42 17, le soir.", "00 7 495 310 42 17"),
        ("Ma fille à Montréal répond au 00 1 438 555 0142.", "00 1 438 555 0142"),
    ],
)
def test_a_foreign_phone_with_00(text: str, phone: str) -> None:
    masked = output(text)
    assert not survives(phone, "phone", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le reste à payer est de 1 200,00 euros.", "1 200,00"),
        ("Tapez le code 0045 sur le boîtier.", "0045"),
    ],
)
def test_amounts_and_short_codes_stay(text: str, kept: str) -> None:
    assert kept in output(text)
