"""Saving a draft on, or sending a reply to, a message a colleague has just answered is refused with a message,
not a server error.

Found by the load test (benchmarks/load): two agents on one message, one sends, the other saves.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from guichet.accounts.enums import Role
from guichet.inbox.enums import Status
from guichet.inbox.guards import workflow_scope
from guichet.inbox.models import Draft, Message
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db


def test_saving_a_draft_on_a_closed_message_is_refused_politely(client):
    administration = AdministrationFactory()
    agent = member(administration, Role.AGENT)
    with workflow_scope():
        message = Message.objects.create(
            administration=administration, title="Déjà traité", body="Bonjour.", received_at=timezone.now(),
            status=Status.CLOSED,
        )  # fmt: skip
    client.force_login(agent)
    response = client.post(reverse("draft_save", args=[message.pk]), {"text": "Bonjour, voici…"}, follow=True)
    assert response.status_code == 200
    assert "pas de nouveau brouillon" in response.content.decode()
    assert not Draft.objects.filter(message=message).exists()


def test_sending_a_reply_to_a_closed_message_is_refused_politely(client):
    administration = AdministrationFactory()
    agent = member(administration, Role.AGENT)
    with workflow_scope():
        message = Message.objects.create(
            administration=administration, title="Déjà traité", body="Bonjour.", received_at=timezone.now(),
            status=Status.CLOSED,
        )  # fmt: skip
    client.force_login(agent)
    response = client.post(reverse("reply_send", args=[message.pk]), {"text": "Bonjour, voici…"}, follow=True)
    assert response.status_code == 200
    assert "traité entre-temps" in response.content.decode()
    assert not Draft.objects.filter(message=message).exists()
