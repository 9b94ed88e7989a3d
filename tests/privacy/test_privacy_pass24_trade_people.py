"""Twenty-fourth pass, privacy: the surname after a tradesman's or tradeswoman's word where one worked ("chez le
charcutier Lenoir") is masked, even a common word. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_a_surname_after_a_trade_word() -> None:
    masked = output("J'ai été apprenti chez le boucher Marchand de 1981 à 1984, à Auxerre.")
    assert "Marchand" not in masked and "boucher" in masked, masked


def test_a_brand_after_a_trade_word_stays() -> None:
    masked = output("J'ai fait réparer ma voiture chez le garagiste Renault du quartier.")
    assert "Renault" in masked, masked
