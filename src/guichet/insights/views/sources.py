from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from guichet.insights.source_changes import replies_citing_changed
from guichet.insights.views.common import context, supervised_administration

DAY_CHOICES = (7, 30, 90)


@login_required
def sources_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Replies sent in the N days before a fiche they cited changed (the change itself in the last N days)."""
    administration = supervised_administration(request, slug)
    try:
        days = int(request.GET.get("jours", 30))
    except ValueError:
        days = 30
    days = days if days in DAY_CHOICES else 30
    return render(
        request,
        "insights/sources.html",
        context(
            request,
            administration,
            "insights:sources",
            "Sources modifiées",
            affected=replies_citing_changed(administration=administration, days=days),
            days=days,
            day_choices=DAY_CHOICES,
        ),
    )
