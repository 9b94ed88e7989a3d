"""The agent marks a personal value that intake missed: masked in the message, its drafts and its prompt log."""

import pytest
from django.urls import reverse

from guichet.audit.models import AuditEvent
from guichet.drafting.models import ModelCall
from guichet.inbox.personal_data import message_mapping
from guichet.inbox.pii_marks import message_pii_mark
from guichet.inbox.workflow import draft_add
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db

# "poupette" is a nickname intake cannot know here (since the seventeenth pass a doubled syllable such as "zouzou"
# is masked at intake, since the eighteenth any nickname after "tout le monde m'appelle"); "Poupette" is how the
# model wrote it back.
BODY = "Bonjour, au foyer je suis poupette pour tout le monde. Comment renouveler ma carte Vitale ? Merci."


@pytest.fixture
def world():
    cpam = AdministrationFactory(name="Caisse primaire d'assurance maladie", short_name="CPAM", slug="cpam")
    other = AdministrationFactory(name="Mairie", short_name="Mairie", slug="mairie")
    message = make_message(cpam, title="Carte Vitale", body=BODY)
    return {"agent": member(cpam, username="camille"), "outsider": member(other, username="dominique"), "m": message}


def test_one_gesture_masks_the_value_in_the_message_its_drafts_and_its_prompt_log(client, world):
    message = world["m"]
    assert "poupette" in message.pseudonymised_body  # intake missed it
    old = draft_add(message=message, text="Bonjour Poupette,\nVoici la démarche.")
    new = draft_add(message=message, text="Bonjour,\nVoici la démarche.")
    call = ModelCall.objects.create(
        message_id=message.pk,
        backend="scripted",
        model_name="scripted",
        prompt=[{"role": "user", "content": message.pseudonymised_body}],
        prompt_hash="x",
        output="Bonjour Poupette,",
    )
    client.force_login(world["agent"])

    response = client.post(reverse("pii_mark", args=[message.pk]), {"value": "poupette", "kind": "PERSONNE"})

    assert response.status_code == 302 and response["Location"].endswith("#pii-mark")
    message.refresh_from_db()
    placeholder = next(p for p, v in message_mapping(message).items() if v == "poupette")
    assert "poupette" not in message.pseudonymised_body and placeholder in message.pseudonymised_body
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.text == f"Bonjour {placeholder},\nVoici la démarche." and new.text == "Bonjour,\nVoici la démarche."
    call.refresh_from_db()
    assert "poupette" not in call.prompt[0]["content"] and call.output == f"Bonjour {placeholder},"
    event = AuditEvent.objects.for_message(message).get(action="message.pii_marked")
    assert event.actor == world["agent"]
    assert event.details["drafts_changed"] == 1 and event.details["model_calls_changed"] == 1
    assert "poupette" not in str(event.details).lower()
    page = client.get(reverse("message", args=[message.pk])).content.decode()
    assert "Masqué sous" in page and 'id="pii-mark"' in page


def test_a_value_that_is_not_in_the_message_is_refused_and_nothing_changes(client, world):
    message = world["m"]
    before = message.pseudonymised_body
    client.force_login(world["agent"])
    response = client.post(
        reverse("pii_mark", args=[message.pk]), {"value": "Dupont", "kind": "PERSONNE"}, follow=True
    )
    assert "apparaît pas dans le message" in response.content.decode()
    message.refresh_from_db()
    assert message.pseudonymised_body == before
    assert not AuditEvent.objects.for_message(message).filter(action="message.pii_marked").exists()


def test_marking_the_same_value_twice_keeps_one_placeholder(world):
    message = world["m"]
    first = message_pii_mark(message=message, value="poupette", actor=world["agent"])
    second = message_pii_mark(message=message, value="POUPETTE", actor=world["agent"])
    assert first.placeholder == second.placeholder


def test_another_administrations_agent_cannot_mark(client, world):
    client.force_login(world["outsider"])
    response = client.post(reverse("pii_mark", args=[world["m"].pk]), {"value": "poupette", "kind": "PERSONNE"})
    assert response.status_code == 404
