"""The agent marks a missed personal value on the message page (see `guichet.inbox.pii_marks`)."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from guichet.inbox.pii_marks import message_pii_mark
from guichet.inbox.views.common import message_for_action


@login_required
@require_POST
def pii_mark(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    try:
        mark = message_pii_mark(
            message=message,
            value=request.POST.get("value", ""),
            kind=request.POST.get("kind", "PERSONNE"),
            actor=request.user,
        )
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    else:
        drafts = f", {mark.drafts_changed} brouillon(s) corrigé(s)" if mark.drafts_changed else ""
        flash.success(request, f"Masqué sous {mark.placeholder} dans le message{drafts} ; le modèle ne le verra plus.")
    response = redirect("message", pk=message.pk)
    response["Location"] += "#pii-mark"
    return response
