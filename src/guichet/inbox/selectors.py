"""Reads scoped to the acting user: every query for messages, drafts and replies goes through here."""

from django.db.models import QuerySet
from django.http import Http404

from guichet.accounts.models import Administration
from guichet.audit.models import AuditEvent
from guichet.inbox.models import Draft, Message, Reply


def administrations_for(user) -> QuerySet[Administration]:
    if not getattr(user, "is_authenticated", False):
        return Administration.objects.none()
    return Administration.objects.filter(memberships__user=user, memberships__is_active=True).distinct()


def messages_for(user, *, administration: Administration | None = None) -> QuerySet[Message]:
    qs = Message.objects.visible_to(user).select_related("administration", "assignee")
    if administration is not None:
        qs = qs.filter(administration=administration)
    return qs


def message_get_for(user, pk: int) -> Message:
    """The message if `user` may see it; 404 otherwise (no hint that it exists)."""
    try:
        return messages_for(user).get(pk=pk)
    except (Message.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("Message introuvable.") from exc


def drafts_for(user, *, message_id: int) -> QuerySet[Draft]:
    return Draft.objects.filter(message__in=Message.objects.visible_to(user), message_id=message_id).order_by(
        "-version"
    )


def events_for(user, *, message_id: int) -> QuerySet[AuditEvent]:
    """The journal of one message the user may see, oldest first."""
    if not Message.objects.visible_to(user).filter(pk=message_id).exists():
        return AuditEvent.objects.none()
    return AuditEvent.objects.for_message(message_id).select_related("actor").order_by("created_at", "id")


def replies_for(user) -> QuerySet[Reply]:
    return Reply.objects.visible_to(user).select_related("message", "approved_by")
