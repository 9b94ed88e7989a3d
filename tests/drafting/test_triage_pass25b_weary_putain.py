"""Triage, twenty-fifth pass of issue 12, second shift: "putain" of weariness before the writer's own "j'" ("putain
j'y comprends rien", "putain j'en ai marre") is no abuse. Guards: "putain j'vous déteste", "putain de caf".

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

WEARY = [
    ("Urssaf", "DSI", "putain j'y comprends rien à votre truc de DSI, je la remplis sur quel site ?"),
    ("CAF", "attestation", "Putain j'en ai marre de chercher, où je télécharge mon attestation de paiement ?"),
]


@pytest.mark.parametrize(("office", "title", "body"), WEARY)
def test_a_weary_putain_before_the_writers_own_clause_is_no_abuse(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


AIMED = [
    ("CAF", "vous", "putain j'vous déteste tous, rendez-moi mes APL"),
    ("CAF", "caf", "putain de caf, j'y comprends rien à vos courriers"),
]


@pytest.mark.parametrize(("office", "title", "body"), AIMED)
def test_an_aimed_putain_stays_abusive(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE in result.labels
