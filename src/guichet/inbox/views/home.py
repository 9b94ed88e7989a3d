from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from guichet.inbox.selectors import administrations_for, messages_for
from guichet.inbox.workflow import OPEN_STATES


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The administrations the agent works for, with what is waiting in each."""
    rows = []
    for administration in administrations_for(request.user):
        counts = (
            messages_for(request.user, administration=administration)
            .filter(status__in=OPEN_STATES)
            .aggregate(
                open=Count("pk"),
                distress=Count("pk", filter=Q(distress=True)),
                mine=Count("pk", filter=Q(assignee=request.user)),
            )
        )
        rows.append((administration, counts))
    return render(request, "inbox/home.html", {"title": "Accueil", "administrations": rows})
