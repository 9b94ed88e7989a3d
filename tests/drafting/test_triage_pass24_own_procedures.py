"""Triage, twenty-fourth pass of issue 12: an office's own procedures, asked of it, stay in scope.

The ACRE and the micro-entrepreneur's flat-rate tax payment asked of the Urssaf, a jobseeker's monthly update asked
of France Travail beside a broken computer, an artisan's training asked by an artisan who names his trade.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

IN_SCOPE = [
    (
        "URSSAF",
        "ACRE",
        "Bonjour, je quitte mon poste (démission fin du mois) pour ouvrir un salon. Ai-je droit à l'ACRE sans être "
        "demandeur d'emploi ?",
    ),
    (
        "URSSAF",
        "versement libératoire",
        "Bonjour, quand dois-je choisir le versement libératoire de l'impôt pour l'an prochain ? Merci.",
    ),
    (
        "France Travail",
        "ordi en panne",
        "Mon ordinateur a planté et mon wifi aussi, puis-je faire mon actualisation depuis l'agence ?",
    ),
    (
        "Chambre de métiers et de l'artisanat",
        "gestion",
        "Bonjour, je suis électricien et je galère avec mes devis. Proposez-vous une formation en gestion pour les "
        "artisans ?",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), IN_SCOPE)
def test_the_office_s_own_procedure_is_not_sent_away(administration, title, body):
    result = triage(title=title, body=body, administration=administration, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_a_trade_s_price_asked_of_an_office_is_still_sent_away():
    body = "Bonjour, combien prend un électricien pour refaire un tableau électrique dans une maison ?"
    result = triage(title="prix", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
