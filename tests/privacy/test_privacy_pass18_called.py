"""Eighteenth pass, privacy: what people call the writer or a relative, after "on m'appelle", "tout le monde
m'appelle", "on l'appelle", whatever its case or the lexicon. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Au club de belote tout le monde m'appelle pompon, mais je signe Huguette.", "pompon"),
        ("Ma petite dernière, à la crèche on l'appelle mimine, elle a deux ans.", "mimine"),
        ("Les voisins m'appellent loupiot depuis que je suis gamin.", "loupiot"),
        ("Au travail on m'appelle Zed, c'est plus court que mon prénom.", "Zed"),
        ("Chez nous on l'appelle ti-paul ou bien bouboule.", "ti-paul"),
        ("Chez nous on l'appelle ti-paul ou bien bouboule.", "bouboule"),
        ("Mes petits-enfants m'appellent mamie nénette, c'est pour vous dire mon âge.", "nénette"),
    ],
)
def test_what_people_call_someone_is_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le conseiller m'appelle demain matin pour le dossier.", "demain"),
        ("Elle m'appelle régulièrement pour prendre des nouvelles.", "régulièrement"),
        ("On m'appelle souvent pour des sondages, est-ce normal ?", "souvent"),
        ("Dans le quartier on m'appelle mamie, je garde tous les enfants.", "mamie"),
        ("Il m'appelle bientôt pour fixer le rendez-vous.", "bientôt"),
        ("On m'appelle toujours trop tard pour les convocations.", "toujours"),
    ],
)
def test_when_someone_calls_is_left(text: str, word: str) -> None:
    assert word in output(text), output(text)
