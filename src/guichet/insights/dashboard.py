"""The supervisor dashboard's figures, computed from the inbox's data for one administration and a period.

Every figure is a `Figure`: a title, a one-sentence summary, and a table (first column the category, then the
values). The page draws each table as an SVG chart and prints the table beside it; the CSV download is the same
table. Rows are read once and the figures computed in Python, so SQLite and PostgreSQL give the same numbers.

Definitions (the tests recompute them independently):

* received: messages whose `received_at` falls in the period; sent: replies whose `sent_at` falls in it;
* reply time: `sent_at − received_at` of sent replies, in hours; median and p90 by linear interpolation;
* from a draft: replies approved from an AI draft (`Reply.ai_assisted`); unchanged: their edit distance is 0;
* time on task: the focused time the editor measured (`Feedback.time_on_task_s`);
* cohort filter: the approving agent's cohort when the reply was sent (`ReplyCohort`; replies sent before it was
  recorded fall back to the agent's current cohort), replies only; label filter: the message's triage labels.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Administration, Membership
from guichet.audit.models import AuditEvent
from guichet.drafting.enums import TriageLabel
from guichet.inbox.enums import FeedbackRating, FeedbackReason
from guichet.inbox.models import Draft, Feedback, Message, Reply
from guichet.insights.models import CitizenSatisfaction, SpotCheck
from guichet.insights.stats import median, percentile, share, week_start, weeks_between

DEFAULT_WEEKS = 12
TRIAGE_CORRECTION = "message.triage_corrected"  # written by guichet.inbox.triage_corrections

EDIT_BUCKETS: list[tuple[str, float, float]] = [
    ("Inchangé (0)", 0.0, 0.0),
    ("Jusqu'à 10 %", 0.0, 0.10),
    ("10 à 25 %", 0.10, 0.25),
    ("25 à 50 %", 0.25, 0.50),
    ("Plus de 50 %", 0.50, 1.0),
]
TIME_BUCKETS: list[tuple[str, float, float | None]] = [
    ("Moins de 2 min", 0, 120),
    ("2 à 5 min", 120, 300),
    ("5 à 10 min", 300, 600),
    ("10 à 20 min", 600, 1200),
    ("20 min et plus", 1200, None),
]
ALERT_LABELS: dict[str, str] = {
    "citation_invalid": "Citation sans source",
    "citation_missing": "Aucune source citée",
    "number_unsupported": "Nombre non appuyé",
    "promise": "Promesse",
    "placeholder": "Texte à compléter",
    "sentence_unsupported": "Phrase non appuyée",
    "readability": "Lisibilité",
    "distress": "Détresse",
    "out_of_scope": "Hors compétence",
    "injection": "Manipulation",
    "abusive": "Propos injurieux",
    "not_covered": "Question mal couverte",
    "extractive_fallback": "Brouillon de repli",
    "model_refusal": "Refus du modèle",
    "model_error": "Erreur du modèle",
    "sentences_dropped": "Phrases retirées",
    "source_changed": "Source modifiée",
    "contradiction": "Contredit la fiche",
    "persona_contradiction": "Contredit le message de l'usager",
    "persona_unsupported": "Dit de l'usager ce qu'il n'a pas dit",
    "asked_not_told": "Affirme ce que l'usager demande",
    "privacy_guard": "Données personnelles retirées du prompt",
    "close_fiches": "Fiches proches",
    "memory": "Repris d'une réponse validée",
    "nothing_to_answer": "Rien à traiter",
    "memory_fiche_changed": "Fiche de la réponse reprise modifiée",
}


@dataclass(frozen=True)
class Filters:
    start: date
    end: date  # inclusive
    cohort: str = ""
    label: str = ""

    @classmethod
    def default(cls, today: date | None = None) -> Filters:
        today = today or timezone.localdate()
        return cls(start=week_start(today) - timedelta(weeks=DEFAULT_WEEKS - 1), end=today)

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        tz = timezone.get_current_timezone()
        return (
            datetime.combine(self.start, time.min, tzinfo=tz),
            datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=tz),
        )

    def as_query(self) -> dict[str, str]:
        return {
            "debut": self.start.isoformat(),
            "fin": self.end.isoformat(),
            "cohorte": self.cohort,
            "etiquette": self.label,
        }


@dataclass
class Figure:
    key: str
    title: str
    summary: str
    columns: list[str]
    rows: list[list[Any]]
    unit: str = ""
    plotted: list[int] | None = None  # indices of the columns drawn (default: every value column)

    @property
    def display_rows(self) -> list[list[str]]:
        return [[str(row[0]), *[cell(v) for v in row[1:]]] for row in self.rows]

    @property
    def series(self) -> list[int]:
        return self.plotted if self.plotted is not None else list(range(1, len(self.columns)))


@dataclass
class Kpi:
    label: str
    value: float | int | None
    unit: str = ""
    detail: str = ""

    @property
    def display(self) -> str:
        if self.value is None:
            return "—"
        if self.unit == "%":
            return f"{round(self.value * 100)} %"
        return f"{cell(self.value)} {self.unit}".strip()


def cell(value) -> str:
    """A table cell in French notation (decimal comma; — for no data)."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


