"""Front offices submit citizens' messages and collect the replies agents approved."""

from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpRequest
from ninja import Router, Status

from guichet.accounts.services import office_get_or_create
from guichet.api.schemas import ERRORS, DbId, ErrorOut, MessageIn, MessageOut, ReplyOut, SentReplyOut
from guichet.inbox.enums import Channel
from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message
from guichet.inbox.selectors import message_of, replies_sent_of

router = Router(tags=["messages"])


def _out(message: Message) -> MessageOut:
    reply = getattr(message, "reply", None)  # RelatedObjectDoesNotExist is an AttributeError
    return MessageOut(
        id=message.pk,
        external_id=message.external_id,
        status=message.status,
        priority=message.priority,
        triage_labels=list(message.triage_labels or []),
        received_at=message.received_at,
        reply=ReplyOut(text=reply.text, approved_at=reply.approved_at, sent_at=reply.sent_at) if reply else None,
    )


@router.post(
    "/messages",
    response={200: MessageOut, 201: MessageOut, **ERRORS},
    summary="Déposer un message d'usager",
)
def message_submit(request: HttpRequest, payload: MessageIn):
    """Idempotent on `external_id`: submitting the same id again, even concurrently, returns the stored message
    (200). A text with nothing visible is refused (422); control characters are removed."""
    administration = request.auth.administration
    existing = _existing(administration, payload.external_id)
    if existing is not None:
        return Status(200, _out(existing))
    office = None
    if payload.office:
        office = office_get_or_create(administration=administration, name=payload.office)
    try:
        message = message_receive(
            administration=administration,
            title=payload.title,
            body=payload.message,
            channel=Channel.API,
            external_id=payload.external_id,
            office=office,
            actor_label=f"api:{request.auth.name}",
        )
    except (IntegrityError, ValidationError):
        # The same external id submitted concurrently: the other request stored it first. Idempotent: answer
        # with the stored message. Any other invalid input is a 422 (guichet.api.errors).
        existing = _existing(administration, payload.external_id)
        if existing is None:
            raise
        return Status(200, _out(existing))
    return Status(201, _out(message))


def _existing(administration, external_id: str) -> Message | None:
    return message_of(administration, external_id=external_id)


@router.get("/messages/{message_id}", response={200: MessageOut, 404: ErrorOut, **ERRORS}, summary="État d'un message")
def message_status(request: HttpRequest, message_id: DbId):
    message = message_of(request.auth.administration, pk=message_id)
    if message is None:
        return Status(404, ErrorOut(detail="Message introuvable."))
    return Status(200, _out(message))


@router.get("/replies", response={200: list[SentReplyOut], **ERRORS}, summary="Réponses envoyées (à publier)")
def replies_sent(request: HttpRequest, since: datetime | None = None, limit: int = 100):
    """Replies approved and sent by agents, oldest first; poll with `since` = the last `sent_at` seen."""
    replies = replies_sent_of(request.auth.administration, since=_in_utc(since))[: max(1, min(limit, 500))]
    return [
        SentReplyOut(message_id=r.message_id, external_id=r.message.external_id, text=r.text, sent_at=r.sent_at)
        for r in replies
    ]


def _in_utc(moment: datetime | None) -> datetime | None:
    """`moment` in UTC: ISO 8601 accepts offsets PostgreSQL refuses (beyond ±15:59, found by the API fuzzing); a
    moment beyond year 1 or 9999 once in UTC is the end of time, or its start."""
    if moment is None or moment.tzinfo is None:
        return moment
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return (datetime.max if moment.year > 1 else datetime.min).replace(tzinfo=UTC)
