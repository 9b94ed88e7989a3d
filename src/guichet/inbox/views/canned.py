"""Canned responses ("modèles") of an administration: every member reads them, supervisors manage them."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from guichet.inbox import services
from guichet.inbox.forms import CannedResponseForm
from guichet.inbox.selectors import canned_responses_of
from guichet.inbox.views.common import administration_get_for


@login_required
def canned_list(request: HttpRequest, slug: str) -> HttpResponse:
    administration = administration_get_for(request.user, slug)
    return render(
        request,
        "inbox/canned_list.html",
        {
            "title": f"Modèles de réponse — {administration.name}",
            "administration": administration,
            "canned_responses": canned_responses_of(administration),
            "can_manage": services.is_manager(user=request.user, administration=administration),
        },
    )


@login_required
def canned_edit(request: HttpRequest, slug: str, canned_id: int | None = None) -> HttpResponse:
    administration = administration_get_for(request.user, slug)
    if not services.is_manager(user=request.user, administration=administration):
        raise PermissionDenied("Seuls les superviseurs gèrent les modèles de réponse.")
    canned = None
    if canned_id is not None:
        canned = get_object_or_404(canned_responses_of(administration), pk=canned_id)
    form = CannedResponseForm.for_instance(canned, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.canned_response_save(
                administration=administration,
                actor=request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                tags=form.tag_list(),
                is_active=form.cleaned_data["is_active"],
                canned=canned,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            flash.success(request, "Modèle enregistré.")
            return redirect("canned_list", slug=administration.slug)
    return render(
        request,
        "inbox/canned_form.html",
        {
            "title": "Modifier le modèle" if canned else "Nouveau modèle",
            "administration": administration,
            "form": form,
            "canned": canned,
        },
    )
