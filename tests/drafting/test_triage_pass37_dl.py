"""Triage, thirty-seventh pass of issue 12 (engineer-dl, second shift): a routine question written in capitals is no
complaint; the département has a profile in the competence map, so that another body's business asked of it (motorway
tolls) is out of scope while its own (the APA, the RSA) stays its own. Guards: a grievance shouted without a question
keeps its complaint; the MDPH's "maison départementale" is not the département.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_model import ARTEFACT_PATH
from guichet.drafting.triage_profiles import administration_profiles

needs_model = pytest.mark.skipif(not ARTEFACT_PATH.exists(), reason="no triage artefact shipped")


def _full(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration)


def test_the_departement_has_a_profile_and_the_mdph_is_not_it():
    assert administration_profiles("Conseil départemental du Cantal") == {"departement"}
    assert administration_profiles("Département") == {"departement"}
    assert administration_profiles("ASE / Département") == {"departement"}
    assert "departement" not in administration_profiles("Maison départementale des personnes handicapées")
    assert "departement" not in administration_profiles("Préfecture du Cantal", ["préfecture du département"])


def test_tolls_asked_of_the_departement_are_out_of_scope_by_rule():
    result = triage(
        title="Péage",
        body="La société d'autoroute me réclame des péages impayés. Je demande au département de les annuler.",
        administration="Conseil départemental",
        use_model=False,
    )
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None and result.competent["topic"] == "peages"


@needs_model
@pytest.mark.parametrize(
    "title,body",
    [
        ("APA", "Bonjour, où en est le dossier d'allocation personnalisée d'autonomie de mon père ?"),
        ("RSA", "Bonjour, mon contrat d'engagement RSA se termine, qui est mon référent ?"),
    ],
)
def test_the_departements_own_business_stays_its_own(title: str, body: str):
    assert TriageLabel.OUT_OF_SCOPE not in _full("Conseil départemental", title, body).labels


@needs_model
def test_a_routine_question_in_capitals_is_no_complaint():
    body = "QUELLE EST LA DATE DE PAIEMENT DE L'AAH CE MOIS-CI ? JE SUIS AU FOYER ET JE NE PASSE AU CCAS QUE LE 3."
    assert _full("CAF", "Paiement AAH", body).labels == [TriageLabel.ROUTINE]
    # Sleeping in a shelter is read apart since the fifty-first pass's retrain: the model's distress reaches its
    # threshold (0.156 against 0.151), a borderline reading an agent checks; the capitals still make no complaint.
    sleeping = body.replace("JE SUIS AU FOYER", "JE DORS AU FOYER")
    assert TriageLabel.COMPLAINT not in _full("CAF", "Paiement AAH", sleeping).labels


@needs_model
def test_a_grievance_shouted_without_a_question_keeps_its_complaint():
    body = "MA PENSION N'EST TOUJOURS PAS ARRIVEE ET PERSONNE NE ME REPOND DEPUIS TROIS SEMAINES. C'EST INADMISSIBLE."
    assert TriageLabel.COMPLAINT in _full("Assurance retraite", "Pension", body).labels
