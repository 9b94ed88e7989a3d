"""Seventeenth pass, privacy round 2: a numbered street named with its Breton or Occitan word ("hent", "straed",
"carrièra") and their articles ("ar", "an", "del"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kenavo,\nMorgane Guillou\n5 hent Poul Ar Marc'had\n29410 Plounéour-Ménez", "5 hent Poul Ar Marc'had"),
        ("Je réside au 12 straed an Iliz depuis l'an dernier.", "12 straed an Iliz"),
        ("Adiu, ma maison est au 4 carrièra del Castel, derrière l'église.", "4 carrièra del Castel"),
    ],
)
def test_breton_and_occitan_street_words(text: str, value: str) -> None:
    assert not survives(value, "address", output(text)), output(text)
