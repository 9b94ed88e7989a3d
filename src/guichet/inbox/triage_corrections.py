"""Agents correct triage: add or remove distress, out of scope, injection or abusive with one click.

A correction changes the message's labels and priority at once (a distress added puts it first in every inbox
and turns on the urgency confirmation before sending), is kept in the triage details (`corrected`) so the
workbench says who changed what, and is audited (`message.triage_corrected`). `guichet triage export` turns
the corrected messages into labelled examples — pseudonymised text only — for the next training.
"""

import hashlib
from collections.abc import Iterator
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from guichet.accounts.models import Membership
from guichet.audit.models import AuditEvent
from guichet.drafting.api import CORRECTABLE_LABELS, EMERGENCY_CONTACTS, TriageLabel, ordered_labels, priority_of
from guichet.inbox.audit import audit_log
from guichet.inbox.models import Message

ACTION = "message.triage_corrected"


@transaction.atomic
def message_triage_correct(*, message: Message, actor, label: str, present: bool) -> Message:
    """Add (`present=True`) or remove one correctable label; a no-op when the label is already so."""
    if label not in CORRECTABLE_LABELS:
        raise ValidationError(f"Étiquette non modifiable : {label}")
    if actor is None or not actor.is_active:
        raise PermissionDenied("Cette action demande un agent identifié.")
    if not Membership.objects.active().filter(user=actor, administration_id=message.administration_id).exists():
        raise PermissionDenied("Vous n'êtes pas membre de l'administration de ce message.")
    message = Message.objects.select_for_update().get(pk=message.pk)
    before = list(message.triage_labels or [])
    if (label in before) == present:
        return message
    labels = ordered_labels([*before, label] if present else [x for x in before if x != label])
    previous_priority = message.priority
    details = dict(message.triage_details or {})
    details["labels"] = labels
    details["priority"] = int(priority_of(labels))
    if present and label == TriageLabel.DISTRESS and not details.get("emergency_contacts"):
        # Someone to call in every distress draft, even when no rule said which situation it is.
        details["emergency_contacts"] = [EMERGENCY_CONTACTS["social"].as_dict()]
    if not present and label == TriageLabel.INJECTION:
        # Not an injection after all: the next draft reads the whole message (still fenced as data).
        details["injection_kinds"], details["injection_sentences"] = [], []
    if not present and label == TriageLabel.OUT_OF_SCOPE:
        details["competent"] = None  # the next draft does not redirect
    details["corrected"] = [
        *details.get("corrected", []),
        {"label": label, "present": present, "by": actor.get_username(), "at": timezone.now().isoformat()},
    ]
    message.triage_labels = labels
    message.priority = details["priority"]
    message.triage_details = details
    message.save(update_fields=["triage_labels", "priority", "triage_details", "updated_at"])
    audit_log(
        action=ACTION,
        obj=message,
        actor=actor,
        details={
            "label": label,
            "present": present,
            "labels_before": before,
            "labels": labels,
            "priority_before": previous_priority,
            "priority": message.priority,
        },
    )
    return message


def _export_id(message: Message) -> str:
    digest = hashlib.sha256(f"{message.pk}:{message.pseudonymised_title}:{message.pseudonymised_body}".encode())
    return f"tri-agent-{digest.hexdigest()[:12]}"


def corrections_export_records() -> Iterator[dict[str, Any]]:
    """One corpus item per corrected message, with its labels as they stand now (pseudonymised text only).

    Messages whose pseudonymised text is gone (purged) or was never computed are skipped: the original text,
    with its personal data, never leaves here."""
    message_ids = (
        AuditEvent.objects.filter(action=ACTION, message_id__isnull=False)
        .order_by("message_id")
        .values_list("message_id", flat=True)
        .distinct()
    )
    ids = list(message_ids)
    for message in Message.objects.filter(pk__in=ids).select_related("administration").order_by("pk"):
        if not (message.pseudonymised_body or "").strip():
            continue
        yield {
            "id": _export_id(message),
            "administration": message.administration.short_name or message.administration.name,
            "title": message.pseudonymised_title,
            "message": message.pseudonymised_body,
            "labels": list(message.triage_labels or ["routine"]),
            "author": "agent",
        }
