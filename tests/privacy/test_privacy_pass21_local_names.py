"""Twenty-first pass, privacy: a relative named with the family's word, the two masked together ("Mémé Zaza",
"Papi Mo"; the kin word was left beside the masked name), a Kanak tribe where the writer lives ("à la tribu de
Wagap"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mémé Zaza ne peut plus se déplacer à la mairie.", "Mémé Zaza"),
        ("Papi Mo vit avec nous depuis l'hiver.", "Papi Mo"),
    ],
)
def test_a_relative_called_by_the_familys_word(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "first_name", masked), masked


def test_a_tribe_where_the_writer_lives() -> None:
    masked = output("Bonjour, je vis à la tribu de Wagap, il n'y a pas de réseau pour le site.")
    assert not survives("tribu de Wagap", "address", masked), masked
    assert "tribu" in masked


@pytest.mark.parametrize(
    "text",
    [
        "Ma mamie garde les enfants le mercredi.",
        "Tonton a fait une tarte pour la fête.",
        "La tribu des Gaulois est étudiée en classe.",
    ],
)
def test_a_kin_word_alone_or_before_a_french_word_stays(text: str) -> None:
    assert output(text) == text
