from functools import partial
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from guichet.accounts.models import Membership
from guichet.drafting.api import panel_numbers
from guichet.inbox import workflow
from guichet.inbox.enums import DraftKind, Status
from guichet.inbox.forms import DraftForm, EscalateForm, FeedbackForm, RedirectForm, RegenerateForm, SendForm
from guichet.inbox.models import Draft, Message
from guichet.inbox.privacy_bridge import mapping_for, restore_text
from guichet.inbox.selectors import (
    canned_responses_of,
    drafts_for,
    events_for,
    feedback_of,
    message_get_for,
    redirect_targets,
)
from guichet.inbox.ui import (
    annotate_draft,
    highlight_pii,
    highlight_placeholders,
    readability_view,
    restored_alerts,
    review_marks,
)
from guichet.inbox.views.common import ai_drafts_enabled, ai_drafts_for, membership_of, message_for_action
from guichet.inbox.workflow import OPEN_STATES

AI_KINDS = {DraftKind.GENERATED, DraftKind.EXTRACTIVE, DraftKind.NOTHING}


def working_drafts(drafts: list[Draft], *, ai: bool) -> tuple[Draft | None, Draft | None]:
    """(the draft in the editor, the AI draft it comes from: sources, checks, edit distance)."""
    visible = drafts if ai else [d for d in drafts if d.kind not in AI_KINDS]
    working = visible[0] if visible else None  # drafts come newest first
    if working is None or working.kind != DraftKind.AGENT:
        return working, working
    based_on = (working.parameters or {}).get("based_on")
    base = next((d for d in visible if d.version == based_on), None) if based_on else None
    return working, base


def _send_form(initial: dict[str, Any], *, distress: bool) -> SendForm:
    form = SendForm(initial=initial)
    if distress:  # the browser asks before the server refuses (the workflow checks it in any case)
        form.fields["urgency_handled"].widget.attrs["required"] = True
    return form


def workspace_context(
    request: HttpRequest, message: Message, mapping: dict[str, str], *, membership: Membership | None
) -> dict[str, Any]:
    """Everything the editor and the sources panel show (also used after a regeneration)."""
    ai = ai_drafts_for(message.administration, membership)
    drafts = list(drafts_for(request.user, message_id=message.pk))
    working, base = working_drafts(drafts, ai=ai)
    text = restore_text(working.text, mapping) if working else f"{message.administration.greeting}\n\n"
    sources = list(base.sources or []) if base else []
    checks = dict(base.checks or {}) if base else {}
    alerts = list(base.alerts or []) if base else []
    marks = review_marks(checks=checks, alerts=alerts, mapping=mapping)
    is_open = message.status in OPEN_STATES
    initial = {"text": text, "draft_id": base.pk if base else None}
    return {
        "message": message,
        "ai_enabled": ai,
        "drafting_available": ai,
        "drafts": drafts,
        "working_draft": working,
        "base_draft": base,
        "editor_text": text,
        "annotated": annotate_draft(text, marks=marks, sources=sources),
        "marks": marks,
        "sources": sources,
        "memory_reuse": checks.get("memory_reuse") if isinstance(checks.get("memory_reuse"), dict) else None,
        "alerts": restored_alerts(alerts, mapping, text=base.text if base else ""),
        "readability": readability_view(checks.get("readability")),
        "is_open": is_open,
        "is_drafting": ai and message.status == Status.DRAFTING,
        "send_form": _send_form(initial, distress=message.is_distress),
        "draft_form": DraftForm(initial=initial),
    }


@login_required
def message_detail(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_get_for(request.user, pk)
    mapping = mapping_for(message)
    membership = membership_of(request.user, message.administration)  # read once for the whole page
    context = workspace_context(request, message, mapping, membership=membership)
    if request.htmx and request.GET.get("partial") == "workspace":
        if not context["is_open"]:  # answered or redirected meanwhile: show the whole page again
            return HttpResponse(headers={"HX-Refresh": "true"})
        return render(request, "inbox/message.html#workspace", context)
    reply = getattr(message, "reply", None) if message.status == Status.SENT else None
    feedback = feedback_of(request.user, message=message)
    context.update(
        {
            "title": message.title or f"Message n° {message.pk}",
            "administration": message.administration,
            "membership": membership,
            "original_title": highlight_pii(message.title, mapping),
            "original_body": highlight_pii(message.body, mapping),
            "has_pii": bool(mapping),
            "model_title": highlight_placeholders(message.pseudonymised_title),
            "model_body": highlight_placeholders(message.pseudonymised_body),
            "is_pseudonymised": bool(message.pseudonymised_body),
            "emergency_numbers": panel_numbers() if message.is_distress else [],
            "canned_responses": canned_responses_of(message.administration, active_only=True),
            "regenerate_form": RegenerateForm(),
            "redirect_form": RedirectForm(current=message.administration),
            # (suggested, others), read only where the dialog is drawn (an open message): the template calls it.
            "redirect_targets": partial(redirect_targets, message),
            "escalate_form": EscalateForm(),
            "reply": reply,
            "feedback": feedback,
            "feedback_form": FeedbackForm(initial={"rating": feedback.rating} if feedback else None),
        }
    )
    return render(request, "inbox/message.html", context)


@login_required
@require_POST
def message_take(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    workflow.message_assign(message=message, actor=request.user)
    if request.POST.get("next") == "inbox":
        return redirect("inbox", slug=message.administration.slug)
    return redirect("message", pk=message.pk)


@login_required
def message_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Who did what to this message, and every draft version."""
    message = message_get_for(request.user, pk)
    mapping = mapping_for(message)
    ai = ai_drafts_enabled(request.user, message.administration)
    drafts = [
        (d, restore_text(d.text, mapping))
        for d in drafts_for(request.user, message_id=message.pk)
        if ai or d.kind not in AI_KINDS
    ]
    events = events_for(request.user, message_id=message.pk)
    return render(
        request,
        "inbox/history.html",
        {
            "title": f"Historique du message n° {message.pk}",
            "message": message,
            "administration": message.administration,
            "events": events,
            "drafts": drafts,
        },
    )
