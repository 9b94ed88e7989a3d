"""Answer memory: a draft starts from a reply an agent approved for a similar message, re-checked, and nothing of the
other citizen comes with it."""

import pytest

from guichet.drafting.enums import DraftKind
from guichet.inbox.drafts import draft_message, regenerate
from guichet.inbox.workflow import message_assign, reply_approve_and_send
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db

APPROVED = (
    "Bonjour Madame Dupont,\n\n"
    "Le timbre fiscal pour un passeport d'adulte coûte 86 € [1]. Le timbre n'est pas remboursé.\n"
    "Madame Dupont, vous pourrez venir le chercher avec votre fils Marius.\n"
    "Le délai de fabrication est de 3 semaines.\n"
    "Nous vous présentons nos sincères condoléances.\n"
    "Vous faites une pré-demande en ligne sur le site de l'ANTS.\n\n"
    "Cordialement,\nLe service des titres"
)


@pytest.fixture
def approved(mairie, agent, corpus_indexed, no_model):
    """A first citizen's message, drafted and answered by an agent (names in the message and in the reply)."""
    message = make_message(
        mairie,
        title="Passeport",
        body="Bonjour, je m'appelle Jeanne Dupont. Combien coûte le timbre fiscal pour un passeport d'adulte ? Merci.",
    )
    draft = draft_message(message=message)
    message_assign(message=message, actor=agent)
    return reply_approve_and_send(message=message, actor=agent, text=APPROVED, draft=draft)


def test_a_similar_message_starts_from_the_approved_reply_rechecked(mairie, approved):
    message = make_message(
        mairie, title="Passeport", body="Bonjour, quel est le prix du timbre fiscal pour le passeport d'un adulte ?"
    )
    draft = draft_message(message=message)
    assert draft.kind == DraftKind.MEMORY
    assert "86 €" in draft.text and "pré-demande en ligne" in draft.text
    # Nothing of the other citizen: neither the name nor its placeholder, nor the son; nor the frame of the other
    # reply (condolences for a bereavement this writer never mentioned), nor a number today's fiche does not hold.
    for absent in ("Dupont", "Marius", "[PERSONNE", "condoléances", "3 semaines"):
        assert absent not in draft.text
    assert draft.checks["memory_reuse"]["reply_id"] == approved.pk
    assert draft.checks["dropped_sentences"] == ["Le délai de fabrication est de 3 semaines."]
    codes = [a["code"] for a in draft.alerts]
    assert "memory" in codes and "sentences_dropped" in codes
    # The citations point to today's passages, which the draft lists as its sources.
    assert draft.sources and all(s["fiche_id"] == "F90001" for s in draft.sources)


def test_another_question_does_not_reuse_it(mairie, approved):
    message = make_message(mairie, title="Chômage", body="Bonjour, comment m'inscrire comme demandeur d'emploi ?")
    draft = draft_message(message=message)
    assert draft.kind != DraftKind.MEMORY and "memory_reuse" not in draft.checks


def test_regenerate_gives_a_draft_of_its_own(mairie, agent, approved):
    message = make_message(
        mairie, title="Passeport", body="Bonjour, quel est le prix du timbre fiscal pour le passeport d'un adulte ?"
    )
    assert draft_message(message=message).kind == DraftKind.MEMORY
    message_assign(message=message, actor=agent)
    again = regenerate(message=message, actor=agent)
    assert again.kind != DraftKind.MEMORY


def test_the_message_page_says_where_the_draft_came_from(client, mairie, agent, approved):
    message = make_message(
        mairie, title="Passeport", body="Bonjour, quel est le prix du timbre fiscal pour le passeport d'un adulte ?"
    )
    draft_message(message=message)
    client.force_login(agent)
    page = client.get(f"/messages/{message.pk}/").content.decode()
    assert "reprend la réponse validée" in page and f"n° {approved.message_id}" in page
    assert "Dupont" not in page
