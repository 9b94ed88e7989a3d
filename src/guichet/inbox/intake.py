"""Intake: a citizen message arrives (API, import, form) and goes, in this order, through pseudonymisation,
triage and the queueing of its draft. One straight line, no reliance on signal receivers."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from guichet.accounts.models import Administration
from guichet.inbox.audit import audit_log
from guichet.inbox.drafts import triage_and_record
from guichet.inbox.models import Message
from guichet.inbox.personal_data import message_pseudonymise
from guichet.inbox.tasks import enqueue_intake_draft
from guichet.inbox.workflow import message_received
from guichet.text import clean_text, is_blank


@transaction.atomic
def message_receive(
    *,
    administration: Administration,
    body: str,
    title: str = "",
    channel: str = "form",
    external_id: str | None = None,
    actor=None,
    actor_label: str | None = None,
    **fields: Any,
) -> Message:
    """Store a new citizen message, then run intake in order: pseudonymise, triage (RECEIVED → TRIAGED), and queue
    the drafting task once the transaction commits (distress first).

    Control characters (NUL, escapes, bidirectional overrides) are removed from the title and text; a text with
    nothing visible is refused (ValidationError): it could never be drafted or answered."""
    body, title = clean_text(body or ""), clean_text(title or "")
    if is_blank(body):
        raise ValidationError({"body": "Le message est vide."})
    message = Message(
        administration=administration,
        body=body,
        title=title,
        channel=channel,
        external_id=external_id or "",
        received_at=fields.pop("received_at", None) or timezone.now(),
        **fields,
    )
    message.full_clean(exclude=["pseudonymised_title", "pseudonymised_body", "status"])
    message.save()
    audit_log(
        action="message.received",
        obj=message,
        actor=actor,
        actor_label=actor_label,
        details={"channel": channel, "external_id": external_id or ""},
    )
    message_pseudonymise(message=message)
    if message.pseudonymised_body.strip():
        triage_and_record(message)
        message.refresh_from_db()
    enqueue_intake_draft(message)
    message_received.send(sender=Message, message=message)
    return message
