from datetime import datetime
from typing import Annotated

from ninja import Field, Path, Schema

# A database id in a URL: a positive 64-bit integer (a larger one cannot exist and would overflow the driver).
DbId = Annotated[int, Path(..., ge=1, le=2**63 - 1, description="Identifiant Guichet")]


# An identifier or a name a front office sends: no control character. A NUL byte cannot be stored in PostgreSQL, and
# an escape sequence would make what an agent reads differ from what is stored; unlike the citizen's text, whose
# control characters are removed (`guichet.text.cleaning`), an identifier is refused (422), not altered.
NO_CONTROL = r"^[^\x00-\x1f\x7f-\x9f]*$"


class MessageIn(Schema):
    title: str = Field("", max_length=500, description="Titre donné par l'usager")
    message: str = Field(..., min_length=1, max_length=20000, description="Texte du message")
    external_id: str = Field(
        "", max_length=100, pattern=NO_CONTROL, description="Identifiant côté plateforme (id_experience)"
    )
    office: str = Field("", max_length=200, pattern=NO_CONTROL, description="Structure locale (intitule_structure_1)")


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


class FieldError(Schema):
    loc: list[str | int] = Field(..., description="Où : la partie de la requête puis le champ")
    msg: str
    type: str


class ErrorOut(Schema):
    """Every error of the API: a sentence in French, and for invalid data the fields at fault."""

    detail: str
    errors: list[FieldError] = Field(default_factory=list, description="Champs invalides (réponses 422)")


# What any operation may answer besides its own codes: a request that cannot be read (400), a missing or unknown
# key (401), a body over the limit (413), parameters or a body that do not match this schema (422).
ERRORS: dict[int, type[Schema]] = {400: ErrorOut, 401: ErrorOut, 413: ErrorOut, 422: ErrorOut}
