"""Triage, twenty-fifth pass of issue 12, second shift: a threat to die that takes the agents along ("je ne serai
pas le seul à brûler", "je ne mourrai pas seul", "vous brûlerez avec moi") is distress and abusive both. Guards: a
complaint others share ("je ne serai pas le seul à me plaindre"), a holiday not taken alone, a threat to harm
oneself alone at the agency (distress, not abuse).

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

TAKEN_ALONG = [
    (
        "DGFiP",
        "dernier avertissement",
        "Si vous bloquez encore mon compte professionnel, je viens à votre centre et je m'immole devant l'accueil. Et "
        "je ne serai pas la seule à brûler ce jour-là.",
    ),
    (
        "Urssaf",
        "c'est fini",
        "Vous m'avez tout pris, l'atelier, la maison. Je vais me pendre dans votre hall et je ne mourrai pas seul, "
        "retenez bien ça.",
    ),
    (
        "CAF",
        "vous l'aurez",
        "Je vais me foutre en l'air devant votre agence, et vous brûlerez tous avec moi.",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), TAKEN_ALONG)
def test_a_threat_to_die_that_takes_the_agents_along_is_abusive_and_distress(office, title, body):
    rules = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE in rules.labels
    result = triage(title=title, body=body, administration=office)
    assert TriageLabel.ABUSIVE in result.labels
    assert TriageLabel.DISTRESS in result.labels


NOT_TAKEN_ALONG = [
    ("CPAM", "délais", "Je ne serai pas le seul à me plaindre de vos délais de remboursement, trois mois d'attente."),
    ("ANTS", "passeport", "Je ne partirai pas seule en vacances, mon fils vient avec moi : faut-il son passeport ?"),
    ("Urssaf", "questions", "Je ne suis pas le seul à cotiser pour rien, mais comment se calcule ma retraite ?"),
]


@pytest.mark.parametrize(("office", "title", "body"), NOT_TAKEN_ALONG)
def test_others_named_beside_the_writer_are_no_threat(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


def test_a_threat_to_harm_oneself_alone_at_the_agency_stays_distress_not_abuse():
    body = "Si vous me coupez encore le RSA je viens me pendre dans votre hall, je n'ai plus rien."
    result = triage(title="RSA", body=body, administration="CAF")
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.ABUSIVE not in result.labels
