"""Twenty-fifth pass, second shift, privacy: a German widow's letter (p65): a street named by an adjective, the type
after it, then the house number ("Merzhauser Straße 112"); a maiden name after "geb." (geborene), and the town of a
birth said after both names ("née Ingrid Schneider, geb. Baumann, le … à Lörrach"); a file number whose tail looks
like a passport number ("dossier 2024-30-RV-77812") read whole. Guards: "geb." before a year, a passport number
alone, an adjective before a word that is no street. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Je vis en Allemagne : Badener Straße 47, 76530 Baden-Baden.", "47"),
        ("Adresse : Freiburger Straße 14, Lahr.", "14"),
        (
            "J'habite en Allemagne : Schwarzwaldstraße 8, 77933 Lahr. Je suis née Renate Vogel, geb. Hartmann, le 4 "
            "mars 1949 à Emmendingen.\nMerci.\nRenate Vogel",
            "Hartmann",
        ),
        ("Je suis née Ursula Meyer, geb. Lindner, le 2 mai 1950 à Offenbourg.", "Offenbourg"),
        ("Mon dossier 2023-14-AB-55123 est en attente depuis mars.", "2023-"),
    ],
)
def test_a_german_address_maiden_name_birthplace_or_file_number_is_masked(text: str, gone: str) -> None:
    masked = pseudonymise(text).text
    assert gone not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Die Daten geb. 1950, siehe unten.", "1950"),
        ("Nous avons visité le Kölner Dom en 2019.", "Kölner Dom"),
    ],
)
def test_a_word_that_is_no_street_or_name_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_a_passport_number_alone_is_still_a_passport() -> None:
    mapping = pseudonymise("Mon passeport 21-AB-34567 a expiré en mai.").mapping
    assert mapping.get("[PASSEPORT_1]") == "21-AB-34567", mapping
