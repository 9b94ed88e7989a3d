"""Fifteenth pass: a day said without its month in the writer's own case, a cadastral parcel, a court's file number,
a judge's order's date, a first name in brackets that is also a public word; and the look-alikes kept. Fresh
sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a day without its month, of the writer's own case
        ("Bonjour, ma carte de séjour arrive à échéance le 19 et je n'ai pas de rendez-vous.", "le 19", "date"),
        ("Je n'ai pas pu venir au rendez-vous du 7, j'avais de la fièvre.", "du 7", "date"),
        ("Bonjour, mon fils a été opéré du 3 au 11, l'hôpital m'a donné un bulletin.", "du 3 au 11", "date"),
        ("Bonjour, on m'a radiée le 4 de ce mois sans prévenir.", "le 4 de ce mois", "date"),
        # a cadastral parcel
        ("Bonjour, mon champ est cadastré section YB n° 142 sur la commune.", "section YB n° 142", "cadastre"),
        ("Bonjour, nous avons acheté les parcelles ZA 18 et ZA 19 en indivision.", "ZA 19", "cadastre"),
        # a court's file number with its year
        ("Bonjour, le greffe m'a répondu sous la référence 23/04417, sans plus.", "23/04417", "file_number"),
        # a judge's order, not a text of law
        (
            "Bonjour, par ordonnance du 9 décembre 2024, le juge des tutelles m'a nommée tutrice de ma tante.",
            "9 décembre 2024",
            "date_event",
        ),
        # a French first name in brackets after another, with what it is for
        ("Je m'appelle Tran Van Long (Louis pour les collègues), j'habite Lille.", "Louis", "first_name"),
        ("Bonjour, je suis Kofi Mensah (Paul).", "Paul", "first_name"),
    ],
)
def test_personal_value_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a day that recurs, a rule's, a public number: not the writer's case
        ("Bonjour, la CAF me verse la prime le 5 de chaque mois, est-ce normal ?", "le 5 de chaque mois"),
        ("Bonjour, mon loyer est à payer le 10, je n'y arrive plus.", "le 10"),
        ("Bonjour, en cas de malaise de mon père, j'appelle le 15 ou le 112 ?", "le 15 ou le 112"),
        ("Bonjour, j'habite au 14 de la rue, au 2e étage.", "au 14 de la rue"),
        ("Bonjour, je suis au 1er échelon depuis ma titularisation.", "au 1er échelon"),
        # a law's ordonnance, a share, a score
        ("Bonjour, l'ordonnance n° 2020-306 du 25 mars 2020 a prolongé les délais, dit le site.", "25 mars 2020"),
        ("Bonjour, mon fils a eu 14/20 en maths et nous partageons les frais 50/50.", "14/20"),
        # a section of a school or a form, not a parcel
        ("Bonjour, ma fille est en section européenne au lycée.", "section européenne"),
    ],
)
def test_look_alike_is_kept(text: str, kept: str) -> None:
    assert kept in output(text)
