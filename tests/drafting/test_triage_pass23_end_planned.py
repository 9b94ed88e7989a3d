"""Triage, twenty-third pass of issue 12: one's own end thought through as a method ("réfléchi à comment partir
proprement") beside what the family would draw from it ("pour que mes enfants touchent l'assurance") is a plan of
suicide said as an arrangement, and a rule's distress. Either alone is ordinary mail: an artisan who closes a
business "proprement", a retiree who asks how a spouse draws a survivor's pension.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

PLANS = [
    "Bonjour, à quel âge puis-je toucher ma retraite d'exploitant ? J'ai pensé à comment partir proprement, pour que "
    "mes enfants touchent l'assurance si la réponse est non.",
    "Madame, j'ai longuement réfléchi à la façon de tout arrêter, pour que mon épouse touche au moins le capital. "
    "Pouvez-vous me dire où en est mon dossier d'invalidité ?",
]


@pytest.mark.parametrize("body", PLANS)
def test_an_end_planned_for_the_family_to_draw_on_is_distress(body):
    result = triage(title="dossier", body=body, administration="MSA", use_model=False)
    assert TriageLabel.DISTRESS in result.labels


ORDINARY = [
    "Bonjour, je vais tout arrêter proprement : vendre le matériel, radier l'entreprise, puis demander ma retraite. "
    "Dans quel ordre faut-il faire les démarches ?",
    "Bonjour, nous nous sommes mariés l'an dernier. Que faut-il faire pour que ma femme touche la réversion après mon "
    "décès ? Y a-t-il une durée de mariage minimale ?",
]


@pytest.mark.parametrize("body", ORDINARY)
def test_either_alone_is_no_rule(body):
    result = triage(title="démarches", body=body, administration="MSA", use_model=False)
    assert TriageLabel.DISTRESS not in result.labels
