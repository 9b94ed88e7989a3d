"""The invariants hold at the model layer too: no way around the workflow through the ORM."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from guichet.audit.models import AuditEvent
from guichet.inbox.enums import Status
from guichet.inbox.models import Message, Reply
from guichet.inbox.workflow import reply_approve_and_send
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db


@pytest.fixture
def caf():
    return AdministrationFactory(name="CAF test", slug="caf-test")


def test_status_change_through_save_is_refused(caf):
    message = make_message(caf)
    message.status = Status.SENT
    with pytest.raises(PermissionDenied):
        message.save()
    message.refresh_from_db()
    assert message.status != Status.SENT


def test_status_change_through_queryset_update_is_refused(caf):
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        Message.objects.filter(pk=message.pk).update(status=Status.SENT)
    with pytest.raises(PermissionDenied):
        message.status = Status.SENT
        Message.objects.bulk_update([message], ["status"])


def test_message_cannot_be_created_already_sent(caf):
    with pytest.raises(PermissionDenied):
        Message.objects.create(administration=caf, body="x", received_at=timezone.now(), status=Status.SENT)


def test_other_fields_can_be_saved(caf):
    message = make_message(caf)
    message.pseudonymised_body = "texte"
    message.save(update_fields=["pseudonymised_body"])
    Message.objects.filter(pk=message.pk).update(priority=2)


def test_reply_cannot_be_created_directly(caf):
    agent = member(caf)
    message = make_message(caf)
    now = timezone.now()
    with pytest.raises(PermissionDenied):
        Reply.objects.create(message=message, text="x", approved_by=agent, approved_at=now, sent_at=now)
    with pytest.raises(PermissionDenied):
        Reply(message=message, text="x", approved_by=agent, approved_at=now).save()
    with pytest.raises(PermissionDenied):
        Reply.objects.bulk_create([Reply(message=message, text="x", approved_by=agent, approved_at=now)])
    assert not Reply.objects.exists()


def test_sent_reply_is_immutable(caf):
    agent = member(caf)
    message = make_message(caf)
    reply = reply_approve_and_send(message=message, actor=agent, text="Bonjour")
    reply.text = "modifié"
    with pytest.raises(PermissionDenied):
        reply.save()
    with pytest.raises(PermissionDenied):
        Reply.objects.filter(pk=reply.pk).update(text="modifié")
    with pytest.raises(PermissionDenied):
        reply.delete()
    assert Reply.objects.get().text == "Bonjour"


def test_audit_log_is_append_only(caf):
    message = make_message(caf)
    event = AuditEvent.objects.for_message(message).first()
    event.action = "falsifié"
    with pytest.raises(PermissionDenied):
        event.save()
    with pytest.raises(PermissionDenied):
        event.delete()
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.filter(pk=event.pk).update(action="falsifié")
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.filter(action="falsifié").count() == 0


def test_reply_personal_text_can_only_be_purged(caf):
    agent = member(caf)
    message = make_message(caf)
    reply = reply_approve_and_send(message=message, actor=agent, text="Bonjour Madame Sow", pseudonymised_text="x")
    assert Reply.objects.filter(pk=reply.pk).purge_personal_data("[supprimé]") == 1
    reply.refresh_from_db()
    assert reply.text == "[supprimé]" and reply.pseudonymised_text == "x" and reply.approved_by == agent
