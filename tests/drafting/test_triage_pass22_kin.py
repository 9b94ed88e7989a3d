"""Triage, twenty-second pass of issue 12: a son, a daughter or a flatmate who "will kill" the writer when they
learn of a slip, or with an emoji, is a figure of speech for the suicide rule; a parent who will kill the writer sent
back to the country, or a threat with words of fear, stays distress.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

FIGURES = [
    (
        "CAF",
        "Bonjour, mon fils va me tuer quand il saura que j'ai jeté le courrier de la CAF avec les publicités. "
        "Comment en obtenir un duplicata ?",
    ),
    (
        "Mairie",
        "Ma colocataire va vraiment me tuer 😭 j'ai perdu le badge de la déchetterie. Comment en refaire un ?",
    ),
]

THREATS = [
    "Si on me renvoie au pays mon père va me tuer, ce n'est pas une blague. Que faire pour mon titre de séjour ?",
    "Ma fille va me tuer si je ne lui donne pas ma carte, elle me frappe déjà. Comment bloquer ma pension ?",
]


@pytest.mark.parametrize(("office", "body"), FIGURES)
def test_kin_who_will_kill_the_writer_for_a_slip_is_a_figure(office, body):
    result = triage(title="question", body=body, administration=office, use_model=False)
    assert TriageLabel.DISTRESS not in result.labels


@pytest.mark.parametrize("body", THREATS)
def test_a_threat_with_fear_or_blows_stays_distress(body):
    result = triage(title="aide", body=body, administration="Préfecture", use_model=False)
    assert TriageLabel.DISTRESS in result.labels
