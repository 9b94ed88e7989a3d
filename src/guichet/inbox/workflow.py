"""The only way to change a message's status, and the only way to send a reply.

States and allowed transitions are listed in `TRANSITIONS`. A background process (actor `None`) may only move a
message along the automatic part of the path (triage, drafting); everything else needs a member of the
message's administration. `SENT` is reachable only through `reply_approve_and_send`, which records a human
approval: no code path lets the model or a task send.
"""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from guichet.accounts.models import Administration, Membership
from guichet.audit.models import AuditEvent
from guichet.inbox.audit import audit_event, audit_log
from guichet.inbox.enums import DraftKind, DraftTrigger, Priority, Status
from guichet.inbox.guards import workflow_scope
from guichet.inbox.models import OPEN_STATUSES, Draft, Message, Reply, check_approver
from guichet.inbox.personal_data import message_mapping
from guichet.privacy.pseudonymise import pseudonymise_known

OPEN_STATES = frozenset(OPEN_STATUSES)  # defined beside the model: the inbox's index is over them

# States where the citizen's request has been dealt with; personal data is purged some time after.
FINISHED_STATES = frozenset({Status.SENT, Status.REDIRECTED, Status.CLOSED})

TRANSITIONS: dict[str, frozenset[str]] = {
    Status.RECEIVED: frozenset(
        {
            Status.TRIAGED,
            Status.DRAFTING,
            Status.IN_REVIEW,
            Status.REDIRECTED,
            Status.ESCALATED,
            Status.CLOSED,
            Status.SENT,
        }
    ),
    Status.TRIAGED: frozenset(
        {
            Status.DRAFTING,
            Status.DRAFT_READY,
            Status.IN_REVIEW,
            Status.REDIRECTED,
            Status.ESCALATED,
            Status.CLOSED,
            Status.SENT,
        }
    ),
    Status.DRAFTING: frozenset(
        {
            Status.DRAFT_READY,
            Status.TRIAGED,
            Status.IN_REVIEW,
            Status.REDIRECTED,
            Status.ESCALATED,
            Status.CLOSED,
            Status.SENT,
        }
    ),
    Status.DRAFT_READY: frozenset(
        {Status.DRAFTING, Status.IN_REVIEW, Status.REDIRECTED, Status.ESCALATED, Status.CLOSED, Status.SENT}
    ),
    Status.IN_REVIEW: frozenset(
        {Status.DRAFTING, Status.DRAFT_READY, Status.REDIRECTED, Status.ESCALATED, Status.CLOSED, Status.SENT}
    ),
    Status.ESCALATED: frozenset(
        {Status.IN_REVIEW, Status.DRAFTING, Status.DRAFT_READY, Status.REDIRECTED, Status.CLOSED, Status.SENT}
    ),
    Status.REDIRECTED: frozenset({Status.CLOSED}),
    Status.SENT: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}

# What a background process (no human actor) may do.
SYSTEM_TRANSITIONS: frozenset[tuple[str, str]] = frozenset(
    {
        (Status.RECEIVED, Status.TRIAGED),
        (Status.RECEIVED, Status.DRAFTING),
        (Status.TRIAGED, Status.DRAFTING),
        (Status.DRAFT_READY, Status.DRAFTING),
        (Status.DRAFTING, Status.DRAFT_READY),
        (Status.DRAFTING, Status.TRIAGED),
        (Status.IN_REVIEW, Status.DRAFT_READY),
        (Status.ESCALATED, Status.DRAFT_READY),
    }
)

# Sent at the end of intake (`guichet.inbox.intake.message_receive`), inside its transaction, once the message is
# pseudonymised and triaged: for extensions (notifications…); intake itself does not rely on receivers.
message_received = Signal()
# Sent after a reply is approved and sent (notifications to the front office).
reply_sent = Signal()


class TransitionError(ValidationError):
    pass


def redact(*, message: Message, text: str) -> str:
    """An agent's free text with the message's personal data (and any new one) replaced by placeholders.

    Used for what outlives the message's retention or leaves the agent's screen: the exported reply, and notes
    written into the append-only audit log.
    """
    if not text:
        return text
    return pseudonymise_known(text, message_mapping(message))


def _check_member(*, user, administration: Administration) -> None:
    if user is None or not user.is_active:
        raise PermissionDenied("This action needs an identified agent.")
    if not Membership.objects.active().filter(user=user, administration=administration).exists():
        raise PermissionDenied("You are not a member of this message's administration.")


