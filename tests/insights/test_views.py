"""Supervisor pages: who may open them, what they show, their CSV downloads."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from guichet.accounts.enums import Role
from guichet.audit.models import AuditEvent
from guichet.insights.urls import SUPERVISION_PAGE_NAMES
from tests.accounts.factories import AdministrationFactory, member
from tests.insights.builders import build_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity():
    return build_activity(AdministrationFactory(name="CAF du Rhône", slug="caf-rhone"), replies=6, open_messages=1)


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_only_the_administrations_supervisors_open_the_pages(activity):
    other = AdministrationFactory(name="Préfecture", slug="prefecture")
    outsider = member(other, role=Role.SUPERVISOR)
    for name in SUPERVISION_PAGE_NAMES:
        url = reverse(f"insights:{name}", args=["caf-rhone"])
        assert _client(activity.supervisor).get(url).status_code == 200, name
        assert _client(activity.pilot[0]).get(url).status_code == 403, name
        assert _client(outsider).get(url).status_code == 404, name
        assert Client().get(url).status_code == 302, name  # to the login page
    for name in ("experiment_randomise", "spotchecks_sample", "spotchecks_policy"):
        url = reverse(f"insights:{name}", args=["caf-rhone"])
        assert _client(activity.pilot[0]).post(url, {"seed": 1, "control_percent": 50}).status_code == 403
        assert _client(outsider).post(url).status_code == 404


def test_dashboard_page_has_a_chart_a_table_and_a_csv_per_figure(activity):
    client = _client(activity.supervisor)
    url = reverse("insights:dashboard", args=["caf-rhone"])
    page = client.get(url, {"cohorte": "pilot"}).content.decode()
    assert page.count('role="img"') == page.count("<table>") == 10
    assert page.count("csv=") == 10 and "cohorte=pilot" in page
    response = client.get(url, {"csv": "volume"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Semaine", "Reçus", "Envoyés"]
    assert sum(int(r[1]) for r in rows[1:]) == 7 and sum(int(r[2]) for r in rows[1:]) == 6
    assert client.get(url, {"csv": "nope"}).status_code == 404
    bad = client.get(url, {"debut": "2026-05-01", "fin": "2026-01-01"})
    assert "La date de début doit précéder" in bad.content.decode()


def test_experiment_page_warns_randomises_and_exports_an_anonymous_dataset(activity):
    client = _client(activity.supervisor)
    url = reverse("insights:experiment", args=["caf-rhone"])
    page = client.get(url).content.decode()
    assert "Groupes trop petits pour conclure" in page
    client.post(reverse("insights:experiment_randomise", args=["caf-rhone"]), {"seed": 42, "control_percent": 50})
    event = AuditEvent.objects.get(action="experiment.randomised")
    assert event.actor == activity.supervisor and event.details["seed"] == 42
    assert "42" in client.get(url).content.decode()
    export = client.get(url, {"export": "dataset"}).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(export)))
    assert len(rows) == 6 and {r["cohorte"] for r in rows} == {"pilot", "control"}
    exported = AuditEvent.objects.get(action="experiment.dataset_exported")
    assert exported.actor == activity.supervisor and exported.details["rows"] == 6
    for reply in activity.replies:
        assert reply.text not in export
    for user in (*activity.pilot, activity.control):
        assert user.get_username() not in export and str(user.pk) not in {r["agent"] for r in rows}
    assert len({r["agent"] for r in rows}) == 3
