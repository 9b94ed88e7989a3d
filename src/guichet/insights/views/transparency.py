from datetime import date

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from guichet.insights.transparency import MIN_COUNT, record


def _percent(value: float | None) -> str | None:
    return None if value is None else f"{round(value * 100)} %"


def _hours(value: float | None) -> str | None:
    return None if value is None else f"{value:.1f} h".replace(".", ",")


@cache_control(public=True, max_age=300)
def transparency(request: HttpRequest) -> HttpResponse:
    """Public page (no login): what the AI does and does not do, and live aggregated figures."""
    data = record()
    f = data["figures"]
    figures = [
        ("Messages reçus", f["messages_received"]),
        ("Réponses envoyées", f["replies_sent"]),
        ("Délai de réponse médian", _hours(f["reply_time_hours_median"])),
        ("Délai de réponse pour 9 réponses sur 10 (90e centile)", _hours(f["reply_time_hours_p90"])),
        ("Réponses rédigées à partir d'un brouillon de l'IA", _percent(f["share_replies_from_ai_draft"])),
        ("Brouillons de l'IA envoyés sans aucune modification", _percent(f["share_ai_drafts_sent_unchanged"])),
        ("Réponses relues lors des contrôles par échantillon", f["spot_checks_graded"]),
        ("Réponses contrôlées jugées erronées", _percent(f["share_spot_checks_with_error"])),
        ("Usagers ayant noté la réponse reçue", f["citizen_answers"]),
        ("Usagers satisfaits (note 4 ou 5 sur 5)", _percent(f["share_citizens_satisfied"])),
    ]
    return render(
        request,
        "insights/transparency.html",
        {
            "title": "Transparence",
            "record": data,
            "figures": figures,
            "minimum": MIN_COUNT,
            "start": date.fromisoformat(f["period"]["start"]),
            "end": date.fromisoformat(f["period"]["end"]),
            "sources_date": date.fromisoformat(data["sources"]["last_update"])
            if data["sources"]["last_update"]
            else None,
        },
    )


@cache_control(public=True, max_age=300)
def transparency_json(request: HttpRequest) -> JsonResponse:
    response = JsonResponse(record(), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'inline; filename="guichet-transparence.json"'
    return response