@dataclass
class Dashboard:
    administration: Administration | None
    filters: Filters
    kpis: list[Kpi] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def kpi(self, label: str) -> Kpi:
        return next(k for k in self.kpis if k.label == label)


@dataclass
class ReplyRow:
    pk: int
    message_id: int
    sent_at: datetime
    received_at: datetime
    labels: list[str]
    cohort: str
    ai_assisted: bool
    approved_by_id: int
    edit_distance: float | None = None
    time_on_task_s: int | None = None
    rating: str = ""
    reasons: list[str] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return (self.sent_at - self.received_at).total_seconds() / 3600


def _scope(queryset, administration: Administration | None, path: str):
    return queryset if administration is None else queryset.filter(**{path: administration})


def replies_in(administration: Administration | None, filters: Filters):
    """The replies sent in the period (before the cohort and label filters, applied on the rows)."""
    low, high = filters.bounds
    return _scope(Reply.objects.all(), administration, "message__administration").filter(
        sent_at__gte=low, sent_at__lt=high
    )


def reply_rows(administration: Administration | None, filters: Filters) -> list[ReplyRow]:
    """One row per sent reply of the period that passes the cohort and label filters, with its feedback."""
    replies = replies_in(administration, filters)
    cohorts = {
        (m["user_id"], m["administration_id"]): m["cohort"]
        for m in _scope(Membership.objects.all(), administration, "administration").values(
            "user_id", "administration_id", "cohort"
        )
    }
    rows: dict[int, ReplyRow] = {}
    for r in replies.values(
        "pk",
        "message_id",
        "sent_at",
        "message__received_at",
        "message__triage_labels",
        "message__administration_id",
        "approved_by_id",
        "ai_assisted",
        "cohort_record__cohort",
    ).order_by("pk"):
        labels = list(r["message__triage_labels"] or [])
        cohort = r["cohort_record__cohort"] or cohorts.get(
            (r["approved_by_id"], r["message__administration_id"]), Cohort.PILOT
        )
        if filters.cohort and cohort != filters.cohort:
            continue
        if filters.label and filters.label not in labels:
            continue
        rows[r["pk"]] = ReplyRow(
            pk=r["pk"],
            message_id=r["message_id"],
            sent_at=r["sent_at"],
            received_at=r["message__received_at"],
            labels=labels,
            cohort=str(cohort),
            ai_assisted=r["ai_assisted"],
            approved_by_id=r["approved_by_id"],
        )
    for fb in (
        Feedback.objects.filter(reply__in=replies.values("pk"))  # a subquery: no list of ids to bind
        .values("reply_id", "rating", "reasons", "edit_distance", "time_on_task_s")
        .order_by("pk")
    ):  # the latest feedback on a reply wins
        row = rows.get(fb["reply_id"])
        if row is None:  # filtered out (cohort, label)
            continue
        row.rating, row.reasons = fb["rating"] or "", list(fb["reasons"] or [])
        row.edit_distance, row.time_on_task_s = fb["edit_distance"], fb["time_on_task_s"]
    return list(rows.values())


def _messages(administration: Administration | None, filters: Filters) -> list[dict]:
    low, high = filters.bounds
    messages = _scope(Message.objects.all(), administration, "administration").filter(
        received_at__gte=low, received_at__lt=high
    )
    rows = list(messages.values("pk", "received_at", "triage_labels").order_by())
    if filters.label:
        rows = [m for m in rows if filters.label in (m["triage_labels"] or [])]
    return rows


