"""A stored message's personal data: pseudonymise it at intake, decrypt its mapping for display, purge it.

The inbox side of privacy: the engine (`guichet.privacy.pseudonymise`) and the encryption of the mapping
(`guichet.privacy.crypto`) are pure and live in the privacy app; what reads and writes `Message`, `Draft`,
`Reply` and `Feedback` lives here. Every write runs in a transaction with its audit event. Only non-status fields
of `Message` are saved here.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from guichet.accounts.models import Administration
from guichet.inbox.audit import audit_log
from guichet.inbox.models import Draft, Feedback, Message, Reply
from guichet.privacy.crypto import decrypt_mapping, encrypt_mapping
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.text import PLACEHOLDER

# What replaces the citizen's original title and text once the retention period is over.
PURGED_MARKER = "[supprimé après la durée de conservation]"
PURGE_ACTOR = "purge"
_TITLE_MAX = Message._meta.get_field("pseudonymised_title").max_length


@dataclass
class PseudonymisedFields:
    """What pseudonymising a message's title and body stores (the mapping still in clear: encrypt it to store)."""

    title: str
    body: str
    mapping: dict[str, str]
    entities: list[dict]
    counts: dict[str, int]  # placeholders per type, for the audit event


def pseudonymisation_of(
    *, title: str, body: str, citizen_name: str = "", citizen_email: str = ""
) -> PseudonymisedFields:
    """Pseudonymise a message's title and body (pure: no database). The intake and the bulk import both use it,
    so the same message is stored the same way by either path.

    The sender's name and e-mail, when the form or the import gave them, are masked wherever they appear.
    """
    seed = {}
    if citizen_name.strip():
        seed["[PERSONNE_1]"] = citizen_name.strip()
    if citizen_email.strip():
        seed["[EMAIL_1]"] = citizen_email.strip()
    title_result, body_result = pseudonymise_message(title=title, body=body, mapping=seed)
    mapping = body_result.mapping | title_result.mapping
    return PseudonymisedFields(
        title=title_result.text[:_TITLE_MAX],
        body=body_result.text,
        mapping=mapping,
        entities=[
            {"field": name, "type": e.type, "placeholder": e.placeholder, "start": e.start, "end": e.end}
            for name, result in (("title", title_result), ("body", body_result))
            for e in result.entities
        ],
        counts=dict(sorted(Counter(placeholder_type(placeholder) for placeholder in mapping).items())),
    )


def apply_pseudonymisation(message: Message, fields: PseudonymisedFields) -> None:
    """Set the pseudonymised fields of `message` (not saved): text, encrypted mapping, entities, time."""
    message.pseudonymised_title = fields.title
    message.pseudonymised_body = fields.body
    message.pii_mapping = encrypt_mapping(fields.mapping)
    message.pii_entities = fields.entities
    message.pseudonymised_at = timezone.now()


@transaction.atomic
def message_pseudonymise(*, message: Message) -> Message:
    """Pseudonymise a message's title and body and store the encrypted mapping (run at intake).

    Once purged, a message keeps the pseudonymised text it had.
    """
    if message.pii_purged_at is not None:
        return message
    fields = pseudonymisation_of(
        title=message.title, body=message.body, citizen_name=message.citizen_name, citizen_email=message.citizen_email
    )
    apply_pseudonymisation(message, fields)
    message.save(
        update_fields=[
            "pseudonymised_title",
            "pseudonymised_body",
            "pii_mapping",
            "pii_entities",
            "pseudonymised_at",
            "updated_at",
        ]
    )
    audit_log(action="message.pseudonymised", obj=message, details={"entities": fields.counts})
    return message


def message_placeholders(message: Message) -> list[str]:
    """The placeholders of the message's pseudonymised title and body, sorted."""
    return sorted(
        {m.group() for m in PLACEHOLDER.finditer(f"{message.pseudonymised_title}\n{message.pseudonymised_body}")}
    )


def message_mapping(message: Message) -> dict[str, str]:
    """The decrypted mapping (placeholder → original value); empty once purged."""
    return decrypt_mapping(message.pii_mapping)


