"""Twenty-first pass, privacy (engineer-p52e): numbers of other countries that survived — a second IBAN after a
first one and "et" (the first match ran on over "et" and swallowed the second), a German number plate written the
German way ("KA-RT 517"). Fresh sentences and freshly computed IBANs, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Mes deux pensions arrivent sur BE71 0961 2345 6769 et DE89 3704 0044 0532 0130 00 depuis mars.",
            ["BE71 0961 2345 6769", "DE89 3704 0044 0532 0130 00"],
        ),
        (
            "Virez la somme sur CH93 0076 2011 6238 5295 7 ou sur LU28 001 940 064 475 0000, peu importe.",
            ["CH93 0076 2011 6238 5295 7", "LU28 001 940 064 475 0000"],
        ),
    ],
)
def test_two_ibans_in_one_sentence(text: str, values: list[str]) -> None:
    masked = output(text)
    for value in values:
        assert not survives(value, "iban", masked), masked
        assert value[:4] not in masked, masked  # not masked in pieces, its country and key left
    assert masked.count("[IBAN_") == 2, masked


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Ma fille a gardé sa voiture allemande, KA-RT 517, pour venir à Strasbourg.", "KA-RT 517"),
        ("Le radar a flashé la Golf de mon cousin (M-DW 2048) sur l'A35.", "M-DW 2048"),
        ("On m'a vendu une camionnette encore en HH-B 73 à Forbach.", "HH-B 73"),
    ],
)
def test_a_german_plate(text: str, plate: str) -> None:
    masked = output(text)
    assert not survives(plate, "plate", masked), masked
    assert plate.split()[-1] not in masked, masked  # not its letters alone, the number left


def test_a_french_code_with_a_dash_is_no_plate() -> None:
    masked = output("Remplissez le formulaire CERFA n° 13750 et lisez la notice AB-CD.")
    assert "[PLAQUE" not in masked, masked
