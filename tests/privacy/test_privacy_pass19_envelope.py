"""Nineteenth pass, privacy: an address written as on an envelope, its building, staircase or flat then the postcode
and town without a comma ("bât H porte 63 13016 Marseille", "APPT 32 13015 MARSEILLE", "esc 2 93150 le blanc
mesnil"), and streets abbreviated "r" and "rés.". The postcode is no longer left after the masked address.
Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Nous logeons cité des Oliviers bât F porte 112 13013 Marseille. Merci.", ["13013", "112"]),
        ("ADRESSE : RESIDENCE LES CEDRES BAT B APPT 41 13014 MARSEILLE", ["13014", "41"]),
        ("je vis au 8 rue Paul-Éluard apt 22 93330 Neuilly-sur-Marne depuis un an.", ["93330", "Neuilly"]),
        ("Adresse : 9 rue des Lilas appt 14, 35700 rennes", ["35700", "rennes"]),
        ("mon adresse 14 rue Victor Hugo esc 3 33000 bordeaux", ["33000", "bordeaux"]),
        ("Elle habite 7 rés. les Coquelicots 62000 Arras depuis peu.", ["Coquelicots", "62000"]),
        ("on habite 23 r anatole france 92300 levallois. merci", ["anatole", "92300"]),
    ],
)
def test_the_postcode_after_a_building_part(text: str, left: list[str]) -> None:
    masked = output(text)
    for piece in left:
        assert piece not in masked, masked


def test_the_words_after_a_postcode_in_lower_case_that_are_no_town_stay() -> None:
    masked = output("j'habite 4 rue des Pins bât C 44000 et je voudrais savoir")
    assert "44000" not in masked, masked
    assert "et je voudrais savoir" in masked, masked
