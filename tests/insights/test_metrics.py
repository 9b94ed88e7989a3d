import io
import json

import pytest
from django.core.management import call_command

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Membership
from guichet.audit.models import AuditEvent
from guichet.inbox.models import Feedback
from guichet.inbox.workflow import draft_add, reply_approve_and_send
from guichet.insights.metrics import difference_interval, experiment_report, mean_interval, proportion_interval
from guichet.insights.services import cohorts_randomise
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message


def test_intervals():
    est = mean_interval([10.0, 12.0, 14.0])
    assert est.mean == 12.0 and est.low < 12.0 < est.high
    assert mean_interval([]).mean is None
    wilson = proportion_interval(0, 10)
    assert wilson.mean == 0 and wilson.low == pytest.approx(0, abs=1e-12) and 0 < wilson.high < 0.35
    diff = difference_interval([10.0, 11.0, 12.0, 11.0], [20.0, 21.0, 22.0, 21.0])
    assert diff.mean == -10.0 and diff.high < 0


@pytest.mark.django_db
def test_report_by_cohort():
    caf = AdministrationFactory(name="CAF test", slug="caf-test")
    pilot, control = member(caf), member(caf)
    Membership.objects.filter(user=control).update(cohort=Cohort.CONTROL)
    for agent, ai, seconds in [(pilot, True, 120), (pilot, True, 100), (control, False, 300), (control, False, 280)]:
        message = make_message(caf)
        draft = draft_add(message=message, text="Brouillon") if ai else None
        reply = reply_approve_and_send(message=message, actor=agent, text="Réponse", draft=draft)
        Feedback.objects.create(
            message=message,
            reply=reply,
            draft=draft,
            author=agent,
            rating="as_is" if ai else "",
            time_on_task_s=seconds,
            edit_distance=0.1,
        )
    report = experiment_report(administration=caf)
    by = {c.cohort: c for c in report.cohorts}
    assert by["pilot"].replies == 2 and by["control"].replies == 2
    assert by["pilot"].time_on_task_s.mean == 110 and by["control"].time_on_task_s.mean == 290
    assert by["pilot"].acceptance_rate.mean == 1.0 and by["control"].acceptance_rate.n == 0
    assert report.differences["time_on_task_s"].mean == -180
    out = io.StringIO()
    call_command("experiment", "report", "--administration", "caf-test", "--json", stdout=out)
    assert json.loads(out.getvalue())["cohorts"][0]["cohort"] == "pilot"


@pytest.mark.django_db
def test_randomise_is_reproducible_and_audited():
    caf = AdministrationFactory(name="CAF test", slug="caf-test")
    agents = [member(caf) for _ in range(6)]
    assert cohorts_randomise(administration=caf, seed=7) == {"control": 3, "pilot": 3}
    first = {m.user_id: m.cohort for m in Membership.objects.filter(user__in=agents)}
    cohorts_randomise(administration=caf, seed=7)
    assert {m.user_id: m.cohort for m in Membership.objects.filter(user__in=agents)} == first
    assert AuditEvent.objects.for_administration(caf).filter(action="experiment.randomised").count() == 2
