"""Writing to the append-only audit journal."""

from typing import Any

from django.db import models

from guichet.inbox.models import AuditEvent, Message

SYSTEM = "système"


def audit_log(
    *,
    action: str,
    obj: models.Model | None = None,
    actor=None,
    actor_label: str | None = None,
    message: Message | None = None,
    administration=None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one event. Callers run it in the same transaction as the change it describes."""
    if message is None and isinstance(obj, Message):
        message = obj
    if administration is None and message is not None:
        administration = message.administration
    label = actor_label or (actor.get_username() if actor is not None else SYSTEM)
    return AuditEvent.objects.create(
        actor=actor,
        actor_label=label[:100],
        action=action,
        administration=administration,
        message=message,
        object_type=obj._meta.model_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        details=details or {},
    )
