"""Triage, twenty-fifth pass of issue 12, second shift: demands still received after the matter was settled ("je
reçois encore vos appels de cotisations") are a complaint. Guard: the same words as the condition of a threat.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

STILL = [
    "J'ai fermé mon salon de coiffure en mars, c'est déclaré, et je reçois toujours vos appels de cotisations.",
    "Cessation déclarée depuis six mois et nous recevons encore des prélèvements. Comment les arrêter ?",
]


@pytest.mark.parametrize("body", STILL)
def test_demands_still_received_are_a_complaint(body):
    result = triage(title="cessation", body=body, administration="Urssaf", use_model=False)
    assert TriageLabel.COMPLAINT in result.labels


def test_the_condition_of_a_threat_is_no_complaint():
    body = "Si je reçois encore une mise en demeure, je sais où vous trouver."
    result = triage(title="dernier mot", body=body, administration="Urssaf", use_model=False)
    assert TriageLabel.COMPLAINT not in result.labels