def _week_label(monday: date) -> str:
    return f"Semaine du {monday.strftime('%d/%m/%Y')}"


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _volume(weeks: list[date], messages: list[dict], replies: list[ReplyRow]) -> Figure:
    tz = timezone.get_current_timezone()
    received = Counter(week_start(m["received_at"].astimezone(tz).date()) for m in messages)
    sent = Counter(week_start(r.sent_at.astimezone(tz).date()) for r in replies)
    rows = [[_week_label(w), received.get(w, 0), sent.get(w, 0)] for w in weeks]
    return Figure(
        key="volume",
        title="Messages reçus et réponses envoyées par semaine",
        summary=f"{len(messages)} message(s) reçu(s) et {len(replies)} réponse(s) envoyée(s) sur la période.",
        columns=["Semaine", "Reçus", "Envoyés"],
        rows=rows,
    )


def _reply_time(weeks: list[date], replies: list[ReplyRow]) -> Figure:
    by_week: dict[date, list[float]] = {w: [] for w in weeks}
    tz = timezone.get_current_timezone()
    for r in replies:
        by_week.setdefault(week_start(r.sent_at.astimezone(tz).date()), []).append(r.hours)
    rows = [[_week_label(w), len(v), _round(median(v)), _round(percentile(v, 90))] for w, v in sorted(by_week.items())]
    hours = [r.hours for r in replies]
    overall = (
        f"Sur la période : médiane {_fmt(median(hours))} h, 90e centile {_fmt(percentile(hours, 90))} h "
        f"({len(hours)} réponse(s))."
        if hours
        else "Aucune réponse envoyée sur la période."
    )
    return Figure(
        key="delai",
        title="Délai de réponse (de la réception à l'envoi), en heures",
        summary=overall,
        columns=["Semaine", "Réponses", "Médiane (h)", "90e centile (h)"],
        rows=rows,
        unit="h",
        plotted=[2, 3],
    )


def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}".replace(".", ",")


def _edits(replies: list[ReplyRow]) -> Figure:
    assisted = [r for r in replies if r.ai_assisted]
    distances = [r.edit_distance for r in assisted if r.edit_distance is not None]
    counts = [0] * len(EDIT_BUCKETS)
    for d in distances:
        if d <= 0:
            counts[0] += 1
            continue
        for index, (_, low, high) in enumerate(EDIT_BUCKETS[1:], start=1):
            if low < d <= high or (index == len(EDIT_BUCKETS) - 1 and d > high):
                counts[index] += 1
                break
    from_draft = share(len(assisted), len(replies))
    unchanged = share(counts[0], len(distances))
    return Figure(
        key="brouillons",
        title="Réponses issues d'un brouillon IA : part du texte modifiée par l'agent",
        summary=(
            f"{len(assisted)} réponse(s) sur {len(replies)} issue(s) d'un brouillon IA ({_pct(from_draft)}) ; "
            f"{counts[0]} envoyée(s) sans modification ({_pct(unchanged)} de celles dont l'édition est mesurée)."
        ),
        columns=["Part modifiée (distance d'édition)", "Réponses"],
        rows=[[label, n] for (label, _, _), n in zip(EDIT_BUCKETS, counts, strict=True)],
    )


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _time_on_task(replies: list[ReplyRow]) -> Figure:
    cohorts = [Cohort.PILOT, Cohort.CONTROL]
    counts = {c: [0] * len(TIME_BUCKETS) for c in cohorts}
    values: dict[str, list[float]] = {c: [] for c in cohorts}
    for r in replies:
        if r.time_on_task_s is None or r.cohort not in counts:
            continue
        values[r.cohort].append(r.time_on_task_s)
        for index, (_, low, high) in enumerate(TIME_BUCKETS):
            if r.time_on_task_s >= low and (high is None or r.time_on_task_s < high):
                counts[r.cohort][index] += 1
                break
    parts = [
        f"{Cohort(c).label.split(' ')[0].lower()} : médiane {_fmt(_minutes(median(values[c])))} min "
        f"({len(values[c])} mesure(s))"
        for c in cohorts
    ]
    return Figure(
        key="temps",
        title="Temps de traitement actif par réponse",
        summary="Cohorte " + " ; cohorte ".join(parts) + ".",
        columns=["Durée", "Pilote", "Témoin"],
        rows=[
            [label, counts[Cohort.PILOT][i], counts[Cohort.CONTROL][i]] for i, (label, _, _) in enumerate(TIME_BUCKETS)
        ],
    )


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60


