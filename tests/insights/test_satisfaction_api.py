"""A front office forwards the citizen's satisfaction with a sent reply; the dashboard counts it."""

import pytest
from django.test import Client

from guichet.accounts.models import ApiKey
from guichet.insights.dashboard import Filters, dashboard
from guichet.insights.models import CitizenSatisfaction
from tests.accounts.factories import AdministrationFactory
from tests.insights.builders import build_activity

pytestmark = pytest.mark.django_db


def _post(key: str, message_id: int, payload: dict):
    return Client().post(
        f"/api/v1/messages/{message_id}/satisfaction",
        payload,
        content_type="application/json",
        headers={"X-API-Key": key},
    )


def test_satisfaction_for_a_sent_reply():
    caf = AdministrationFactory(slug="caf")
    other = AdministrationFactory(slug="autre")
    activity = build_activity(caf, replies=2, open_messages=1)
    _, key = ApiKey.generate(administration=caf, name="SP+")
    _, other_key = ApiKey.generate(administration=other, name="Autre")
    sent = activity.replies[0].message_id
    first = _post(key, sent, {"score": 2})
    assert first.status_code == 201 and first.json() == {"message_id": sent, "score": 2, "satisfied": False}
    again = _post(key, sent, {"score": 5})
    assert again.status_code == 200 and again.json()["satisfied"] is True
    assert CitizenSatisfaction.objects.get().score == 5
    assert _post(key, sent, {"score": 6}).status_code == 422
    assert _post(key, activity.messages[-1].pk, {"score": 4}).status_code == 404  # not answered yet
    assert _post(other_key, sent, {"score": 1}).status_code == 404  # another administration's message
    assert _post("gch_faux", sent, {"score": 1}).status_code == 401
    board = dashboard(administration=caf, filters=Filters.default())
    assert board.kpi("Usagers satisfaits").value == 1.0
    assert [row[1] for row in board.figure("satisfaction").rows] == [0, 0, 0, 0, 1]
