"""Front offices forward the citizen's satisfaction with a reply they received (1 to 5)."""

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from guichet.api.schemas import ERRORS, DbId, ErrorOut
from guichet.inbox.models import Reply
from guichet.insights.services import satisfaction_record

router = Router(tags=["satisfaction"])


class SatisfactionIn(Schema):
    score: int = Field(
        ..., ge=1, le=5, description="Note de l'usager, de 1 (pas du tout satisfait) à 5 (très satisfait)"
    )


class SatisfactionOut(Schema):
    message_id: int
    score: int
    satisfied: bool


@router.post(
    "/messages/{message_id}/satisfaction",
    response={200: SatisfactionOut, 201: SatisfactionOut, 404: ErrorOut, 409: ErrorOut, **ERRORS},
    summary="Transmettre la satisfaction de l'usager sur la réponse reçue",
)
def satisfaction_submit(request: HttpRequest, message_id: DbId, payload: SatisfactionIn):
    """201 for a first answer, 200 when it replaces an earlier one; 409 if no reply was sent yet."""
    reply = (
        Reply.objects.select_related("message")
        .filter(message__administration=request.auth.administration, message_id=message_id)
        .first()
    )
    if reply is None:
        return Status(404, ErrorOut(detail="Aucune réponse envoyée pour ce message."))
    try:
        answer, created = satisfaction_record(reply=reply, score=payload.score, source=f"api:{request.auth.name}")
    except ValidationError as exc:
        return Status(409, ErrorOut(detail=" ".join(exc.messages)))
    return Status(
        201 if created else 200, SatisfactionOut(message_id=message_id, score=answer.score, satisfied=answer.satisfied)
    )
