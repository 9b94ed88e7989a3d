"""Triage, thirteenth pass of issue 12, round 2: the competence map's veto of "out of scope" also yields to a
confident model where the writer asks the office to DO something (pay, refund, cancel, send, compel); a question on
the office's own procedure, a first-time one included, keeps the veto whatever the score.

Every message here was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import (
    OTHER_PARTY_OVERRIDE,
    OWN_TOPIC_OVERRIDE,
    administration_profiles,
    asks_office_to_act,
    override_over_veto,
    topic_scores,
    triage,
)
from guichet.drafting.triage_model import model_text
from tests.drafting.triage_helpers import vetoed

CAF = "Caisse d'allocations familiales"
MAIRIE = "Mairie de Saint-Brieuc"


def _override(title: str, body: str, administration: str) -> float:
    return override_over_veto(
        OWN_TOPIC_OVERRIDE, topic_scores(title, body), administration_profiles(administration), model_text(title, body)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous me rembourser les frais de la fourrière ?",
        "Est-ce que la caisse peut bloquer le compte de mon frère ?",
        "La mairie peut-elle retirer ce permis à mon voisin ?",
        "Versez-moi directement la somme, c'est plus simple.",
        "Vous pouvez lui retenir une partie de sa pension ?",
    ],
)
def test_an_ask_that_the_office_act_is_read(text):
    assert asks_office_to_act(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous m'indiquer les pièces à fournir pour une première carte d'identité ?",
        "Pourriez-vous me dire à quelle heure ouvre le service état civil ?",
        "Expliquez-moi comment on remplit la case 7 du formulaire, s'il vous plaît.",
        "On peut déposer le dossier sans rendez-vous le mardi ?",
        "Je peux envoyer les justificatifs par courrier ?",
        "C'est ma toute première demande : combien de temps faut-il compter ?",
    ],
)
def test_a_question_on_the_procedure_is_not_an_ask_to_act(text):
    assert not asks_office_to_act(text)


def test_the_veto_yields_at_a_confident_score_where_the_office_is_asked_to_act():
    title, body = (
        "prime d'activité",
        "Bonjour, ma prime d'activité arrive sur mon compte : pouvez-vous la verser plutôt à ma propriétaire ?",
    )
    assert vetoed(title, body, CAF)
    assert _override(title, body, CAF) == OTHER_PARTY_OVERRIDE


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("carte d'identité", "Bonsoir, c'est ma première carte d'identité, je dois apporter quoi exactement ?"),
        ("passeport", "Bonjour, pouvez-vous me dire le prix d'un premier passeport pour mon fils de 12 ans ?"),
    ],
)
def test_a_first_time_procedure_keeps_the_veto_whatever_the_score(title, body):
    assert vetoed(title, body, MAIRIE)
    assert _override(title, body, MAIRIE) == OWN_TOPIC_OVERRIDE
    result = triage(title=title, body=body, administration=MAIRIE, aliases=["Mairie"])
    assert "out_of_scope" not in result.labels
