"""Nineteenth pass, privacy: a household named by its surname after "chez les", "avec les" ("logés chez les
Benkirane"), never a French word, a trade's word or a team ("chez les Bleus", "chez les Ets Roux").
Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Depuis l'incendie nous dormons chez les Benkirane, au deuxième étage.", "Benkirane"),
        ("Il a gardé les vaches chez les Lacombe de 1975 à 1981.", "Lacombe"),
    ],
)
def test_a_household_after_chez_les(text: str, name: str) -> None:
    masked = output(text)
    assert name not in masked, masked


@pytest.mark.parametrize("text", ["Le soir on regarde jouer les Bleus chez les Verts.", "Il a travaillé chez les Ets"])
def test_words_and_trades_stay(text: str) -> None:
    masked = output(text)
    assert masked.strip() == text, masked
