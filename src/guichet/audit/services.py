"""Writing to the journal: `audit_log`, called in the same transaction as the change it describes."""

from typing import Any

from django.db import models

from guichet.audit.models import AuditEvent

SYSTEM = "système"


def _pk(value: models.Model | int | None) -> int | None:
    return getattr(value, "pk", value)


def audit_event(
    *,
    action: str,
    obj: models.Model | None = None,
    actor=None,
    actor_label: str | None = None,
    message: models.Model | int | None = None,
    administration: models.Model | int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """The event `audit_log` records, not saved yet: for `audit_log_many`."""
    if administration is None:
        administration = getattr(message, "administration_id", None)
    label = actor_label or (actor.get_username() if actor is not None else SYSTEM)
    return AuditEvent(
        actor=actor,
        actor_label=label[:100],
        action=action,
        administration_id=_pk(administration),
        message_id=_pk(message),
        object_type=obj._meta.model_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        details=details or {},
    )


def audit_log(
    *,
    action: str,
    obj: models.Model | None = None,
    actor=None,
    actor_label: str | None = None,
    message: models.Model | int | None = None,
    administration: models.Model | int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one event on `obj` (any model), for a message and an administration (instances or primary keys).

    The administration defaults to the message's (`message.administration_id`).
    """
    event = audit_event(
        action=action,
        obj=obj,
        actor=actor,
        actor_label=actor_label,
        message=message,
        administration=administration,
        details=details,
    )
    event.save(force_insert=True)
    return event


def audit_log_many(events: list[AuditEvent]) -> list[AuditEvent]:
    """Record many events in one write (a bulk import), in the order given (built with `audit_event`)."""
    return AuditEvent.objects.bulk_create(events, batch_size=1000)
