"""Triage, twenty-second pass of issue 12: "je ne serai plus là" said of an absence with its dates, its length or a
spa cure is no warning sign that makes a rule; said without them it still is. Belongings given away beside affairs
put in order make a rule; furniture given to one's children before a care home alone does not.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

ABSENCES = [
    "Bonjour, je ne serai plus là du 12 au 30 mars, je pars en cure thermale à Dax. Pouvez-vous décaler le "
    "rendez-vous de l'évaluateur ?",
    "Bonjour, je ne serai plus là pendant trois semaines à partir du 2 mai. Peut-on envoyer le courrier chez ma "
    "fille en attendant ?",
]


@pytest.mark.parametrize("body", ABSENCES)
def test_an_absence_with_its_dates_is_no_warning_sign(body):
    result = triage(title="absence", body=body, administration="Conseil départemental", use_model=False)
    assert TriageLabel.DISTRESS not in result.labels


def test_not_being_there_said_alone_stays_distress():
    body = "Bonjour, je ne serai plus là à la fin du mois. Pouvez-vous arrêter les versements à ce moment-là ?"
    result = triage(title="versements", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels


def test_belongings_given_away_beside_affairs_in_order_are_distress():
    body = (
        "Bonjour, j'ai tout rangé chez moi et j'ai donné mes livres et ma guitare à mon neveu. Comment résilier "
        "l'aide au logement à la fin du mois ?"
    )
    result = triage(title="résiliation", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels


def test_furniture_given_to_children_before_a_care_home_stays_routine():
    body = (
        "Bonjour, je donne mes meubles à ma fille car j'entre en maison de retraite à Vannes en avril. Où envoyer "
        "ma nouvelle adresse ?"
    )
    result = triage(title="adresse", body=body, administration="Assurance retraite", use_model=False)
    assert TriageLabel.DISTRESS not in result.labels
