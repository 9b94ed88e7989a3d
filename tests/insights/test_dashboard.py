"""The dashboard's figures equal those recomputed here, independently, from the same rows."""

from collections import Counter
from datetime import timedelta

import numpy as np
import pytest
from django.utils import timezone

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Membership
from guichet.audit.services import audit_log
from guichet.drafting.alerts import ALERT_CODES
from guichet.inbox.models import Draft, Feedback, Message, Reply
from guichet.insights.dashboard import ALERT_LABELS, Filters, dashboard
from guichet.insights.metrics import experiment_report
from guichet.insights.models import CitizenSatisfaction
from guichet.insights.services import satisfaction_record
from guichet.insights.stats import percentile, week_start
from tests.accounts.factories import AdministrationFactory
from tests.insights.builders import build_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity():
    caf = AdministrationFactory(name="CAF du Rhône", slug="caf-rhone")
    other = AdministrationFactory(name="Préfecture", slug="prefecture")
    result = build_activity(caf)
    build_activity(other, replies=3, open_messages=1)  # must never leak into the CAF's figures
    return result


def test_percentile_is_numpys_linear_method():
    values = [5.0, 1.0, 9.5, 3.25, 7.0, 2.0]
    for q in (0, 10, 50, 90, 100):
        assert percentile(values, q) == pytest.approx(float(np.percentile(values, q)))
    assert percentile([], 50) is None


def _period():
    today = timezone.localdate()
    return Filters(start=today - timedelta(days=60), end=today)


def test_volume_and_reply_time_match_an_independent_count(activity):
    filters = _period()
    board = dashboard(administration=activity.administration, filters=filters)
    messages = Message.objects.filter(administration=activity.administration)
    replies = Reply.objects.filter(message__administration=activity.administration).select_related("message")

    def week(moment):
        day = timezone.localtime(moment).date()
        return day - timedelta(days=day.weekday())

    received = Counter(
        week(m.received_at) for m in messages if timezone.localtime(m.received_at).date() >= filters.start
    )
    sent = Counter(week(r.sent_at) for r in replies)
    volume = board.figure("volume")
    assert sum(row[1] for row in volume.rows) == sum(received.values()) == 13
    assert sum(row[2] for row in volume.rows) == 10
    by_label = {row[0]: row for row in volume.rows}
    for monday, count in received.items():
        assert by_label[f"Semaine du {monday:%d/%m/%Y}"][1] == count
    for monday, count in sent.items():
        assert by_label[f"Semaine du {monday:%d/%m/%Y}"][2] == count

    hours = [(r.sent_at - r.message.received_at).total_seconds() / 3600 for r in replies]
    assert board.kpi("Délai médian").value == round(float(np.median(hours)), 1)
    delay = board.figure("delai")
    this_week = [row for row in delay.rows if row[1]]
    assert len(this_week) == 1 and this_week[0][1] == 10
    assert this_week[0][2] == round(float(np.percentile(hours, 50)), 1)
    assert this_week[0][3] == round(float(np.percentile(hours, 90)), 1)


def test_drafts_edits_time_and_feedback_match(activity):
    board = dashboard(administration=activity.administration, filters=_period())
    replies = list(Reply.objects.filter(message__administration=activity.administration))
    feedback = {f.reply_id: f for f in Feedback.objects.filter(reply__in=replies)}
    assisted = [r for r in replies if r.draft_id]
    distances = [feedback[r.pk].edit_distance for r in assisted]
    unchanged = sum(1 for d in distances if d == 0)
    assert unchanged == 2  # replies 0 and 4 were sent as drafted (8 went to a control agent)
    assert board.kpi("Réponses issues d'un brouillon IA").value == pytest.approx(len(assisted) / len(replies))
    assert board.kpi("Envoyées sans modification").value == pytest.approx(unchanged / len(assisted))
    edits = board.figure("brouillons")
    assert edits.rows[0][1] == unchanged and sum(row[1] for row in edits.rows) == len(assisted)
    over_half = sum(1 for d in distances if d > 0.5)
    assert edits.rows[-1][1] == over_half

    cohorts = {m.user_id: m.cohort for m in Membership.objects.filter(administration=activity.administration)}
    pilot_times = [feedback[r.pk].time_on_task_s for r in replies if cohorts[r.approved_by_id] == Cohort.PILOT]
    control_times = [feedback[r.pk].time_on_task_s for r in replies if cohorts[r.approved_by_id] == Cohort.CONTROL]
    time = board.figure("temps")
    assert sum(row[1] for row in time.rows) == len(pilot_times)
    assert sum(row[2] for row in time.rows) == len(control_times)
    assert time.rows[0][1] == sum(1 for t in pilot_times if t < 120)
    assert time.rows[4][2] == sum(1 for t in control_times if t >= 1200)
    all_times = pilot_times + control_times
    assert board.kpi("Temps de traitement médian").value == round(float(np.median(all_times)) / 60, 1)

    reasons = Counter(reason for f in feedback.values() for reason in f.reasons)
    motifs = {row[0]: row[1] for row in board.figure("motifs").rows}
    assert motifs["Trop long"] == reasons["too_long"] and motifs["Erreur factuelle"] == reasons["fact_error"]
    ratings = Counter(f.rating for f in feedback.values() if f.rating)
    avis = {row[0]: row[1] for row in board.figure("avis").rows}
    assert avis["Utilisable tel quel"] == ratings["as_is"] and avis["Modifications importantes"] == ratings["major"]


