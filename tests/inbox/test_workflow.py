import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from guichet.accounts.enums import Role
from guichet.audit.models import AuditEvent
from guichet.inbox.enums import DraftKind, Status
from guichet.inbox.models import Message, Reply
from guichet.inbox.workflow import (
    TRANSITIONS,
    TransitionError,
    draft_add,
    message_assign,
    message_close,
    message_escalate,
    message_redirect,
    message_transition,
    message_triage_record,
    reply_approve_and_send,
)
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db


@pytest.fixture
def caf():
    return AdministrationFactory(name="CAF test", slug="caf-test")


@pytest.fixture
def other():
    return AdministrationFactory(name="Préfecture test", slug="prefecture-test")


def _actions(message: Message) -> list[str]:
    return list(AuditEvent.objects.for_message(message).values_list("action", flat=True))


def test_receive_pseudonymises_triages_and_is_audited(caf):
    message = make_message(caf)
    assert message.status == Status.TRIAGED and message.triage_labels == ["routine"]
    assert message.pseudonymised_at is not None
    assert _actions(message) == ["message.received", "message.pseudonymised", "message.triaged", "message.transition"]


def test_full_path_to_sent_with_agent_approval(caf):
    agent = member(caf)
    message = make_message(caf)
    draft = draft_add(message=message, text="Bonjour, voici la réponse [1].", kind=DraftKind.GENERATED)
    message_assign(message=message, actor=agent)
    message.refresh_from_db()
    assert message.status == Status.IN_REVIEW
    reply = reply_approve_and_send(message=message, actor=agent, text="Bonjour, voici la réponse.", draft=draft)
    message.refresh_from_db()
    assert message.status == Status.SENT
    assert reply.approved_by == agent and reply.sent_at >= reply.approved_at
    assert reply.ai_assisted
    actions = _actions(message)
    assert "reply.approved" in actions
    transitions = AuditEvent.objects.for_message(message).filter(action="message.transition")
    assert transitions.last().details["to"] == Status.SENT


def test_background_process_cannot_send(caf):
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        reply_approve_and_send(message=message, actor=None, text="Réponse automatique")
    with pytest.raises(PermissionDenied):
        message_transition(message=message, to=Status.SENT)
    assert not Reply.objects.exists()


def test_transition_to_sent_refused_even_for_agents(caf):
    agent = member(caf)
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        message_transition(message=message, to=Status.SENT, actor=agent)


def test_agent_of_another_administration_cannot_approve(caf, other):
    outsider = member(other)
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        reply_approve_and_send(message=message, actor=outsider, text="Bonjour")
    assert not Reply.objects.exists()


def test_admin_role_alone_cannot_approve(caf):
    admin = member(caf, role=Role.ADMIN)
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        reply_approve_and_send(message=message, actor=admin, text="Bonjour")


def test_supervisor_can_approve(caf):
    supervisor = member(caf, role=Role.SUPERVISOR)
    message = make_message(caf)
    reply_approve_and_send(message=message, actor=supervisor, text="Bonjour")
    assert Reply.objects.get().approved_by == supervisor


def test_inactive_user_cannot_approve(caf):
    agent = member(caf)
    agent.is_active = False
    agent.save()
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        reply_approve_and_send(message=message, actor=agent, text="Bonjour")


def test_distress_needs_urgency_confirmation(caf):
    agent = member(caf)
    message = make_message(caf)
    message_triage_record(message=message, labels=["distress"], priority=3)
    with pytest.raises(ValidationError):
        reply_approve_and_send(message=message, actor=agent, text="Bonjour")
    reply = reply_approve_and_send(message=message, actor=agent, text="Bonjour", urgency_handled=True)
    assert reply.urgency_handled


def test_cannot_send_twice_or_after_close(caf):
    agent = member(caf)
    message = make_message(caf)
    reply_approve_and_send(message=message, actor=agent, text="Bonjour")
    with pytest.raises(TransitionError):
        reply_approve_and_send(message=message, actor=agent, text="Encore")
    second = make_message(caf, title="Autre")
    message_close(message=second, actor=agent)
    with pytest.raises(TransitionError):
        reply_approve_and_send(message=second, actor=agent, text="Bonjour")


def test_empty_reply_refused(caf):
    agent = member(caf)
    message = make_message(caf)
    with pytest.raises(ValidationError):
        reply_approve_and_send(message=message, actor=agent, text="   ")


def test_draft_of_another_message_refused(caf):
    agent = member(caf)
    first, second = make_message(caf), make_message(caf, title="Autre")
    draft = draft_add(message=first, text="Brouillon")
    with pytest.raises(PermissionDenied):
        reply_approve_and_send(message=second, actor=agent, text="Bonjour", draft=draft)


def test_every_transition_is_audited(caf, other):
    agent = member(caf)
    message = make_message(caf)
    before = AuditEvent.objects.filter(action="message.transition").count()
    message_escalate(message=message, actor=agent, note="cas complexe")
    message_redirect(message=message, actor=agent, to_administration=other, note="relève de la préfecture")
    message_close(message=message, actor=agent)
    events = list(AuditEvent.objects.filter(action="message.transition").order_by("id"))[before:]
    assert events[-3].details["to"] == Status.ESCALATED
    assert events[-2].details["redirected_to"] == other.name
    assert [(e.details["from"], e.details["to"]) for e in events][-2:] == [
        (Status.ESCALATED, Status.REDIRECTED),
        (Status.REDIRECTED, Status.CLOSED),
    ]
    message.refresh_from_db()
    assert message.redirected_to == other and message.closed_at is not None


def test_disallowed_transition_refused(caf):
    agent = member(caf)
    message = make_message(caf)
    message_close(message=message, actor=agent)
    with pytest.raises(TransitionError):
        message_transition(message=message, to=Status.IN_REVIEW, actor=agent)


def test_system_limited_to_automatic_transitions(caf):
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        message_transition(message=message, to=Status.CLOSED)
    with pytest.raises(PermissionDenied):
        message_transition(message=message, to=Status.REDIRECTED)


def test_transition_table_closed_and_sent_are_terminal():
    assert TRANSITIONS[Status.CLOSED] == frozenset()
    assert TRANSITIONS[Status.SENT] == frozenset({Status.CLOSED})
    assert all(Status.SENT not in targets for state, targets in TRANSITIONS.items() if state in {"redirected"})


def test_draft_versions_increment(caf):
    message = make_message(caf)
    assert draft_add(message=message, text="v1").version == 1
    assert draft_add(message=message, text="v2").version == 2
    assert message.latest_draft.text == "v2"


def test_outsider_cannot_add_draft_or_assign(caf, other):
    outsider = member(other)
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        draft_add(message=message, text="intrus", actor=outsider)
    with pytest.raises(PermissionDenied):
        message_assign(message=message, actor=outsider)
