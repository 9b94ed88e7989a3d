"""Supervisors see the deliveries of their administration's sent replies and replay one."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from guichet.delivery.models import Delivery, DeliveryStatus, Webhook
from guichet.delivery.services import delivery_replay
from guichet.inbox.services import is_manager
from guichet.inbox.views.common import administration_get_for

PAGE_SIZE = 50


def _managed(request: HttpRequest, slug: str):
    administration = administration_get_for(request.user, slug)
    if not is_manager(user=request.user, administration=administration):
        raise PermissionDenied("Réservé aux superviseurs.")
    return administration


@login_required
def delivery_list(request: HttpRequest, slug: str) -> HttpResponse:
    administration = _managed(request, slug)
    deliveries = Delivery.objects.filter(administration_id=administration.pk)
    status = request.GET.get("status", "")
    if status in DeliveryStatus.values:
        deliveries = deliveries.filter(status=status)
    page = Paginator(deliveries.order_by("-created_at", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "delivery/deliveries.html",
        {
            "title": f"Réponses poussées — {administration.name}",
            "administration": administration,
            "webhook": Webhook.objects.filter(administration=administration).first(),
            "page_obj": page,
            "status": status,
            "statuses": DeliveryStatus.choices,
            "replayable": {DeliveryStatus.FAILED, DeliveryStatus.DELIVERED, DeliveryStatus.RETRYING},
        },
    )


@login_required
@require_POST
def delivery_replay_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    administration = _managed(request, slug)
    delivery = get_object_or_404(Delivery, pk=pk, administration_id=administration.pk)
    try:
        delivery_replay(delivery=delivery, actor=request.user)
    except ValidationError as exc:
        flash.error(request, " ".join(exc.messages))
    else:
        flash.success(request, f"Livraison de la réponse n° {delivery.reply_id} relancée.")
    return redirect("delivery_list", slug=administration.slug)
