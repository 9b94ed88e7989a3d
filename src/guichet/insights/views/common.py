"""Access to the supervisor pages: a member of another administration gets 404, an agent of this one 403."""

import csv
import io

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse

from guichet.accounts.models import Administration
from guichet.inbox.selectors import administrations_for
from guichet.insights.spotchecks import is_reviewer

PAGES = [
    ("insights:dashboard", "Tableau de bord"),
    ("insights:experiment", "Expérimentation"),
    ("insights:spotchecks", "Contrôles par échantillon"),
    ("insights:sources", "Sources modifiées"),
]


def supervised_administration(request: HttpRequest, slug: str) -> Administration:
    administration = administrations_for(request.user).filter(slug=slug).first()
    if administration is None:
        raise Http404("Administration introuvable.")
    if not is_reviewer(user=request.user, administration=administration):
        raise PermissionDenied("Ces pages sont réservées aux superviseurs de l'administration.")
    return administration


def context(request: HttpRequest, administration: Administration, page: str, title: str, **extra) -> dict:
    return {
        "title": f"{title} — {administration.name}",
        "page_title": title,
        "administration": administration,
        "supervision_pages": [
            (reverse(name, args=[administration.slug]), label, name == page) for name, label in PAGES
        ],
        "breadcrumb": [
            ("Accueil", reverse("home")),
            (administration.short_name or administration.name, reverse("inbox", args=[administration.slug])),
            (title, None),
        ],
        **extra,
    }


def csv_response(filename: str, header: list[str], rows: list[list]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
