"""The inbox's entry to the audit journal: an event on a message is filed under that message."""

from typing import Any

from django.db import models

from guichet.audit.services import SYSTEM
from guichet.audit.services import audit_event as journal_event
from guichet.audit.services import audit_log as journal_log
from guichet.inbox.models import Message

__all__ = ["SYSTEM", "audit_event", "audit_log"]


def _filed_under(obj: models.Model | None, message: Message | None) -> Message | None:
    """The message an event is filed under: the one given, or `obj` itself when it is a message."""
    return obj if message is None and isinstance(obj, Message) else message


def audit_log(
    *,
    action: str,
    obj: models.Model | None = None,
    actor=None,
    actor_label: str | None = None,
    message: Message | None = None,
    administration=None,
    details: dict[str, Any] | None = None,
):
    """Record one event (see `guichet.audit.services.audit_log`); `obj` is the message when it is one."""
    message = _filed_under(obj, message)
    return journal_log(
        action=action,
        obj=obj,
        actor=actor,
        actor_label=actor_label,
        message=message,
        administration=administration,
        details=details,
    )


def audit_event(
    *,
    action: str,
    obj: models.Model | None = None,
    actor=None,
    actor_label: str | None = None,
    message: Message | None = None,
    details: dict[str, Any] | None = None,
):
    """The event `audit_log` would record, not saved (for one bulk write: `guichet.audit.services.audit_log_many`)."""
    message = _filed_under(obj, message)
    return journal_event(
        action=action, obj=obj, actor=actor, actor_label=actor_label, message=message, details=details
    )
