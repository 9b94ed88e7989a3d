"""Thirty-second pass, privacy (engineer-p94e; health and sick leave, unseen p92): a month misspelt as it sounds,
a plate read aloud letter by letter, a home above a shop or told as the last house of a street, carers' titles and
statuses that are no name, mutuelles named after a person or by a first name. And what must stay. Fresh sentences,
none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a month misspelt as it sounds, after a day's number
        ("Je suis en arrêt maladie depuis le 7 janvié 2026, je n'ai rien reçu.", ["7 janvié 2026"]),
        ("Mon fils a été opéré le 21 févier, pouvez-vous m'aider ?", ["21 févier"]),
        ("J'ai fait un malaise le 9 juillé au travail et depuis je suis arrêté.", ["9 juillé"]),
        ("Mon père est décédé le 30 novambre 2025 à la maison.", ["30 novambre 2025"]),
        ("ma carte de séjour expire le 2 avrile et je suis malade", ["2 avrile"]),
        ("Ma mère est entrée en soins palliatifs le 12 aôut 2025.", ["12 aôut 2025"]),
        ("Mon mari est mort le 4 jan 2026, je voudrais la réversion.", ["4 jan 2026"]),
        # a plate read aloud, letters and number in words or in figures
        ("La voiture de ma mère, immatriculée k t trois cent quarante-deux p m, est au garage.", ["k t trois"]),
        ("Ma voiture a la plaque B R 607 S N et je veux la vendre.", ["B R 607 S N"]),
        # a home above or below a shop, and the door that follows
        (
            "Je suis malade et seule, j'habite au-dessus de la boucherie de la grand-rue, la porte grise.",
            ["boucherie de la grand-rue", "porte grise"],
        ),
        ("nous habitons au dessus du tabac de l'église c est la porte rouge", ["tabac de l'église", "porte rouge"]),
        # the last house of a street, told right after the verb of living, and what tells it apart
        (
            "Mon oncle vit seul à la première maison du hameau après le moulin, celle avec les volets bleus.",
            ["première maison du hameau", "volets bleus"],
        ),
    ],
)
def test_spoken_dates_plates_and_homes_are_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in gone:
        assert value not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a carer's title and a status are no name
        ("Madame le Médecin-Conseil,\nJe vous écris au sujet de mon arrêt. Paul Girard", ["Médecin-Conseil"]),
        ("JE SUIS ANCIEN COMBATTANT ET INVALIDE A 80 %, ON NE ME REPOND PAS", ["ANCIEN COMBATTANT"]),
        ("J'ai perdu mon petit boulot à cause de ma maladie.", ["boulot"]),
        # mutuelles named after people or places, and one named by a first name, there and again later
        ("Ma mutuelle est Harmonie Mutuelle depuis 2020, elle ne rembourse pas.", ["Harmonie Mutuelle"]),
        ("J'ai la mutuelle Malakoff Humanis par mon travail.", ["Malakoff Humanis"]),
        ("J'ai quitté la mutuelle Léon pour la MGEN, la CPAM envoie chez Léon.", ["Léon pour", "chez Léon"]),
        # a month's word with no day's number stays
        ("Je voudrais savoir si en janvié je toucherai encore mes indemnités.", ["janvié"]),
        # a figurative "au-dessus" and a neighbour's flat are no home of the writer
        ("Nous vivons au-dessus de nos moyens depuis la maladie.", ["au-dessus de nos moyens"]),
        ("J'habite en dessous du seuil de pauvreté.", ["seuil de pauvreté"]),
        # a clerk's title, and greetings in another script beside a name written in it
        ("Madame la Greffière,\nMa mère ne peut plus signer. Anne Roche", ["Greffière"]),
        ("Добрий день! Мене звати Ірина Шевчук, я живу в Ліоні. Дякую.", ["Добрий день", "Дякую"]),
        # a town after where one is cared for, dies or works, without a verb of living
        ("Paul Garnier, aide-soignant à Roanne depuis dix ans.", ["Roanne"]),
        ("Ma mère est suivie à Valence pour son diabète.", ["Valence"]),
        ("Mon père est décédé à Florence en Italie l'an dernier.", ["Florence"]),
        # a car that is old, or a short word after "voiture", is no plate
        ("ma voiture a eu un accident y a deux ans", ["y a deux ans"]),
    ],
)
def test_lookalikes_stay(text: str, kept: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in kept:
        assert value in masked, masked


def test_a_first_name_that_is_a_mutuelle_stays_a_person_after_kin() -> None:
    masked = pseudonymise("Mon fils Alan est malade et la mutuelle Alan ne rembourse rien.").text
    assert "fils Alan" not in masked, masked


def test_a_name_in_another_script_is_still_masked_beside_a_greeting() -> None:
    masked = pseudonymise("Добрий день! Мене звати Ірина Шевчук. Ірина").text
    assert "Шевчук" not in masked and "Ірина" not in masked, masked
