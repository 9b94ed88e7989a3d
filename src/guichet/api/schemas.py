from datetime import datetime
from typing import Annotated

from ninja import Field, Path, Schema

# A database id in a URL: a positive 64-bit integer (a larger one cannot exist and would overflow the driver).
DbId = Annotated[int, Path(..., ge=1, le=2**63 - 1, description="Identifiant Guichet")]


class MessageIn(Schema):
    title: str = Field("", max_length=500, description="Titre donné par l'usager")
    message: str = Field(..., min_length=1, max_length=20000, description="Texte du message")
    external_id: str = Field("", max_length=100, description="Identifiant côté plateforme (id_experience)")
    office: str = Field("", max_length=200, description="Structure locale (intitule_structure_1)")


class ReplyOut(Schema):
    text: str
    approved_at: datetime
    sent_at: datetime | None


class MessageOut(Schema):
    id: int
    external_id: str
    status: str
    priority: int
    triage_labels: list[str]
    received_at: datetime
    reply: ReplyOut | None = None


class SentReplyOut(Schema):
    message_id: int
    external_id: str
    text: str
    sent_at: datetime


class ErrorOut(Schema):
    detail: str
