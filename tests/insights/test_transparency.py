"""The public transparency page and its JSON export: no login, aggregated figures, small counts withheld."""

import json

import pytest
from django.test import Client

from guichet.insights.transparency import MIN_COUNT
from tests.accounts.factories import AdministrationFactory
from tests.insights.builders import build_activity

pytestmark = pytest.mark.django_db


def test_public_page_and_json_without_login():
    caf = AdministrationFactory(name="CAF du Rhône", slug="caf-rhone")
    activity = build_activity(caf, replies=4, open_messages=8)  # 12 messages, 4 replies
    client = Client()
    page = client.get("/transparence/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Un agent valide chaque réponse" in text and "Ce que l'IA ne fait pas" in text
    assert "non publié (moins de 10 cas)" in text
    data = json.loads(client.get("/transparence.json").content)
    figures = data["figures"]
    assert figures["messages_received"] == 12
    assert figures["replies_sent"] is None  # 4 < MIN_COUNT: withheld
    assert figures["reply_time_hours_median"] is None and MIN_COUNT == 10
    assert data["model"]["name"] and data["personal_data"]["removed_before_any_model"]
    raw = json.dumps(data, ensure_ascii=False)
    for reply in activity.replies:
        assert reply.text not in raw
    for message in activity.messages:
        assert message.body not in raw
    assert activity.supervisor.get_username() not in raw and caf.name not in raw


def test_figures_shown_from_ten_cases():
    build_activity(AdministrationFactory(slug="caf"), replies=10, open_messages=0)
    figures = json.loads(Client().get("/transparence.json").content)["figures"]
    assert figures["replies_sent"] == 10
    assert figures["reply_time_hours_median"] is not None
    assert figures["share_replies_from_ai_draft"] == pytest.approx(7 / 10)