def test_triage_alerts_and_satisfaction_match(activity):
    caf = activity.administration
    message = activity.messages[-1]
    label, present = ("distress", False) if message.is_distress else ("distress", True)
    audit_log(  # what guichet.inbox.triage_corrections records for one correction
        action="message.triage_corrected",
        obj=message,
        message=message,
        details={"label": label, "present": present, "labels_before": message.triage_labels, "labels": []},
    )
    satisfaction_record(reply=activity.replies[0], score=5)
    satisfaction_record(reply=activity.replies[1], score=2)
    satisfaction_record(reply=activity.replies[1], score=4)  # the citizen changed their mind: replaced
    board = dashboard(administration=caf, filters=_period())

    labels = Counter(label for m in Message.objects.filter(administration=caf) for label in m.triage_labels)
    tri = {row[0]: row for row in board.figure("tri").rows}
    assert tri["Réclamation"][1] == labels["complaint"] and tri["Demande courante"][1] == labels["routine"]
    assert tri["Détresse"][2 if present else 3] == 1
    assert sum(row[2] + row[3] for row in board.figure("tri").rows) == 1

    codes = Counter(
        a["code"] for d in Draft.objects.filter(message__administration=caf).exclude(kind="agent") for a in d.alerts
    )
    alerts = {row[0]: row[1] for row in board.figure("alertes").rows}
    assert alerts["Promesse"] == codes["promise"] and alerts["Nombre non appuyé"] == codes["number_unsupported"]

    satisfaction = board.figure("satisfaction")
    assert [row[1] for row in satisfaction.rows] == [0, 0, 0, 1, 1]
    assert board.kpi("Usagers satisfaits").value == 1.0
    assert CitizenSatisfaction.objects.count() == 2


def test_cohort_and_label_filters(activity):
    caf = activity.administration
    period = _period()
    control = dashboard(administration=caf, filters=Filters(period.start, period.end, cohort=Cohort.CONTROL))
    expected = Reply.objects.filter(message__administration=caf, approved_by=activity.control).count()
    assert control.kpi("Réponses envoyées").value == expected == 3
    assert control.kpi("Réponses issues d'un brouillon IA").value == 0
    assert control.kpi("Messages reçus").value == 13  # the cohort applies to replies only

    complaints = dashboard(administration=caf, filters=Filters(period.start, period.end, label="complaint"))
    with_label = [m for m in Message.objects.filter(administration=caf) if "complaint" in m.triage_labels]
    assert complaints.kpi("Messages reçus").value == len(with_label)
    assert complaints.kpi("Réponses envoyées").value == sum(1 for m in with_label if hasattr(m, "reply"))


def test_period_filter_excludes_older_messages(activity):
    today = timezone.localdate()
    recent = Filters(start=week_start(today), end=today)
    board = dashboard(administration=activity.administration, filters=recent)
    low = timezone.make_aware(timezone.datetime.combine(recent.start, timezone.datetime.min.time()))
    expected = Message.objects.filter(administration=activity.administration, received_at__gte=low).count()
    assert board.kpi("Messages reçus").value == expected < 13


def test_a_later_draw_does_not_move_replies_already_sent(activity):
    caf = activity.administration
    before = {c.cohort: c.replies for c in experiment_report(administration=caf).cohorts}
    Membership.objects.filter(administration=caf).update(cohort=Cohort.CONTROL)  # everyone in control from now on
    after = {c.cohort: c.replies for c in experiment_report(administration=caf).cohorts}
    assert after == before == {"pilot": 7, "control": 3}
    board = dashboard(administration=caf, filters=Filters(_period().start, _period().end, cohort=Cohort.PILOT))
    assert board.kpi("Réponses envoyées").value == 7


def test_every_alert_a_draft_can_carry_has_a_french_label_on_the_dashboard():
    """The supervision table names alerts for people: a code the checks raise must not appear raw."""
    assert sorted(set(ALERT_CODES) - set(ALERT_LABELS)) == []
