"""Eleventh pass of issue 13, round 3: the kinds that batch p20 left visible (first names alone in a household's
list or table, a starred form label, a foreign pension's number). The examples are written for this file; none is
in the corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a table of children, tab-separated, a first name alone in the first column
        (
            "Voici mes enfants :\nPrénom\tNé le\tClasse\nEnzo\t02/09/2013\t5e\nMaëlle\t17/06/2017\tCE2",
            "Enzo",
            "child_name",
        ),
        # a table drawn with bars
        ("| Prénom | Date de naissance |\n| Idriss | 08/02/2015 |\n| Soilihi | 21/12/2018 |", "Soilihi", "child_name"),
        # a numbered household list: name, relative's word, date
        (
            "Composition du foyer :\n1. MADI Fatima – mère – 03/03/1990\n2. Ibrahim – fils – 15/05/2012",
            "Ibrahim",
            "child_name",
        ),
        # a dashed list with an age
        ("Nous sommes quatre :\n- Kylian ; 9 ans\n- Jade ; 4 ans", "Kylian", "child_name"),
        # a form's starred label
        ("NOM* : GARNIER\nPrénom* : Clémence\nVotre message* : bonjour", "Clémence", "first_name"),
        # a foreign pension's number after the fund that names its country
        ("Je touche une pension portugaise 71 540128 K 093 depuis 2019.", "71 540128 K 093", "other_id"),
        ("Retraite du Maroc : 4412 9087 33, versée tous les trimestres.", "4412 9087 33", "other_id"),
    ],
)
def test_the_kinds_of_p20_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a table of amounts and a list of who counts: no name in them
        ("Situation\tMontant\nCouple\t1 200 €\nPersonne seule\t800 €", "Personne seule"),
        ("- Époux, épouse ou partenaire ; enfant à charge", "Époux"),
        # a foreign pension's amount in its money
        ("Ma pension algérienne est de 15000 dinars par mois.", "15000 dinars"),
        # a row whose other cells say nothing of a person
        ("Collège\tLundi\tMardi\nCantine\toui\tnon", "Cantine"),
    ],
)
def test_look_alikes_are_kept(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


def test_the_end_of_the_writers_rights_in_a_copied_notice_is_removed() -> None:
    text = "Pôle emploi m'écrit :\nVotre indemnisation prendra fin le 09/02/2026.\nQue dois-je faire ?"
    assert not survives("09/02/2026", "date", output(text)), output(text)


def test_a_rule_on_the_end_of_rights_keeps_its_date() -> None:
    text = "Vos droits prennent fin le 31/12/2026 si vous ne déclarez pas vos ressources."
    assert "31/12/2026" in output(text), output(text)
