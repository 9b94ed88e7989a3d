"""Twenty-third pass, privacy: the town named first and the birth after it ("inhumé à Ziguinchor, où il est né le
…", "je repars à Bastia, où je suis née") is a place of birth. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Il sera inhumé à Ziguinchor, où il est né le 3 mars 1948, selon ses vœux.", "Ziguinchor"),
        ("Je repars vivre à Bastia, où je suis née, dès le mois prochain.", "Bastia"),
    ],
)
def test_a_town_then_the_birth_in_it(text: str, town: str) -> None:
    masked = output(text)
    assert not survives(town, "birthplace", masked), masked


def test_a_town_then_another_verb_stays() -> None:
    assert "Bastia" in output("Je repars vivre à Bastia, où je travaille depuis mars.")
