"""Writes made from the agent's workbench that are not status changes (those live in `workflow`).

Each service is one keyword-only function that validates, saves and writes its audit event in one transaction.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from guichet.accounts.enums import Role
from guichet.accounts.models import Administration, Membership
from guichet.inbox import workflow
from guichet.inbox.audit import audit_log
from guichet.inbox.enums import DraftKind, DraftTrigger, FeedbackRating, FeedbackReason
from guichet.inbox.models import CannedResponse, Draft, Feedback, Message, Reply
from guichet.inbox.privacy_bridge import mapping_for, pseudonymise_text, restore_text
from guichet.inbox.ui import edit_distance

MANAGER_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


def is_manager(*, user, administration: Administration) -> bool:
    """Supervisors and administrators manage the canned responses of their administration."""
    return (
        Membership.objects.active().filter(user=user, administration=administration, role__in=MANAGER_ROLES).exists()
    )


def _take_if_free(*, message: Message, actor) -> None:
    if message.assignee_id is None:
        workflow.message_assign(message=message, actor=actor)


@transaction.atomic
def draft_save_agent_version(*, message: Message, actor, text: str, based_on: Draft | None = None) -> Draft:
    """Keep the agent's edited text as a new draft version (stored pseudonymised, like every draft)."""
    if based_on is not None and based_on.message_id != message.pk:
        raise PermissionDenied("This draft belongs to another message.")
    _take_if_free(message=message, actor=actor)
    return workflow.draft_add(
        message=message,
        text=pseudonymise_text(text, mapping_for(message)),
        kind=DraftKind.AGENT,
        trigger=DraftTrigger.AGENT,
        actor=actor,
        sources=based_on.sources if based_on is not None else [],
        parameters={"based_on": based_on.version if based_on is not None else None},
    )


@transaction.atomic
def draft_insert_canned(*, message: Message, actor, canned: CannedResponse) -> Draft:
    """Start the reply from a canned response (used when the page cannot insert it at the cursor)."""
    if canned.administration_id != message.administration_id or not canned.is_active:
        raise PermissionDenied("This canned response is not available for this message.")
    _take_if_free(message=message, actor=actor)
    return workflow.draft_add(
        message=message,
        text=pseudonymise_text(canned.body, mapping_for(message)),
        kind=DraftKind.CANNED,
        trigger=DraftTrigger.AGENT,
        actor=actor,
        parameters={"canned_response": canned.pk, "based_on": None},
    )


@transaction.atomic
def draft_discard(*, message: Message, actor, draft: Draft | None) -> Draft:
    """The agent sets the AI draft aside and writes from scratch: an empty agent version, not based on any draft."""
    _take_if_free(message=message, actor=actor)
    audit_log(
        action="draft.discarded",
        obj=draft,
        actor=actor,
        message=message,
        details={"version": draft.version if draft else None},
    )
    greeting = message.administration.greeting or "Bonjour,"
    return workflow.draft_add(
        message=message,
        text=f"{greeting}\n\n",
        kind=DraftKind.AGENT,
        trigger=DraftTrigger.AGENT,
        actor=actor,
        parameters={"based_on": None, "discarded": draft.version if draft else None},
    )


@dataclass(frozen=True)
class FeedbackInput:
    rating: str = ""
    reasons: list[str] = field(default_factory=list)
    comment: str = ""
    time_on_task_s: int | None = None


@transaction.atomic
def feedback_record(
    *, message: Message, author, reply: Reply | None, draft: Draft | None, final_text: str, data: FeedbackInput
) -> Feedback:
    """Store the agent's rating of the draft with the measured effort (edit distance, focused time)."""
    if data.rating and data.rating not in FeedbackRating.values:
        raise ValidationError("Appréciation inconnue.")
    unknown = set(data.reasons) - set(FeedbackReason.values)
    if unknown:
        raise ValidationError(f"Motifs inconnus : {', '.join(sorted(unknown))}.")
    distance = None
    if draft is not None:
        distance = edit_distance(restore_text(draft.text, mapping_for(message)), final_text)
    feedback = Feedback.objects.create(
        message=message,
        draft=draft,
        reply=reply,
        author=author,
        rating=data.rating,
        reasons=list(data.reasons),
        comment=data.comment.strip(),
        edit_distance=distance,
        time_on_task_s=data.time_on_task_s,
    )
    audit_log(
        action="feedback.recorded",
        obj=feedback,
        actor=author,
        message=message,
        details={"rating": data.rating, "reasons": list(data.reasons), "edit_distance": distance},
    )
    return feedback


@transaction.atomic
def reply_send_with_feedback(
    *, message: Message, actor, text: str, draft: Draft | None, urgency_handled: bool, feedback: FeedbackInput
) -> Reply:
    """Approve and send the agent's final text, and record the feedback on the draft in the same transaction."""
    if draft is not None and draft.message_id != message.pk:
        raise PermissionDenied("This draft belongs to another message.")
    reply = workflow.reply_approve_and_send(
        message=message,
        actor=actor,
        text=text,
        draft=draft,
        urgency_handled=urgency_handled,
        pseudonymised_text=pseudonymise_text(text, mapping_for(message)),
    )
    feedback_record(message=message, author=actor, reply=reply, draft=draft, final_text=text, data=feedback)
    return reply


@transaction.atomic
def feedback_update(*, feedback: Feedback, author, rating: str, reasons: list[str], comment: str) -> Feedback:
    """Complete a feedback skipped at send time (only its author may)."""
    if feedback.author_id != author.pk:
        raise PermissionDenied("Only the author can complete this feedback.")
    if rating and rating not in FeedbackRating.values:
        raise ValidationError("Appréciation inconnue.")
    if set(reasons) - set(FeedbackReason.values):
        raise ValidationError("Motif inconnu.")
    feedback.rating, feedback.reasons, feedback.comment = rating, list(reasons), comment.strip()
    feedback.save(update_fields=["rating", "reasons", "comment"])
    audit_log(
        action="feedback.updated",
        obj=feedback,
        actor=author,
        message=feedback.message,
        details={"rating": rating, "reasons": list(reasons)},
    )
    return feedback


@transaction.atomic
def canned_response_save(
    *,
    administration: Administration,
    actor,
    title: str,
    body: str,
    tags: list[str],
    is_active: bool = True,
    canned: CannedResponse | None = None,
) -> CannedResponse:
    """Create or update a canned response ("modèle"); supervisors and administrators only."""
    if not is_manager(user=actor, administration=administration):
        raise PermissionDenied("Only supervisors manage the canned responses.")
    if canned is not None and canned.administration_id != administration.pk:
        raise PermissionDenied("This canned response belongs to another administration.")
    creating = canned is None
    canned = canned or CannedResponse(administration=administration, created_by=actor)
    canned.title, canned.body, canned.tags, canned.is_active = title.strip(), body.strip(), tags, is_active
    canned.full_clean()
    canned.save()
    audit_log(
        action="canned_response.created" if creating else "canned_response.updated",
        obj=canned,
        actor=actor,
        administration=administration,
        details={"title": canned.title, "is_active": is_active},
    )
    return canned
