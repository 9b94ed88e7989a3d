"""Eighteenth pass, privacy: a firm named after its owner, a trade's word before the surname or "Frères" / "& Fils"
after it; brands, French words and départements stay. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("J'ai été saisonnier chez les transports Vialatte jusqu'en octobre.", "Vialatte"),
        ("La facture de la carrosserie Tourlonias n'est pas remboursée.", "Tourlonias"),
        ("Mon mari est maçon chez Bessèges Frères depuis vingt ans.", "Bessèges"),
        ("Il conduit des camions pour la Spedition Hüttenmeier à Kehl.", "Hüttenmeier"),
    ],
)
def test_a_firm_named_after_its_owner(text: str, value: str) -> None:
    assert not survives(value, "surname", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le garage Renault m'a rendu la voiture en panne.", "Renault"),
        ("La boulangerie Centrale a fermé, où acheter du pain ?", "Centrale"),
        ("Les transports Ardèche ne passent plus par le village.", "Ardèche"),
    ],
)
def test_brands_words_and_departements_stay(text: str, word: str) -> None:
    assert word in output(text), output(text)
