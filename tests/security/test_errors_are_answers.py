"""Item 5 of issue 15: every error is an answer (JSON on the API, 400 in forms), bad input is cleaned or refused."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client

from guichet.accounts.models import ApiKey
from guichet.inbox.enums import DraftKind, Status
from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message, Reply
from guichet.inbox.workflow import TransitionError, draft_add, reply_approve_and_send
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def caf_key():
    caf = AdministrationFactory(name="CAF sécurité", slug="caf-securite")
    _, key = ApiKey.generate(administration=caf, name="SP+")
    return caf, key


def _post(client: Client, key: str, payload, **extra):
    return client.post(
        "/api/v1/messages", payload, content_type="application/json", headers={"X-API-Key": key}, **extra
    )


def _is_json_error(response, status: int) -> bool:
    return (
        response.status_code == status
        and response["Content-Type"].startswith("application/json")
        and "detail" in response.json()
    )


def test_body_over_the_limit_is_a_json_413(caf_key, settings):
    settings.GUICHET_API_MAX_BODY = 10_000
    _, key = caf_key
    response = _post(Client(), key, {"message": "x" * 20_000})
    assert _is_json_error(response, 413)
    assert "Ko" in response.json()["detail"]


def test_unknown_route_wrong_method_and_bad_key_are_json(caf_key):
    _, key = caf_key
    client = Client()
    assert _is_json_error(client.get("/api/v1/nulle-part", headers={"X-API-Key": key}), 404)
    assert _is_json_error(client.delete("/api/v1/messages", headers={"X-API-Key": key}), 405)
    assert _is_json_error(_post(client, "mauvaise-cle", {"message": "Bonjour"}), 401)
    assert _is_json_error(
        client.post("/api/v1/messages", "{pas du json", content_type="application/json", headers={"X-API-Key": key}),
        422,
    ) or _is_json_error(
        client.post("/api/v1/messages", "{pas du json", content_type="application/json", headers={"X-API-Key": key}),
        400,
    )


def test_external_id_over_100_characters_is_a_clear_422(caf_key):
    _, key = caf_key
    response = _post(Client(), key, {"message": "Bonjour", "external_id": "x" * 101})
    assert response.status_code == 422
    assert Message.objects.count() == 0


def test_whitespace_only_message_is_refused_and_control_characters_removed(caf_key):
    caf, key = caf_key
    client = Client()
    response = _post(client, key, {"message": " \n\t\u00a0\x00 "})
    assert _is_json_error(response, 422) and "vide" in response.json()["detail"]
    response = _post(client, key, {"title": "Ti\x00tre", "message": "Bon\x00jour\x1b[31m\r\nmerci\u202e"})
    assert response.status_code == 201
    message = Message.objects.get(pk=response.json()["id"])
    assert message.body == "Bonjour[31m\nmerci" and message.title == "Titre"
    with pytest.raises(ValidationError):
        message_receive(administration=caf, body="\x00\x00")
    # invisible format characters alone (zero-width space, joiner, word joiner, byte-order mark) are no message
    response = _post(client, key, {"message": "\u200b \u200d\u2060\ufeff"})
    assert _is_json_error(response, 422) and "vide" in response.json()["detail"]
    assert _post(client, key, {"message": "\u200bBonjour"}).status_code == 201


@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicate_external_id_is_idempotent(caf_key):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers: the race needs PostgreSQL (DATABASE_URL)")
    _, key = caf_key
    statuses: list[int] = []
    barrier = threading.Barrier(4)

    def submit() -> None:
        barrier.wait()
        statuses.append(_post(Client(), key, {"message": "Même message", "external_id": "sp-race"}).status_code)
        connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses).count(201) == 1 and set(statuses) <= {200, 201}
    assert Message.objects.filter(external_id="sp-race").count() == 1


def test_a_sent_message_takes_no_new_draft():
    caf = AdministrationFactory()
    agent = member(caf)
    message = message_receive(administration=caf, body="Comment demander l'APL ?")
    reply_approve_and_send(message=message, actor=agent, text="Bonjour, en ligne sur caf.fr.")
    message.refresh_from_db()
    assert message.status == Status.SENT
    with pytest.raises(TransitionError, match="déjà traité"):
        draft_add(message=message, text="Un brouillon de trop", kind=DraftKind.AGENT, actor=agent)
    assert message.drafts.count() == 0


@pytest.mark.parametrize(("route", "field"), [("draft_discard", "draft_id"), ("feedback_complete", "feedback_id")])
@pytest.mark.parametrize("value", ["abc", "1e3", "-1", "٣", "9" * 40])
def test_bad_ids_in_forms_are_a_400(route, field, value):
    from django.urls import reverse

    caf = AdministrationFactory()
    agent = member(caf)
    message = message_receive(administration=caf, body="Comment demander l'APL ?")
    client = Client()
    client.force_login(agent)
    response = client.post(reverse(route, args=[message.pk]), {field: value})
    assert response.status_code == 400


@pytest.mark.parametrize("value", ["9" * 40, "-3"])
def test_out_of_range_draft_id_in_the_send_form_is_a_400(value):
    from django.urls import reverse

    caf = AdministrationFactory()
    agent = member(caf)
    message = message_receive(administration=caf, body="Comment demander l'APL ?")
    client = Client()
    client.force_login(agent)
    response = client.post(reverse("reply_send", args=[message.pk]), {"text": "Bonjour", "draft_id": value})
    assert response.status_code == 400
    assert not Reply.objects.filter(message=message).exists()


def test_a_replayed_send_is_refused_without_error_nor_new_draft():
    from django.urls import reverse

    caf = AdministrationFactory()
    agent = member(caf)
    message = message_receive(administration=caf, body="Comment demander l'APL ?")
    client = Client()
    client.force_login(agent)
    form = {"text": "Bonjour, la demande se fait en ligne.", "rating": "", "time_on_task_s": "30"}
    first = client.post(reverse("reply_send", args=[message.pk]), form)
    assert first.status_code == 302 and Reply.objects.filter(message=message).count() == 1
    drafts_before = message.drafts.count()
    replay = client.post(reverse("reply_send", args=[message.pk]), form)
    assert replay.status_code == 302
    assert Reply.objects.filter(message=message).count() == 1
    assert message.drafts.count() == drafts_before


def test_errors_are_in_french_and_name_the_invalid_fields(caf_key):
    """The documented error shape (`ErrorOut`): a French sentence, and for invalid data the fields at fault."""
    _, key = caf_key
    client = Client()
    unauthorised = _post(client, "mauvaise-cle", {"message": "Bonjour"})
    assert unauthorised.status_code == 401 and unauthorised.json() == {
        "detail": "Clé d'API absente ou invalide (en-tête X-API-Key)."
    }
    invalid = _post(client, key, {"message": 5, "external_id": "x" * 101})
    assert invalid.status_code == 422
    body = invalid.json()
    assert body["detail"].startswith("Données invalides.") and "message" in body["detail"]
    assert {tuple(error["loc"][-1:]) for error in body["errors"]} == {("message",), ("external_id",)}
    assert "x" * 101 not in invalid.content.decode()  # the input is not echoed back
    not_a_number = client.get("/api/v1/messages/abc", headers={"X-API-Key": key})
    assert not_a_number.status_code == 422 and not_a_number.json()["errors"][0]["loc"][-1] == "message_id"
