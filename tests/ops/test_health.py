"""Health endpoints: liveness, readiness and the full report, without login and without personal data."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from guichet import health
from guichet.inbox.tasks import draft_message_task

pytestmark = pytest.mark.django_db


def test_livez_and_readyz_answer_without_login(client):
    assert client.get(reverse("livez")).json() == {"status": "ok"}
    ready = client.get(reverse("readyz"))
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"]["ok"] is True


@override_settings(GUICHET_LLM_BACKEND="none")
def test_healthz_reports_each_check_and_degrades_without_an_index(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert set(body["checks"]) == {"database", "queue", "index", "model"}
    assert body["checks"]["index"] == {
        "ok": False,
        "present": False,
        "current": False,
        "ms": body["checks"]["index"]["ms"],
    }
    assert body["status"] == "degraded"
    assert client.get(reverse("healthz") + "?strict=1").status_code == 503
    assert response["Cache-Control"].startswith("max-age=0")


def test_queue_lag_is_the_age_of_the_oldest_due_task():
    result = draft_message_task.enqueue(123456)
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timezone.timedelta(seconds=900))
    queue = health.check_queue()
    assert queue["waiting"] == 1
    assert 880 <= queue["lag_s"] <= 1000
    assert queue["ok"] is False  # over QUEUE_LAG_WARN_S


@override_settings(
    GUICHET_LLM_BACKEND="openai", GUICHET_OPENAI_BASE_URL="http://127.0.0.1:9/v1", GUICHET_LLM_MODEL="m"
)
def test_an_unreachable_model_server_is_reported_not_fatal(client):
    body = client.get(reverse("healthz")).json()
    assert body["checks"]["model"]["ok"] is False
    assert body["status"] == "degraded"
