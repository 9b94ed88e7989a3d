"""Risk-based weekly samples: every risky reply, a share of the sensitive ones, a random share of the rest."""

import io
import math
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from guichet.accounts.enums import Role
from guichet.audit.models import AuditEvent
from guichet.inbox.models import Feedback, Reply
from guichet.insights.dashboard import Filters, dashboard
from guichet.insights.metrics import experiment_report
from guichet.insights.models import SpotCheck
from guichet.insights.spotchecks import policy_update, sample_for_week, spot_check_grade
from guichet.insights.stats import week_start
from tests.accounts.factories import AdministrationFactory, member
from tests.insights.builders import build_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity():
    return build_activity(AdministrationFactory(name="CAF du Rhône", slug="caf-rhone"), replies=12, open_messages=0)


def _expected(activity):
    replies = list(Reply.objects.filter(message__administration=activity.administration).select_related("draft"))
    unchanged = {f.reply_id for f in Feedback.objects.filter(reply__in=replies, edit_distance=0)}
    risky = {
        r.pk
        for r in replies
        if r.pk in unchanged and r.draft and any(a["level"] in {"error", "warning"} for a in r.draft.alerts)
    }
    sensitive = {
        r.pk for r in replies if r.pk not in risky and {"distress", "complaint"} & set(r.message.triage_labels)
    }
    return replies, risky, sensitive


def test_weekly_sample_takes_every_risky_reply_and_the_set_shares(activity):
    caf = activity.administration
    second = member(caf, role=Role.SUPERVISOR)
    policy_update(
        administration=caf, actor=activity.supervisor, sensitive_rate=Decimal("0.5"), random_rate=Decimal("0.2")
    )
    replies, risky, sensitive = _expected(activity)
    assert risky, "the builder sends drafts with alerts unchanged"
    checks = sample_for_week(administration=caf, week=timezone.localdate())
    by_reason = {reason: {c.reply_id for c in checks if c.reason == reason} for reason in SpotCheck.Reason.values}
    assert by_reason["alert_unchanged"] == risky
    assert by_reason["sensitive"] <= sensitive and len(by_reason["sensitive"]) == math.ceil(0.5 * len(sensitive))
    rest = len(replies) - len(risky) - len(sensitive)
    assert len(by_reason["random"]) == math.ceil(0.2 * rest)
    assert {c.reviewer_id for c in checks} == {activity.supervisor.pk, second.pk}  # spread over the supervisors
    assert all(c.week == week_start(timezone.localdate()) for c in checks)
    assert sample_for_week(administration=caf, week=timezone.localdate()) == []  # a reply is drawn once
    event = AuditEvent.objects.get(action="spotcheck.sampled")
    assert event.details["alert_unchanged"] == len(risky)


def test_sample_is_reproducible(activity):
    caf = activity.administration
    first = {(c.reply_id, c.reason) for c in sample_for_week(administration=caf, week=timezone.localdate())}
    SpotCheck.objects.all().delete()
    again = {(c.reply_id, c.reason) for c in sample_for_week(administration=caf, week=timezone.localdate())}
    assert first == again


def test_grades_need_a_reason_and_a_supervisor_and_feed_the_figures(activity):
    caf = activity.administration
    checks = sample_for_week(administration=caf, week=timezone.localdate())
    with pytest.raises(ValidationError):
        spot_check_grade(check=checks[0], reviewer=activity.supervisor, grade="error")
    with pytest.raises(PermissionDenied):
        spot_check_grade(check=checks[0], reviewer=activity.pilot[0], grade="correct")
    spot_check_grade(check=checks[0], reviewer=activity.supervisor, grade="error", reason="Montant faux")
    for check in checks[1:]:
        spot_check_grade(check=check, reviewer=activity.supervisor, grade="correct")
    board = dashboard(administration=caf, filters=Filters.default())
    assert board.kpi("Erreurs relevées aux contrôles").value == pytest.approx(1 / len(checks))
    figure = board.figure("controles")
    assert sum(figure.rows[2][1:]) == 1 and sum(figure.rows[0][1:]) == len(checks) - 1
    report = experiment_report(administration=caf)
    assert sum(c.quality.n for c in report.cohorts) == len(checks)


def test_spot_check_page_grades_through_the_form(activity):
    caf = activity.administration
    client = Client()
    client.force_login(activity.supervisor)
    client.post(reverse("insights:spotchecks_sample", args=[caf.slug]))  # last full week: nothing sent then
    checks = sample_for_week(administration=caf, week=timezone.localdate())
    page = client.get(reverse("insights:spotchecks", args=[caf.slug])).content.decode()
    mine = [c for c in checks if c.reviewer_id == activity.supervisor.pk]
    assert f"Réponse au message n° {mine[0].reply.message_id}" in page
    url = reverse("insights:spotcheck_grade", args=[caf.slug, mine[0].pk])
    client.post(url, {"grade": "minor", "reason": ""})
    mine[0].refresh_from_db()
    assert mine[0].grade == ""  # refused without a reason
    client.post(url, {"grade": "minor", "reason": "Formule de politesse absente"})
    mine[0].refresh_from_db()
    assert mine[0].grade == "minor" and mine[0].graded_at is not None
    agent = Client()
    agent.force_login(activity.pilot[0])
    assert agent.post(url, {"grade": "correct"}).status_code == 403
    client.post(
        reverse("insights:spotchecks_policy", args=[caf.slug]), {"sensitive_percent": "25", "random_percent": "2.5"}
    )
    caf.spotcheck_policy.refresh_from_db()
    assert caf.spotcheck_policy.sensitive_rate == Decimal("0.250") and caf.spotcheck_policy.random_rate == Decimal(
        "0.025"
    )


def test_policy_form_shows_the_current_rates_in_machine_format(activity):
    client = Client()
    client.force_login(activity.supervisor)
    page = client.get(reverse("insights:spotchecks", args=[activity.administration.slug])).content.decode()
    assert 'value="50.0"' in page and 'value="5.0"' in page


def test_weekly_command_draws_for_each_administration(activity):
    out = io.StringIO()
    call_command("spotchecks", "--week", timezone.localdate().isoformat(), stdout=out)
    assert f"{activity.administration.name} : " in out.getvalue()
    assert SpotCheck.objects.filter(administration=activity.administration).exists()
    with pytest.raises(CommandError):
        call_command("spotchecks", "--week", "lundi", stdout=out)
