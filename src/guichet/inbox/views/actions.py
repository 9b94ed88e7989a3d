"""The message page's actions. Each one checks access through the selectors, then calls one service."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from guichet.inbox import services, workflow
from guichet.inbox.forms import CannedChoiceForm, DraftForm, EscalateForm, FeedbackForm, RedirectForm, SendForm
from guichet.inbox.models import Draft, Message
from guichet.inbox.selectors import canned_responses_of, drafts_for, feedbacks_of
from guichet.inbox.views.common import message_for_action


def _posted_id(request: HttpRequest, name: str) -> int | None:
    """An id posted by a form: None when absent, a 400 (not a 500) when it is not a positive integer."""
    value = (request.POST.get(name) or "").strip()
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise BadRequest(f"Identifiant invalide ({name}).")
    return int(value)


def _draft_or_none(request: HttpRequest, message: Message, draft_id: int | None) -> Draft | None:
    if not draft_id:
        return None
    if not 0 < draft_id < 2**63:  # a form's IntegerField accepts any size; the database does not
        raise BadRequest("Identifiant invalide (draft_id).")
    return get_object_or_404(drafts_for(request.user, message_id=message.pk), pk=draft_id)


def _back(message: Message, anchor: str = "") -> HttpResponse:
    response = redirect("message", pk=message.pk)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


@login_required
@require_POST
def draft_save(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    form = DraftForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Le brouillon n'a pas pu être enregistré.")
        return _back(message)
    base = _draft_or_none(request, message, form.cleaned_data["draft_id"])
    try:
        services.draft_save_agent_version(
            message=message, actor=request.user, text=form.cleaned_data["text"], based_on=base
        )
    except ValidationError as exc:  # e.g. answered meanwhile by a colleague (was a 500 under load)
        for error in exc.messages:
            flash.error(request, error)
        return _back(message)
    flash.success(request, "Brouillon enregistré.")
    return _back(message, "editor")


@login_required
@require_POST
def draft_discard(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    draft = _draft_or_none(request, message, _posted_id(request, "draft_id"))
    services.draft_discard(message=message, actor=request.user, draft=draft)
    flash.info(request, "Brouillon écarté : vous rédigez votre propre réponse.")
    return _back(message, "editor")


@login_required
@require_POST
def canned_insert(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    form = CannedChoiceForm(request.POST)
    if not form.is_valid():
        return _back(message)
    canned = get_object_or_404(
        canned_responses_of(message.administration, active_only=True), pk=form.cleaned_data["canned_id"]
    )
    services.draft_insert_canned(message=message, actor=request.user, canned=canned)
    flash.success(request, f"Modèle « {canned.title} » inséré.")
    return _back(message, "editor")


@login_required
@require_POST
def reply_send(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve and send: only through the agent's explicit confirmation, with the final text as posted."""
    message = message_for_action(request, pk)
    form = SendForm(request.POST)
    if not form.is_valid():
        flash.error(request, "La réponse n'a pas pu être envoyée : vérifiez le formulaire.")
        return _back(message)
    data = form.cleaned_data
    draft = _draft_or_none(request, message, data["draft_id"])
    try:
        services.reply_send_with_feedback(
            message=message,
            actor=request.user,
            text=data["text"],
            draft=draft,
            urgency_handled=data["urgency_handled"],
            feedback=services.FeedbackInput(
                rating=data["rating"],
                reasons=data["reasons"],
                comment=data["comment"],
                time_on_task_s=data["time_on_task_s"],
            ),
        )
    except ValidationError as exc:
        for error in exc.messages:
            flash.error(request, error)
        if data["text"].strip():  # never lose what the agent wrote
            try:
                services.draft_save_agent_version(
                    message=message, actor=request.user, text=data["text"], based_on=draft
                )
            except ValidationError:  # answered or closed meanwhile: no draft on a finished message
                flash.info(request, "Rien n'a été envoyé : le message a été traité entre-temps.")
            else:
                flash.info(request, "Votre texte a été conservé comme brouillon : rien n'a été envoyé.")
        return _back(message, "editor")
    flash.success(request, "Réponse approuvée et envoyée à l'usager.")
    return _back(message)


@login_required
@require_POST
def feedback_complete(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    feedback_id = _posted_id(request, "feedback_id")
    if feedback_id is None:
        raise BadRequest("Identifiant invalide (feedback_id).")
    feedback = get_object_or_404(feedbacks_of(request.user, message=message), pk=feedback_id)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        services.feedback_update(
            feedback=feedback,
            author=request.user,
            rating=form.cleaned_data["rating"],
            reasons=form.cleaned_data["reasons"],
            comment=form.cleaned_data["comment"],
        )
        flash.success(request, "Merci pour votre avis.")
    return _back(message)


@login_required
@require_POST
def message_redirect(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    form = RedirectForm(request.POST, current=message.administration)
    if not form.is_valid():
        flash.error(request, "Choisissez l'administration compétente.")
        return _back(message)
    try:
        workflow.message_redirect(
            message=message,
            actor=request.user,
            to_administration=form.cleaned_data["to_administration"],
            note=form.cleaned_data["note"],
        )
    except ValidationError as exc:
        flash.error(request, " ".join(exc.messages))
        return _back(message)
    flash.success(request, f"Message réorienté vers {form.cleaned_data['to_administration']}.")
    return redirect("inbox", slug=message.administration.slug)


@login_required
@require_POST
def message_escalate(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    form = EscalateForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        workflow.message_escalate(message=message, actor=request.user, note=note)
    except ValidationError as exc:
        flash.error(request, " ".join(exc.messages))
        return _back(message)
    flash.success(request, "Message transmis à un superviseur.")
    return _back(message)