def _feedback(replies: list[ReplyRow]) -> list[Figure]:
    ratings = Counter(r.rating for r in replies if r.rating)
    reasons = Counter(reason for r in replies for reason in r.reasons)
    rated = sum(ratings.values())
    return [
        Figure(
            key="avis",
            title="Appréciation des brouillons par les agents",
            summary=f"{rated} brouillon(s) évalué(s) ; utilisables tels quels ou presque : "
            f"{_pct(share(ratings[FeedbackRating.AS_IS] + ratings[FeedbackRating.MINOR], rated))}.",
            columns=["Appréciation", "Brouillons"],
            rows=[[label, ratings.get(value, 0)] for value, label in FeedbackRating.choices],
        ),
        Figure(
            key="motifs",
            title="Motifs signalés sur les brouillons",
            summary=f"{sum(reasons.values())} motif(s) signalé(s)"
            + (
                f", le plus fréquent : {FeedbackReason(reasons.most_common(1)[0][0]).label.lower()}."
                if reasons
                else "."
            ),
            columns=["Motif", "Signalements"],
            rows=[[label, reasons.get(value, 0)] for value, label in FeedbackReason.choices],
        ),
    ]


def _triage(administration: Administration | None, filters: Filters, messages: list[dict]) -> Figure:
    labelled = Counter(label for m in messages for label in (m["triage_labels"] or []))
    low, high = filters.bounds
    added: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    ids = {m["pk"] for m in messages}
    events = AuditEvent.objects.filter(action=TRIAGE_CORRECTION, created_at__gte=low, created_at__lt=high)
    if administration is not None:
        events = events.for_administration(administration)
    for event in events.values("message_id", "details"):
        if filters.label and event["message_id"] not in ids:
            continue
        details = event["details"] or {}
        if "label" in details:  # inbox.triage_corrections: one label added or removed per event
            (added if details.get("present") else removed).update([details["label"]])
            continue
        before, after = set(details.get("labels_before") or []), set(details.get("labels") or [])
        added.update(after - before)
        removed.update(before - after)
    corrections = sum(added.values()) + sum(removed.values())
    return Figure(
        key="tri",
        title="Étiquettes de tri et corrections des agents",
        summary=f"{sum(labelled.values())} étiquette(s) posée(s) à l'arrivée ; "
        f"{corrections} correction(s) par les agents.",
        columns=["Étiquette", "Messages", "Ajoutée par un agent", "Retirée par un agent"],
        rows=[
            [label, labelled.get(value, 0), added.get(value, 0), removed.get(value, 0)]
            for value, label in TriageLabel.choices
        ],
    )


def _alerts(administration: Administration | None, filters: Filters, messages: list[dict]) -> Figure:
    low, high = filters.bounds
    drafts = _scope(Draft.objects.all(), administration, "message__administration").filter(
        created_at__gte=low, created_at__lt=high
    )
    if filters.label:
        drafts = drafts.filter(message_id__in=[m["pk"] for m in messages])
    counts: Counter[str] = Counter()
    total = 0
    for alerts in drafts.exclude(kind="agent").values_list("alerts", flat=True):
        total += 1
        counts.update({str(a.get("code", "")) for a in alerts or [] if isinstance(a, dict) and a.get("code")})
    codes = [c for c in ALERT_LABELS if counts.get(c)] + sorted(c for c in counts if c not in ALERT_LABELS)
    return Figure(
        key="alertes",
        title="Alertes des brouillons IA, par type",
        summary=f"{total} brouillon(s) IA produit(s) ; {sum(1 for _ in codes)} type(s) d'alerte rencontré(s).",
        columns=["Alerte", "Brouillons concernés"],
        rows=[[ALERT_LABELS.get(code, code), counts[code]] for code in codes] or [["Aucune alerte", 0]],
    )


def _of_rows(model, replies: list[ReplyRow], queryset, *fields: str) -> list[dict]:
    """`model` rows of the period's replies (a subquery), kept for the replies that passed the filters."""
    ids = {r.pk for r in replies}
    return [
        row
        for row in model.objects.filter(reply__in=queryset.values("pk")).values("reply_id", *fields)
        if row["reply_id"] in ids
    ]


