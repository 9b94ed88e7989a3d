"""Nineteenth pass, privacy: a German street with its number first and a comma, as written in Alsace, Moselle and
Luxembourg ("1, Kirchgasse", "12a, Bergstraße"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mes parents vivaient au 4, Schulgasse à Bouxwiller.", "4, Schulgasse"),
        ("Il loge 17b, Mühlenweg chez son cousin depuis mai.", "17b, Mühlenweg"),
    ],
)
def test_number_comma_german_street(text: str, address: str) -> None:
    masked = output(text)
    assert not survives(address, "address", masked), masked
