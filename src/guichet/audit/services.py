"""Writing to the journal: `audit_log`, called in the same transaction as the change it describes."""

from typing import Any

from django.db import models

from guichet.audit.models import AuditEvent

SYSTEM = "système"


def _pk(value: models.Model | int | None) -> int | None:
    return getattr(value, "pk", value)


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
    if administration is None:
        administration = getattr(message, "administration_id", None)
    label = actor_label or (actor.get_username() if actor is not None else SYSTEM)
    return AuditEvent.objects.create(
        actor=actor,
        actor_label=label[:100],
        action=action,
        administration_id=_pk(administration),
        message_id=_pk(message),
        object_type=obj._meta.model_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        details=details or {},
    )
