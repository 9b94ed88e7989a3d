"""Nineteenth pass, privacy: a first name in brackets between a title and the surname ("le Dr (Yann) Le Bihan",
"Mme (Awa) Sissoko"); both are masked, and a French word in the brackets stays ("le Dr (Urgences) Martin").
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "first", "surname"),
    [
        ("La prescription vient du Dr (Gwenaël) Le Moigne, à Lannion.", "Gwenaël", "Le Moigne"),
        ("Le certificat est signé par le Dr (Fatou) Kanouté depuis mardi.", "Fatou", "Kanouté"),
        ("J'ai rendez-vous avec Mme (Soizic) Quéméner au centre social.", "Soizic", "Quéméner"),
    ],
)
def test_a_first_name_in_brackets_after_a_title(text: str, first: str, surname: str) -> None:
    masked = output(text)
    assert not survives(first, "first_name", masked), masked
    assert not survives(surname, "surname", masked), masked


def test_a_french_word_in_brackets_stays() -> None:
    masked = output("Le Dr (Remplaçant) Gourvennec a signé l'arrêt.")
    assert "Remplaçant" in masked, masked
    assert "Gourvennec" not in masked, masked
