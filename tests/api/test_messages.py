import pytest
from django.test import Client

from guichet.accounts.models import ApiKey
from guichet.inbox.models import Message
from guichet.inbox.workflow import reply_approve_and_send
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    caf = AdministrationFactory(name="CAF test", slug="caf-test")
    other = AdministrationFactory(name="Préfecture test", slug="prefecture-test")
    _, caf_key = ApiKey.generate(administration=caf, name="SP+")
    _, other_key = ApiKey.generate(administration=other, name="SP+")
    return caf, caf_key, other_key


def _post(client: Client, key: str, payload: dict):
    return client.post("/api/v1/messages", payload, content_type="application/json", headers={"X-API-Key": key})


def test_submit_is_idempotent_and_scoped(setup):
    caf, caf_key, other_key = setup
    client = Client()
    payload = {"title": "APL", "message": "Comment demander l'APL ?", "external_id": "sp-1"}
    first = _post(client, caf_key, payload)
    assert first.status_code == 201
    assert _post(client, caf_key, payload).status_code == 200
    assert Message.objects.count() == 1
    message_id = first.json()["id"]
    assert client.get(f"/api/v1/messages/{message_id}", headers={"X-API-Key": caf_key}).status_code == 200
    assert client.get(f"/api/v1/messages/{message_id}", headers={"X-API-Key": other_key}).status_code == 404


def test_bad_key_and_invalid_payload(setup):
    _, caf_key, _ = setup
    client = Client()
    assert _post(client, "gch_faux", {"message": "x"}).status_code == 401
    assert _post(client, caf_key, {"title": "sans message"}).status_code == 422
    assert _post(client, caf_key, {"message": ""}).status_code == 422


def test_an_identifier_or_an_office_with_a_control_character_is_refused_not_stored(setup):
    """A NUL byte in the office's name reached PostgreSQL and answered 500 (found by the API fuzzing)."""
    caf, caf_key, _ = setup
    client = Client()
    for field, value in (("office", "Agence\x00de Lyon"), ("external_id", "sp-\x1b[31m"), ("office", "Nord\x85")):
        response = _post(client, caf_key, {"message": "Bonjour, une question sur l'APL.", field: value})
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"][-1] == field
    assert Message.objects.count() == 0
    accepted = _post(
        client, caf_key, {"message": "Bonjour.", "office": "Agence de Lyon – Part-Dieu", "external_id": "é-1"}
    )
    assert accepted.status_code == 201


def test_replies_feed_only_after_agent_approval(setup):
    caf, caf_key, other_key = setup
    client = Client()
    message_id = _post(client, caf_key, {"message": "Question", "external_id": "sp-2"}).json()["id"]
    assert client.get("/api/v1/replies", headers={"X-API-Key": caf_key}).json() == []
    reply_approve_and_send(message=Message.objects.get(pk=message_id), actor=member(caf), text="Bonjour, voici.")
    feed = client.get("/api/v1/replies", headers={"X-API-Key": caf_key}).json()
    assert [r["external_id"] for r in feed] == ["sp-2"]
    assert client.get("/api/v1/replies", headers={"X-API-Key": other_key}).json() == []
    status = client.get(f"/api/v1/messages/{message_id}", headers={"X-API-Key": caf_key}).json()
    assert status["status"] == "sent" and status["reply"]["text"] == "Bonjour, voici."


def test_openapi_schema_served(setup):
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert "/api/v1/messages" in response.json()["paths"]


def test_replies_since_a_moment_with_any_offset_answers(setup):
    """An offset PostgreSQL refuses (+19:57) and a moment past year 9999 once in UTC answered 500 (API fuzzing)."""
    _, caf_key, _ = setup
    client = Client()
    for since in ("7509-10-12T16:41:36+19:57", "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+05:00"):
        response = client.get("/api/v1/replies", {"since": since}, headers={"X-API-Key": caf_key})
        assert response.status_code == 200 and response.json() == []