def _spot_checks(replies: list[ReplyRow], queryset) -> Figure:
    checks = _of_rows(SpotCheck, replies, queryset, "reason", "grade")
    table = Counter((c["reason"], c["grade"]) for c in checks)
    graded = [c for c in checks if c["grade"]]
    errors = sum(1 for c in graded if c["grade"] == SpotCheck.Grade.ERROR)
    grades = [*SpotCheck.Grade.choices, ("", "À contrôler")]
    return Figure(
        key="controles",
        title="Contrôles par échantillon : appréciations",
        summary=f"{len(graded)} réponse(s) contrôlée(s) sur {len(checks)} tirée(s) ; "
        f"erreurs : {_pct(share(errors, len(graded)))}.",
        columns=["Appréciation", *[label for _, label in SpotCheck.Reason.choices]],
        rows=[
            [label, *[table.get((reason, grade), 0) for reason, _ in SpotCheck.Reason.choices]]
            for grade, label in grades
        ],
    )


def _satisfaction(replies: list[ReplyRow], queryset) -> Figure:
    scores = [row["score"] for row in _of_rows(CitizenSatisfaction, replies, queryset, "score")]
    counts = Counter(scores)
    satisfied = sum(1 for s in scores if s >= CitizenSatisfaction.SATISFIED_FROM)
    return Figure(
        key="satisfaction",
        title="Satisfaction des usagers (note de 1 à 5 donnée sur la réponse)",
        summary=f"{len(scores)} réponse(s) notée(s) ; satisfaits (4 ou 5) : {_pct(share(satisfied, len(scores)))}.",
        columns=["Note", "Réponses"],
        rows=[[f"{score} sur 5", counts.get(score, 0)] for score in range(1, 6)],
    )


def dashboard(*, administration: Administration | None, filters: Filters) -> Dashboard:
    """Every figure of the dashboard for `administration` (None: the whole installation) and `filters`."""
    messages = _messages(administration, filters)
    replies = reply_rows(administration, filters)
    weeks = weeks_between(filters.start, filters.end)
    hours = [r.hours for r in replies]
    assisted = [r for r in replies if r.ai_assisted]
    measured = [r.edit_distance for r in assisted if r.edit_distance is not None]
    times = [r.time_on_task_s for r in replies if r.time_on_task_s is not None]
    result = Dashboard(administration=administration, filters=filters)
    figures = [
        _volume(weeks, messages, replies),
        _reply_time(weeks, replies),
        _edits(replies),
        _time_on_task(replies),
        *_feedback(replies),
        _triage(administration, filters, messages),
        _alerts(administration, filters, messages),
        _spot_checks(replies, replies_in(administration, filters)),
        _satisfaction(replies, replies_in(administration, filters)),
    ]
    result.figures = figures
    spot = result.figure("controles")
    graded = sum(row[i] for row in spot.rows[:3] for i in range(1, len(row)))
    errors = sum(spot.rows[2][1:])
    satisfaction = result.figure("satisfaction")
    rated = sum(row[1] for row in satisfaction.rows)
    result.kpis = [
        Kpi("Messages reçus", len(messages)),
        Kpi("Réponses envoyées", len(replies)),
        Kpi("Délai médian", _round(median(hours)), "h", f"90e centile : {_fmt(percentile(hours, 90))} h"),
        Kpi(
            "Réponses issues d'un brouillon IA", share(len(assisted), len(replies)), "%", f"{len(assisted)} réponse(s)"
        ),
        Kpi(
            "Envoyées sans modification",
            share(sum(1 for d in measured if d <= 0), len(measured)),
            "%",
            f"parmi {len(measured)} réponse(s) issues d'un brouillon",
        ),
        Kpi("Temps de traitement médian", _round(_minutes(median(times))), "min", f"{len(times)} mesure(s)"),
        Kpi("Erreurs relevées aux contrôles", share(errors, graded), "%", f"{graded} réponse(s) contrôlée(s)"),
        Kpi(
            "Usagers satisfaits",
            share(sum(satisfaction.rows[i][1] for i in (3, 4)), rated),
            "%",
            f"{rated} réponse(s) notée(s)",
        ),
    ]
    return result