@transaction.atomic
def message_add_guarded(*, message: Message, added: dict[str, str]) -> int:
    """Add what the privacy guard masked before a model call (placeholder → value) to the message's mapping.

    The guard allocates its placeholders against the mapping, so none collides; the title and body are pseudonymised
    again with the new values (a value intake missed stops reaching later prompts and exports). Returns how many were
    added; audited with their types, never their values.
    """
    message = Message.objects.select_for_update().get(pk=message.pk)
    if message.pii_purged_at is not None:
        return 0
    mapping = message_mapping(message)
    new = {placeholder: value for placeholder, value in added.items() if placeholder not in mapping}
    if not new:
        return 0
    title, body = pseudonymise_message(title=message.title, body=message.body, mapping=mapping | new)
    fields = PseudonymisedFields(
        title=title.text[:_TITLE_MAX],
        body=body.text,
        mapping=mapping | new | body.mapping | title.mapping,
        entities=[
            {"field": name, "type": e.type, "placeholder": e.placeholder, "start": e.start, "end": e.end}
            for name, result in (("title", title), ("body", body))
            for e in result.entities
        ],
        counts=dict(sorted(Counter(placeholder_type(placeholder) for placeholder in new).items())),
    )
    apply_pseudonymisation(message, fields)
    message.save(
        update_fields=["pseudonymised_title", "pseudonymised_body", "pii_mapping", "pii_entities", "pseudonymised_at"]
    )
    audit_log(action="message.pii_guard_added", obj=message, details={"entities": fields.counts})
    return len(new)


def message_display(message: Message) -> tuple[str, str]:
    """Title and body as the agent sees them: the originals, or the pseudonymised text once purged."""
    if message.pii_purged_at is not None:
        return message.pseudonymised_title, message.pseudonymised_body
    return message.title, message.body


@dataclass
class PurgeReport:
    dry_run: bool
    now: datetime
    message_ids: list[int] = field(default_factory=list)
    by_administration: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.message_ids)


def retention_days(administration: Administration) -> int:
    """The administration's retention period; GUICHET_RETENTION_DAYS when it has none (0)."""
    return administration.retention_days or settings.GUICHET_RETENTION_DAYS


def expired_messages(*, administration: Administration, now: datetime):
    """Finished messages (sent, redirected or closed) of `administration` past retention and not yet purged."""
    cutoff = now - timedelta(days=retention_days(administration))
    return Message.objects.filter(
        administration=administration, closed_at__isnull=False, closed_at__lte=cutoff, pii_purged_at__isnull=True
    ).order_by("closed_at", "pk")


def purge_expired(*, dry_run: bool, now: datetime | None = None) -> PurgeReport:
    """Remove the personal data of closed messages past retention; keep pseudonymised text and metrics."""
    now = now or timezone.now()
    report = PurgeReport(dry_run=dry_run, now=now)
    for administration in Administration.objects.order_by("name"):
        ids = list(expired_messages(administration=administration, now=now).values_list("pk", flat=True))
        if not ids:
            continue
        if not dry_run:
            for pk in ids:
                message_purge(message=Message.objects.get(pk=pk), now=now)
        report.message_ids += ids
        report.by_administration[administration.name] = len(ids)
    return report


@transaction.atomic
def message_purge(*, message: Message, now: datetime | None = None) -> Message:
    """Blank one message's original text, citizen contact and mapping, and record it in the audit log."""
    now = now or timezone.now()
    message = Message.objects.select_for_update().get(pk=message.pk)
    if message.pii_purged_at is not None:
        return message
    message.title = PURGED_MARKER
    message.body = PURGED_MARKER
    message.citizen_name = ""
    message.citizen_email = ""
    message.pii_mapping = ""
    message.pii_purged_at = now
    message.save(update_fields=["title", "body", "citizen_name", "citizen_email", "pii_mapping", "pii_purged_at"])
    # What agents wrote to or about this citizen: the sent text (its pseudonymised copy stays), their context
    # and instructions for the model, and feedback comments.
    Reply.objects.filter(message=message).purge_personal_data(PURGED_MARKER)
    Draft.objects.filter(message=message).exclude(agent_context="", instruction="").update(
        agent_context="", instruction=""
    )
    Feedback.objects.filter(message=message).exclude(comment="").update(comment="")
    audit_log(
        action="message.pii_purged",
        obj=message,
        actor_label=PURGE_ACTOR,
        details={
            "retention_days": retention_days(message.administration),
            "closed_at": message.closed_at.isoformat() if message.closed_at else None,
        },
    )
    return message
