"""The agent's one-click triage correction: add or remove distress, out of scope, injection or abusive."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from guichet.drafting.api import CORRECTABLE_LABELS, TriageLabel
from guichet.inbox.triage_corrections import message_triage_correct
from guichet.inbox.views.common import message_for_action


@login_required
@require_POST
def triage_correct(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    label = request.POST.get("label", "")
    action = request.POST.get("action", "")
    if label not in CORRECTABLE_LABELS or action not in {"add", "remove"}:
        raise BadRequest("Correction du tri invalide.")
    message_triage_correct(message=message, actor=request.user, label=label, present=action == "add")
    name = TriageLabel(label).label
    if action == "add":
        flash.success(request, f"Étiquette « {name} » ajoutée : la priorité du message est mise à jour.")
    else:
        flash.info(request, f"Étiquette « {name} » retirée : la priorité du message est mise à jour.")
    response = redirect("message", pk=message.pk)
    response["Location"] += "#triage"
    return response
