"""The experiment as an evaluator needs it: the randomisation record and the anonymous dataset.

The dataset has one row per sent reply and no text, no name, no exact date: the message and the agent are
replaced by keyed hashes (stable within the installation, meaningless outside it, so an evaluator can cluster
by agent without knowing who), the date by its ISO week, and every measure is a number or a code.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone

from guichet.accounts.models import Administration
from guichet.audit.models import AuditEvent
from guichet.insights.dashboard import Filters, reply_rows
from guichet.insights.models import CitizenSatisfaction, SpotCheck

DATASET_COLUMNS = [
    "reponse",
    "agent",
    "cohorte",
    "semaine",
    "etiquettes",
    "delai_h",
    "brouillon_ia",
    "distance_edition",
    "temps_traitement_s",
    "appreciation",
    "motifs",
    "controle",
    "satisfaction",
]


@dataclass
class Randomisation:
    when: datetime
    who: str
    seed: int | None
    control_share: float | None
    pilot: int | None
    control: int | None


def randomisations(administration: Administration) -> list[Randomisation]:
    """Every cohort draw of the administration, newest first (from the audit journal)."""
    events = (
        AuditEvent.objects.for_administration(administration)
        .filter(action="experiment.randomised")
        .order_by("-created_at", "-id")
    )
    return [
        Randomisation(
            when=e.created_at,
            who=e.actor_label,
            seed=e.details.get("seed"),
            control_share=e.details.get("control_share"),
            pilot=e.details.get("pilot"),
            control=e.details.get("control"),
        )
        for e in events
    ]


def _pseudonym(kind: str, value: int) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return digest[:12]


def dataset_rows(administration: Administration) -> list[dict]:
    filters = Filters(start=date(2000, 1, 1), end=timezone.localdate())
    rows = reply_rows(administration, filters)
    mine = {"reply__message__administration": administration}
    grades = dict(SpotCheck.objects.filter(**mine).values_list("reply_id", "grade"))
    scores = dict(CitizenSatisfaction.objects.filter(**mine).values_list("reply_id", "score"))
    out = []
    for r in sorted(rows, key=lambda row: (row.sent_at, row.pk)):
        year, week, _ = timezone.localtime(r.sent_at).isocalendar()
        out.append(
            {
                "reponse": _pseudonym("reply", r.pk),
                "agent": _pseudonym("agent", r.approved_by_id),
                "cohorte": r.cohort,
                "semaine": f"{year}-W{week:02d}",
                "etiquettes": "|".join(sorted(r.labels)),
                "delai_h": round(r.hours, 2),
                "brouillon_ia": int(r.ai_assisted),
                "distance_edition": "" if r.edit_distance is None else round(r.edit_distance, 4),
                "temps_traitement_s": "" if r.time_on_task_s is None else r.time_on_task_s,
                "appreciation": r.rating,
                "motifs": "|".join(sorted(r.reasons)),
                "controle": grades.get(r.pk, ""),
                "satisfaction": scores.get(r.pk, ""),
            }
        )
    return out


def dataset_csv(administration: Administration) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DATASET_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(dataset_rows(administration))
    return buffer.getvalue()
