"""Reads scoped to the acting user: every query for messages, drafts and replies goes through here."""

from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import Http404

from guichet.accounts.models import Administration, Membership
from guichet.audit.models import AuditEvent
from guichet.drafting.triage import TOPICS, administration_profiles
from guichet.inbox.models import CannedResponse, Draft, Feedback, Message, Reply


def administrations_for(user) -> QuerySet[Administration]:
    if not getattr(user, "is_authenticated", False):
        return Administration.objects.none()
    return Administration.objects.filter(memberships__user=user, memberships__is_active=True).distinct()


def messages_for(user, *, administration: Administration | None = None) -> QuerySet[Message]:
    qs = Message.objects.visible_to(user).select_related("administration", "assignee", "office")
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


def membership_of(user, administration: Administration) -> Membership | None:
    """The user's active membership of `administration`, if any."""
    return Membership.objects.active().filter(user=user, administration=administration).first()


def colleagues_of(administration: Administration) -> QuerySet:
    """Active users with an active membership of `administration`, by name."""
    return (
        get_user_model()
        .objects.filter(memberships__administration=administration, memberships__is_active=True, is_active=True)
        .order_by("last_name", "username")
    )


def feedbacks_of(user, *, message: Message) -> QuerySet[Feedback]:
    """The user's feedback on the message, newest first (the message was already read through `message_get_for`)."""
    return Feedback.objects.filter(message=message, author=user).order_by("-created_at")


def feedback_of(user, *, message: Message) -> Feedback | None:
    return feedbacks_of(user, message=message).first()


SUGGESTED_TARGETS = 5
_TOPIC_PROFILES = {topic.key: set(topic.profiles) for topic in TOPICS}


def redirect_targets(message: Message) -> tuple[list[Administration], list[Administration]]:
    """Where `message` can be redirected: first the administrations competent for the subject triage recognised
    (its "competent" topic, matched on their names and aliases as triage matches them), then all the others by
    name. One query, names only (the dialog lists them; with hundreds of administrations it stays one read)."""
    others = list(
        Administration.objects.exclude(pk=message.administration_id).only("pk", "name", "aliases").order_by("name")
    )
    competent = (message.triage_details or {}).get("competent") or {}
    profiles = _TOPIC_PROFILES.get(competent.get("topic") or "", set())
    suggested = [a for a in others if profiles & administration_profiles(a.name, a.aliases or [])] if profiles else []
    suggested = suggested[:SUGGESTED_TARGETS]
    return suggested, [a for a in others if a not in suggested]


def canned_responses_of(administration: Administration, *, active_only: bool = False) -> QuerySet[CannedResponse]:
    qs = CannedResponse.objects.filter(administration=administration)
    return qs.filter(is_active=True) if active_only else qs


# The front offices' API: an API key acts for one administration, not for a user.


def message_of(administration: Administration, *, pk: int | None = None, external_id: str = "") -> Message | None:
    """One message of `administration`, by id or by the front office's external id."""
    if pk is None and not external_id:
        return None
    qs = Message.objects.filter(administration=administration)
    return qs.filter(pk=pk).first() if pk is not None else qs.filter(external_id=external_id).first()


def replies_sent_of(administration: Administration, *, since: datetime | None = None) -> QuerySet[Reply]:
    """Replies sent for `administration`, oldest first (after `since` when given)."""
    replies = Reply.objects.filter(message__administration=administration, sent_at__isnull=False)
    if since is not None:
        replies = replies.filter(sent_at__gt=since)
    return replies.select_related("message").order_by("sent_at", "pk")


def replies_for(user) -> QuerySet[Reply]:
    return Reply.objects.visible_to(user).select_related("message", "approved_by")
