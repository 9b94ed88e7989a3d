"""The agent marks a personal value that intake missed: one gesture on the message page.

The value (as written in the message, any case) joins the message's mapping under a new placeholder, the title and
body are pseudonymised again with it, and every stored text written from the message is checked again: each draft
version and each logged prompt and model output of the message get the placeholder instead of the value. Audited,
without the value.
"""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from guichet.drafting.models import ModelCall
from guichet.inbox.audit import audit_log
from guichet.inbox.models import Draft, Message
from guichet.inbox.personal_data import message_mapping
from guichet.privacy.analyzer import known_value_spans
from guichet.privacy.crypto import encrypt_mapping
from guichet.privacy.guard import mask_known
from guichet.privacy.pseudonymise import ENTITY_TYPES, next_placeholder, placeholder_type, pseudonymise_message

MAX_LENGTH = 200
_TITLE_MAX = Message._meta.get_field("pseudonymised_title").max_length


@dataclass
class PiiMark:
    placeholder: str
    drafts_changed: int
    calls_changed: int


@transaction.atomic
def message_pii_mark(*, message: Message, value: str, kind: str = "PERSONNE", actor) -> PiiMark:
    """Add `value` (a `kind` of `ENTITY_TYPES`) to the message's personal data and mask it everywhere stored."""
    message = Message.objects.select_for_update().get(pk=message.pk)
    value = value.strip()
    if message.pii_purged_at is not None:
        raise ValidationError("Les données personnelles de ce message ont déjà été supprimées.")
    if kind not in ENTITY_TYPES:
        raise ValidationError("Type de donnée personnelle inconnu.")
    if not value or len(value) > MAX_LENGTH:
        raise ValidationError(f"Indiquez le texte à masquer ({MAX_LENGTH} caractères au plus).")
    original = f"{message.title}\n{message.body}"
    spans = known_value_spans(original, {value: kind})
    if not spans:
        raise ValidationError("Ce texte n'apparaît pas dans le message de l'usager.")
    written = original[spans[0].start : spans[0].end]
    mapping = message_mapping(message)
    placeholder = next((p for p, v in mapping.items() if v == written), None) or next_placeholder(kind, mapping)
    mapping[placeholder] = written
    title, body = pseudonymise_message(title=message.title, body=message.body, mapping=mapping)
    mapping = body.mapping | title.mapping
    message.pseudonymised_title = title.text[:_TITLE_MAX]
    message.pseudonymised_body = body.text
    message.pii_mapping = encrypt_mapping(mapping)
    message.pii_entities = [
        {"field": name, "type": e.type, "placeholder": e.placeholder, "start": e.start, "end": e.end}
        for name, result in (("title", title), ("body", body))
        for e in result.entities
    ]
    message.pseudonymised_at = timezone.now()
    message.save(
        update_fields=["pseudonymised_title", "pseudonymised_body", "pii_mapping", "pii_entities", "pseudonymised_at"]
    )
    marked = {placeholder: written}
    drafts_changed = 0
    for draft in Draft.objects.filter(message=message).order_by("version"):
        text, count = mask_known(draft.text, marked)
        if count:
            draft.text = text
            draft.save(update_fields=["text"])
            drafts_changed += 1
    calls_changed = 0
    for call in ModelCall.objects.for_message(message):
        prompt = []
        count = 0
        for turn in call.prompt:
            content, found = mask_known(str(turn.get("content", "")), marked)
            prompt.append({**turn, "content": content})
            count += found
        output, found = mask_known(call.output, marked)
        if count + found:
            call.prompt, call.output = prompt, output
            call.save(update_fields=["prompt", "output"])
            calls_changed += 1
    audit_log(
        action="message.pii_marked",
        obj=message,
        actor=actor,
        details={
            "type": kind,
            "placeholder": placeholder,
            "drafts_changed": drafts_changed,
            "model_calls_changed": calls_changed,
            "entities": dict(sorted(Counter(placeholder_type(p) for p in mapping).items())),
        },
    )
    return PiiMark(placeholder=placeholder, drafts_changed=drafts_changed, calls_changed=calls_changed)


# What the agent can choose, most frequent first.
MARKABLE_TYPES: list[tuple[str, str]] = [
    (kind, ENTITY_TYPES[kind])
    for kind in ("PERSONNE", "ADRESSE", "DATE", "DATE_NAISSANCE", "TELEPHONE", "EMAIL", "REFERENCE")
] + [
    (kind, label)
    for kind, label in ENTITY_TYPES.items()
    if kind not in {"PERSONNE", "ADRESSE", "DATE", "DATE_NAISSANCE", "TELEPHONE", "EMAIL", "REFERENCE"}
]
