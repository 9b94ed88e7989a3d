"""Triage, twenty-third pass of issue 12: three more of the mairie's own procedures (works declared before building,
a foreign visitor's attestation d'accueil, a child's enrolment at school) make another office's message out of
scope and keep a mairie's in scope; the hunting licence is neither office's (the OFB issues it).

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import topic_scores, triage

ELSEWHERE = [
    (
        "France Travail",
        "déclaration préalable",
        "Bonjour, je veux poser une clôture de 1,60 m côté rue. Une déclaration préalable suffit, ou faut-il plus ?",
        "mairie",
    ),
    (
        "CPAM",
        "attestation d'accueil",
        "Bonjour, ma tante arrive de Dakar en avril pour un mois. Où faire l'attestation d'accueil demandée ?",
        "mairie",
    ),
    (
        "URSSAF",
        "inscription à l'école",
        "Bonsoir, nous emménageons en février. Comment inscrire nos jumeaux en grande section, quels papiers ?",
        "mairie",
    ),
    (
        "Préfecture",
        "permis de chasser",
        "Bonjour, ma fille de 16 ans aimerait passer le permis de chasser cet été. À qui s'adresser pour l'examen ?",
        "chasse",
    ),
]

AT_THE_MAIRIE = [
    "Bonjour, nous arrivons de Rouen en mars. Comment inscrire notre fils en CE2 à l'école du quartier ?",
    "Bonjour, ma déclaration préalable pour une véranda est déposée depuis cinq semaines, est-elle acceptée ?",
    "Bonjour, mon beau-père vient d'Oran en mai. Quels justificatifs apporter pour l'attestation d'accueil ?",
]


@pytest.mark.parametrize(("office", "title", "body", "topic"), ELSEWHERE)
def test_the_mairies_procedure_asked_elsewhere_is_out_of_scope(office, title, body, topic):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert (result.competent or {}).get("topic") == topic


@pytest.mark.parametrize("body", AT_THE_MAIRIE)
def test_the_same_procedure_at_the_mairie_is_its_own_topic(body):
    assert max(topic_scores("demande", body).items(), key=lambda kv: kv[1])[0] == "mairie"
    result = triage(title="demande", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_a_hunting_licence_held_beside_the_prefectures_weapons_stays():
    body = (
        "Bonjour, j'ai hérité de la carabine de mon oncle, déclarée. J'ai le permis de chasser depuis trente ans. "
        "Quelle démarche pour la mettre à mon nom ?"
    )
    result = triage(title="arme héritée", body=body, administration="Préfecture", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels
