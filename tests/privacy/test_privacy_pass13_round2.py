"""Thirteenth pass, round 2: slots that hold a first name whatever the word (apposition after a kinship noun, an
inline first-name slot) and a phone dictated in words. Fresh sentences for this file."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mon petit-fils, Raphaël, passe son bac cette année et il a besoin d'une bourse.", "Raphaël"),
        ("La petite dernière, Lucie, commence la crèche en janvier.", "Lucie"),
        ("J'ai appelé pour mon aîné, Martin, qui n'a toujours pas reçu sa carte.", "Martin"),
        ("Leur fille Hortense dort chez nous depuis l'incendie.", "Hortense"),
        ("Mon neveu, Noam, vit avec nous depuis le décès de sa mère.", "Noam"),
        ("l'enfant (prénom : Salomé) est née à domicile", "Salomé"),
        ("Son prénom, c'est Timéo, pas Tom comme écrit sur le courrier.", "Timéo"),
        ("Vous pouvez me joindre au zéro six 41 27 93 05 après 18 h.", "zéro six 41 27 93 05"),
        (
            "mon portable : zéro sept, douze, quatre-vingt-onze, trente, soixante-dix-huit",
            "zéro sept, douze, quatre-vingt-onze, trente, soixante-dix-huit",
        ),
        ("rappelez le 01 quarante-deux 55 60 13 svp", "01 quarante-deux 55 60 13"),
    ],
)
def test_slot_is_masked(text: str, value: str) -> None:
    assert value not in output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le père Noël de la mairie distribue les colis le 20.",
        "Ma fille, Madame, n'a rien reçu.",
        "La famille Martin : voir le dossier joint.",
        "J'ai payé deux fois trois cents euros, puis 45 et 20.",
        "Elle a six ans, deux frères et trois sœurs.",
        "Ma sœur, France Travail l'a radiée.",
    ],
)
def test_look_alike_is_kept(text: str) -> None:
    kept = {
        "Le père Noël de la mairie distribue les colis le 20.": "Noël",
        "Ma fille, Madame, n'a rien reçu.": "Madame",
        "La famille Martin : voir le dossier joint.": "voir le dossier joint",
        "J'ai payé deux fois trois cents euros, puis 45 et 20.": "deux fois trois cents euros",
        "Elle a six ans, deux frères et trois sœurs.": "six ans, deux frères et trois sœurs",
        "Ma sœur, France Travail l'a radiée.": "France Travail",
    }[text]
    assert kept in output(text)
