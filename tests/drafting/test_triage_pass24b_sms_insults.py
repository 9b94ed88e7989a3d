"""Triage, twenty-fourth pass of issue 12, after the hidden batch bp: the abbreviated insults of SMS French.

"ntm" is an insult alone; "fdp" and "ptn" only aimed at someone or at the office ("bande de fdp", "ptn de caf"),
"fdp" being also "frais de port" and "ptn" a mere interjection of annoyance ("ptn c'est long"); "tg" only as a
retort of its own.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

INSULTS = [
    "3 mois que j'attends ntm",
    "vous etes des fdp a la prefecture, 4 rdv annulés",
    "ptn de cpam jamais de réponse",
    "j'ai juste demandé mon attestation. alors tg !",
]


@pytest.mark.parametrize("body", INSULTS)
def test_abbreviated_insults_are_abusive(body):
    result = triage(title="...", body=body, administration="CAF", use_model=False)
    assert TriageLabel.ABUSIVE in result.labels


NOT_INSULTS = [
    "ptn c'est long le site, ça fait 20 minutes que ça charge. Comment je télécharge mon attestation de paiement ?",
    "Bonjour, pour la commande de formulaires papier, les fdp sont-ils à ma charge ?",
    "Je dépends de quelle TG pour ma pension de fonctionnaire ? Merci",
]


@pytest.mark.parametrize("body", NOT_INSULTS)
def test_interjections_and_other_meanings_are_not_abusive(body):
    result = triage(title="question", body=body, administration="CAF", use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels
