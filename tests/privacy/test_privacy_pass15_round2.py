"""Fifteenth pass, after the unseen batch p30: what the family calls someone in brackets, a short first name an
e-mail address spells beside the surname, a day the writer asks to be answered by or that dates the letter; the
prompt guard's net masks a day or a month said alone. Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy import net
from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Mon neveu Trần Quốc Huy (on l'appelle Tí) vit chez moi.", "Tí", "first_name"),
        (
            "De : Sébastien Marchand <seb.marchand41@laposte.net>\nObjet : garde\n\n> Seb, tu gardes Léo samedi ?",
            "Seb",
            "first_name",
        ),
        ("Bonjour, j'attends votre réponse avant le 8 svp.", "le 8", "date"),
        ("slt je suis en arrêt depuis le 4 du mois et toujours rien reçu", "le 4 du mois", "date"),
        ("Bonjour, mon rendez-vous du 9 n'a jamais eu lieu.", "du 9", "date"),
        ("Bonjour, le bailleur a écrit qu'il passerait le 21 février. On est le 23.", "le 23", "date"),
    ],
)
def test_personal_value_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mon fils est parti depuis le 12 ça fait deux semaines", "12"),
        ("Nous sommes séparés depuis fin octobre.", "fin octobre"),
        ("Il vit chez nous depuis le mois de juin.", "juin"),
    ],
)
def test_the_net_masks_a_day_or_a_month_alone(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in net.suspects(text)]


@pytest.mark.parametrize(
    "text",
    [
        "En cas d'urgence j'appelle le 15 ou le 112 ?",
        "Le loyer a augmenté de 3 % au 1er trimestre.",
        "On m'a parlé d'une aide versée en août pour la rentrée.",
        "J'habite au 2e étage.",
    ],
)
def test_the_net_leaves_numbers_and_months_of_rules(text: str) -> None:
    assert not [s for s in net.suspects(text) if s.kind == "DATE"]


def test_a_rule_said_with_il_faut_keeps_its_day() -> None:
    text = "Bonjour, je dois déclarer mes revenus. Il faut renvoyer le formulaire avant le 10."
    assert "avant le 10" in output(text)
