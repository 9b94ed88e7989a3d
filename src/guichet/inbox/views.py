from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from guichet.inbox.selectors import administrations_for, messages_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    administrations = administrations_for(request.user)
    counts = {
        a.pk: messages_for(request.user, administration=a).exclude(status__in=["sent", "closed", "redirected"]).count()
        for a in administrations
    }
    return render(
        request,
        "inbox/home.html",
        {"title": "Accueil", "administrations": [(a, counts[a.pk]) for a in administrations]},
    )
