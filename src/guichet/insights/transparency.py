"""The public transparency record of an installation: what the AI does, with which model and sources, and live
aggregated figures (all administrations, last weeks; counts under `MIN_COUNT` are not shown, no personal data)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils import timezone

from guichet.insights.dashboard import Filters, dashboard, reply_rows
from guichet.insights.stats import median, percentile
from guichet.knowledge.models import Fiche, IngestRun

MIN_COUNT = 10
PERSONAL_DATA = [
    "noms et prénoms",
    "adresses postales",
    "adresses électroniques",
    "numéros de téléphone",
    "numéro de sécurité sociale (NIR)",
    "coordonnées bancaires (IBAN)",
    "numéros d'allocataire, fiscal, France Travail, de passeport, de carte d'identité, de permis, d'immatriculation",
    "numéros SIREN et SIRET, références de dossier",
    "dates de naissance et autres dates",
]


def _guarded(value: float | None, n: int, digits: int = 3) -> float | None:
    return None if value is None or n < MIN_COUNT else round(value, digits)


def _count(n: int) -> int | None:
    return n if n >= MIN_COUNT else None


def record() -> dict[str, Any]:
    """The transparency record as plain data (the page shows it, `/transparence.json` exports it)."""
    filters = Filters.default()
    board = dashboard(administration=None, filters=filters)
    volume = board.figure("volume")
    received = sum(row[1] for row in volume.rows)
    sent = sum(row[2] for row in volume.rows)
    rows = reply_rows(None, filters)
    hours = [r.hours for r in rows]
    assisted = [r for r in rows if r.ai_assisted]
    measured = [r.edit_distance for r in assisted if r.edit_distance is not None]
    checks = board.figure("controles")
    graded = sum(v for row in checks.rows[:3] for v in row[1:])
    errors = sum(checks.rows[2][1:])
    satisfaction = board.figure("satisfaction")
    rated = sum(row[1] for row in satisfaction.rows)
    satisfied = satisfaction.rows[3][1] + satisfaction.rows[4][1]
    last_run = IngestRun.objects.filter(finished_at__isnull=False).order_by("-finished_at").first()
    backend = settings.GUICHET_LLM_BACKEND
    return {
        "service": "Guichet",
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "purpose": (
            "Aider les agents publics à répondre aux messages des usagers : l'outil trie les messages, retire les "
            "données personnelles, retrouve les fiches officielles de service-public.fr qui répondent à la "
            "question et propose un brouillon de réponse que l'agent relit, corrige et valide."
        ),
        "what_the_ai_does": [
            "Classer chaque message (demande courante, réclamation, détresse, hors compétence…) pour le prioriser.",
            "Proposer un brouillon de réponse fondé sur les fiches de service-public.fr, avec ses sources citées.",
            "Signaler ce que l'agent doit vérifier : chiffres absents des sources, promesses, phrases non appuyées.",
        ],
        "what_the_ai_does_not_do": [
            "Elle n'envoie jamais de réponse : chaque réponse est relue et validée par un agent identifié.",
            "Elle ne prend aucune décision sur les droits d'une personne (prestation, sanction, délai).",
            "Elle ne voit pas les données personnelles : elles sont remplacées avant tout traitement par l'IA.",
            "Elle n'apprend pas des messages des usagers : le modèle n'est pas réentraîné avec eux.",
        ],
        "human_approval": (
            "Aucune réponse n'est envoyée sans l'approbation enregistrée d'un agent ou d'une superviseuse de "
            "l'administration concernée ; cette règle est vérifiée par le logiciel à chaque envoi."
        ),
        "model": {
            "name": settings.GUICHET_LLM_MODEL,
            "hosting": "sur le serveur de l'administration"
            if backend == "embedded"
            else "serveur de modèle configuré",
            "backend": backend,
        },
        "sources": {
            "name": "Fiches pratiques de service-public.fr (DILA)",
            "licence": "Licence Ouverte 2.0",
            "fiches": Fiche.objects.active().count(),
            "last_update": last_run.finished_at.date().isoformat() if last_run else None,
        },
        "personal_data": {
            "removed_before_any_model": PERSONAL_DATA,
            "retention_days": settings.GUICHET_RETENTION_DAYS,
        },
        "figures": {
            "period": {"start": filters.start.isoformat(), "end": filters.end.isoformat()},
            "minimum_count_shown": MIN_COUNT,
            "messages_received": _count(received),
            "replies_sent": _count(sent),
            "reply_time_hours_median": _guarded(median(hours), len(hours), 1),
            "reply_time_hours_p90": _guarded(percentile(hours, 90), len(hours), 1),
            "share_replies_from_ai_draft": _guarded(len(assisted) / len(rows) if rows else None, len(rows)),
            "share_ai_drafts_sent_unchanged": _guarded(
                sum(1 for d in measured if d <= 0) / len(measured) if measured else None, len(measured)
            ),
            "spot_checks_graded": _count(graded),
            "share_spot_checks_with_error": _guarded(errors / graded if graded else None, graded),
            "citizen_answers": _count(rated),
            "share_citizens_satisfied": _guarded(satisfied / rated if rated else None, rated),
        },
    }