def _move(*, message: Message, to: str, actor, actor_label: str | None, details: dict[str, Any] | None) -> Message:
    frm = message.status
    if to not in TRANSITIONS.get(frm, frozenset()):
        raise TransitionError(f"Transition {frm} → {to} is not allowed.")
    with workflow_scope():
        message.status = to
        if to in FINISHED_STATES:
            message.closed_at = timezone.now()  # handling is over: the retention period starts here
        message.save()
    audit_log(
        action="message.transition",
        obj=message,
        actor=actor,
        actor_label=actor_label,
        details={"from": frm, "to": to, **(details or {})},
    )
    return message


def messages_create(messages: list[Message]) -> list[Message]:
    """Bulk intake (an import): store new messages in one write. Those already triaged (triage labels set, as
    `message_triage_record` sets them) are stored TRIAGED: the system move RECEIVED → TRIAGED, whose
    `message.transition` event the caller records with `intake_transition_event` (all events in one write)."""
    for message in messages:
        if message.pk is not None or message.status != Status.RECEIVED:
            raise TransitionError("Only new, received messages are created in bulk.")
    with workflow_scope():
        for message in messages:
            if message.triage_labels:
                message.status = Status.TRIAGED
        Message.objects.bulk_create(messages)
    for message in messages:
        message._saved_status = message.status
    return messages


def intake_transition_event(message: Message) -> AuditEvent | None:
    """The event `_move` records for a message that `messages_create` stored TRIAGED (None when it is not)."""
    if message.status != Status.TRIAGED:
        return None
    return audit_event(
        action="message.transition", obj=message, details={"from": Status.RECEIVED, "to": Status.TRIAGED}
    )


@transaction.atomic
def message_transition(
    *, message: Message, to: str, actor=None, actor_label: str | None = None, details: dict[str, Any] | None = None
) -> Message:
    """Move a message to another state (never to SENT: see `reply_approve_and_send`)."""
    message = Message.objects.select_for_update().get(pk=message.pk)
    if to == Status.SENT:
        raise PermissionDenied("Only reply_approve_and_send can mark a message as sent.")
    if actor is None:
        if (message.status, to) not in SYSTEM_TRANSITIONS:
            raise PermissionDenied(f"A background process cannot move a message from {message.status} to {to}.")
    else:
        _check_member(user=actor, administration=message.administration)
    return _move(message=message, to=to, actor=actor, actor_label=actor_label, details=details)


@transaction.atomic
def message_triage_record(
    *, message: Message, labels: list[str], priority: int, details: dict[str, Any] | None = None
) -> Message:
    """Store the triage result and move a new message to TRIAGED (done by a background step)."""
    message = Message.objects.select_for_update().get(pk=message.pk)
    message.triage_labels = list(labels)
    message.priority = priority if priority is not None else Priority.NORMAL
    message.triage_details = details or {}
    message.save(update_fields=["triage_labels", "priority", "triage_details", "updated_at"])
    audit_log(action="message.triaged", obj=message, details={"labels": list(labels), "priority": priority})
    if message.status == Status.RECEIVED:
        _move(message=message, to=Status.TRIAGED, actor=None, actor_label=None, details=None)
    return message


@transaction.atomic
def message_assign(*, message: Message, actor, assignee=None) -> Message:
    """Take a message (assignee = actor by default) or hand it to a colleague; opening it puts it in review."""
    _check_member(user=actor, administration=message.administration)
    assignee = assignee or actor
    _check_member(user=assignee, administration=message.administration)
    message = Message.objects.select_for_update().get(pk=message.pk)
    message.assignee = assignee
    message.save(update_fields=["assignee", "updated_at"])
    audit_log(action="message.assigned", obj=message, actor=actor, details={"assignee": assignee.get_username()})
    if message.status in {Status.RECEIVED, Status.TRIAGED, Status.DRAFT_READY}:
        _move(message=message, to=Status.IN_REVIEW, actor=actor, actor_label=None, details=None)
    return message


