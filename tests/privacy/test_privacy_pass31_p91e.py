"""Thirty-first pass, second shift, privacy (engineer-p91e; hidden p89 of dictated messages, phonetic spelling, all
lower case or all capitals, people writing for someone else): a number read figure by figure after a word that names
it, the punctuation a dictation spells out, a flat or a room after a masked address (spelt as it sounds, "chambre",
"bis"), a floor then the building, a lower-case birthplace followed by a new clause without punctuation. And what
must stay. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a number read figure by figure after a word that names it
        (
            "bonjour mon numéro allocataire c est cinq zéro sept deux huit un quatre merci de me rappeler",
            ["cinq zéro sept deux huit un quatre"],
        ),
        ("mon numéro de dossier c'est trois un un neuf sept six, voilà", ["trois un un neuf sept six"]),
        # a flat spelt as it sounds, then the postcode and the town
        (
            "mon adrèse cité des Lilas batiment 2 apartemen 45 69200 Vénissieux merci",
            ["45", "69200", "Vénissieux"],
        ),
        ("J'habite résidence Les Cèdres bât. B appartemen 17 13014 Marseille.", ["17", "13014"]),
        # a student's or a hostel's room after the street
        ("J HABITE FOYER DES JEUNES 12 RUE DES ECOLES CHAMBRE 208 BIS", ["208"]),
        # a floor, then the building by its name, and what follows it
        (
            "Je suis locataire au 3e sans ascenseur, bâtiment les Glycines, escalier B, porte de droite.",
            ["Glycines", "escalier B", "porte de droite"],
        ),
        ("JE SUIS MME DIOP AU 9EME ETAGE TOUR CHAGALL PORTE 93", ["CHAGALL", "93"]),
        # a lower-case birthplace, a new clause after it, without punctuation
        (
            "je suis né le trois mars mille neuf cent cinquante à hanoï je voudrais savoir pour ma pension",
            ["hanoï"],
        ),
        ("bonjour elle est née le 4 juin 1961 à sétif et elle a besoin d aide", ["sétif"]),
        # a given name in capitals that is also a word, ending the line after a name in capitals
        ("ECRIT PAR MON FILS POUR MOI\nMOI C EST TSHIBANDA KALALA GRACE\nSVP AIDEZ MOI", ["GRACE"]),
        # a street in capitals, then a new line: the address ends with its line and is not lost to the phone
        ("J HABITE 9 RUE DES ECOLES\nMON TEL 06 51 23 87 40\nMERCI", ["9 RUE DES ECOLES", "ECOLES"]),
    ],
)
def test_dictated_and_shouted_data_are_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in gone:
        assert value not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the punctuation a dictation spells out is no name
        ("je m appelle awa koné virgule je vous écris pour mon fils point merci", ["virgule", "point"]),
        # a few number words are an amount or a count, not a number read figure by figure
        ("j ai trois enfants de deux quatre et six ans", ["trois enfants", "six ans"]),
        # a birth at home or at term, and a clause after it
        ("ma fille est née le 3 mars 2020 à domicile et je suis seule", ["domicile"]),
        ("il est né le 2 mai 2019 à terme je crois", ["à terme"]),
        # an office's floor is no home
        ("Le service est au 2e étage du bâtiment A de la mairie.", ["bâtiment A"]),
        # the next line's sentence is no part of the street
        ("J HABITE 9 RUE DES ECOLES\nMON TEL 06 51 23 87 40", ["MON TEL"]),
    ],
)
def test_lookalikes_stay(text: str, kept: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in kept:
        assert value in masked, masked