@transaction.atomic
def draft_add(
    *,
    message: Message,
    text: str,
    kind: str = DraftKind.GENERATED,
    trigger: str = DraftTrigger.INTAKE,
    actor=None,
    actor_label: str | None = None,
    **fields: Any,
) -> Draft:
    """Store a new draft version (model output, extractive fallback, or the agent's own text).

    A message whose handling is over (sent, redirected, closed) takes no new draft: a replayed or concurrent
    request, or a late drafting task, is refused here, after the row lock, whatever its caller."""
    if actor is not None:
        _check_member(user=actor, administration=message.administration)
    current = Message.objects.select_for_update().filter(pk=message.pk).values_list("status", flat=True).first()
    if current in FINISHED_STATES:
        raise TransitionError(
            f"Le message est déjà traité (statut : {Status(current).label}) : pas de nouveau brouillon."
        )
    last = message.drafts.order_by("-version").values_list("version", flat=True).first() or 0
    draft = Draft.objects.create(
        message=message, version=last + 1, text=text, kind=kind, trigger=trigger, triggered_by=actor, **fields
    )
    audit_log(
        action="draft.created",
        obj=draft,
        actor=actor,
        actor_label=actor_label,
        message=message,
        details={"version": draft.version, "kind": kind, "trigger": trigger},
    )
    return draft


@transaction.atomic
def reply_approve_and_send(
    *,
    message: Message,
    actor,
    text: str,
    draft: Draft | None = None,
    urgency_handled: bool = False,
    pseudonymised_text: str = "",
) -> Reply:
    """An agent approves the final text and sends it. The only path to a Reply and to SENT."""
    message = Message.objects.select_for_update().get(pk=message.pk)
    check_approver(user=actor, administration=message.administration)
    if message.status not in OPEN_STATES:
        raise TransitionError(f"A message in state {message.status} cannot be answered.")
    if not text.strip():
        raise ValidationError("La réponse est vide.")
    if message.is_distress and not urgency_handled:
        raise ValidationError("Message en détresse : confirmez d'abord que l'urgence a été prise en charge.")
    if not pseudonymised_text:
        pseudonymised_text = redact(message=message, text=text)
    now = timezone.now()
    with workflow_scope():
        reply = Reply(
            message=message,
            draft=draft,
            text=text,
            pseudonymised_text=pseudonymised_text,
            approved_by=actor,
            approved_at=now,
            sent_at=now,
            urgency_handled=urgency_handled,
            ai_assisted=draft is not None and draft.kind != DraftKind.AGENT,
        )
        reply.save()
    audit_log(
        action="reply.approved",
        obj=reply,
        actor=actor,
        message=message,
        details={"draft_version": draft.version if draft else None, "urgency_handled": urgency_handled},
    )
    _move(message=message, to=Status.SENT, actor=actor, actor_label=None, details={"reply": reply.pk})
    transaction.on_commit(lambda: reply_sent.send(sender=Reply, reply=reply))
    return reply


@transaction.atomic
def message_redirect(*, message: Message, actor, to_administration: Administration | None, note: str = "") -> Message:
    """The message belongs to another administration: record where it was sent and stop here.

    Closing a request without a reply is an answer to the citizen: only an agent or supervisor of the message's
    administration may do it (not the "admin" role), and where the citizen was sent is required (an
    administration, or a note saying where)."""
    check_approver(user=actor, administration=message.administration)
    if to_administration is None and not note.strip():
        raise ValidationError("Indiquez où l'usager a été orienté (administration compétente ou note).")
    message = Message.objects.select_for_update().get(pk=message.pk)
    message.redirected_to = to_administration
    message.save(update_fields=["redirected_to", "updated_at"])
    return _move(
        message=message,
        to=Status.REDIRECTED,
        actor=actor,
        actor_label=None,
        details={
            "redirected_to": to_administration.name if to_administration else "",
            "note": redact(message=message, text=note),
        },
    )


@transaction.atomic
def message_escalate(*, message: Message, actor, note: str = "") -> Message:
    _check_member(user=actor, administration=message.administration)
    message = Message.objects.select_for_update().get(pk=message.pk)
    details = {"note": redact(message=message, text=note)}
    return _move(message=message, to=Status.ESCALATED, actor=actor, actor_label=None, details=details)


@transaction.atomic
def message_close(*, message: Message, actor, note: str = "") -> Message:
    _check_member(user=actor, administration=message.administration)
    message = Message.objects.select_for_update().get(pk=message.pk)
    details = {"note": redact(message=message, text=note)}
    return _move(message=message, to=Status.CLOSED, actor=actor, actor_label=None, details=details)
