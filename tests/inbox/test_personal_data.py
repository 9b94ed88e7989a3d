from datetime import timedelta

import pytest
from django.db import connection

from guichet.audit.models import AuditEvent
from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message
from guichet.inbox.personal_data import (
    PURGED_MARKER,
    message_display,
    message_mapping,
    message_pseudonymise,
    purge_expired,
)
from guichet.inbox.workflow import message_close
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db

BODY = "Bonjour, mon arrêt de travail n'est pas payé.\nPriscilla Adjovi\nNIR 2 92 11 69 383 117 43\ntél 06 41 77 32 08"


def receive(administration, *, title="IJ de Mme Adjovi non payées", body=BODY, **fields) -> Message:
    return message_receive(administration=administration, title=title, body=body, **fields)


def test_intake_pseudonymises_title_and_body_with_one_mapping():
    message = receive(AdministrationFactory())
    message.refresh_from_db()
    assert message.pseudonymised_body.endswith("[PERSONNE_1]\nNIR [NIR_1]\ntél [TELEPHONE_1]")
    assert message.pseudonymised_title == "IJ de [PERSONNE_2] non payées"
    assert message_mapping(message) == {
        "[PERSONNE_1]": "Priscilla Adjovi",
        "[PERSONNE_2]": "Mme Adjovi",
        "[NIR_1]": "2 92 11 69 383 117 43",
        "[TELEPHONE_1]": "06 41 77 32 08",
    }
    assert message.pseudonymised_at is not None
    assert {"field": "title", "type": "PERSONNE", "placeholder": "[PERSONNE_2]", "start": 6, "end": 18} in (
        message.pii_entities
    )
    assert "Adjovi" not in str(message.pii_entities)


def test_intake_is_audited_with_types_only():
    message = receive(AdministrationFactory())
    event = AuditEvent.objects.for_message(message).get(action="message.pseudonymised")
    assert event.details == {"entities": {"NIR": 1, "PERSONNE": 2, "TELEPHONE": 1}}


def test_mapping_is_encrypted_at_rest():
    message = receive(AdministrationFactory())
    with connection.cursor() as cursor:
        cursor.execute("SELECT pii_mapping, pii_entities FROM inbox_message WHERE id = %s", [message.pk])
        stored_mapping, stored_entities = cursor.fetchone()
    for value in ("Adjovi", "2 92 11", "06 41"):
        assert value not in stored_mapping
        assert value not in stored_entities


def test_title_name_is_also_masked_in_the_body():
    # The body alone gives no cue for the surname ("Mon dossier : Zerrouki" is one since the tenth pass): only the
    # title's name finds it.
    message = receive(AdministrationFactory(), title="Dossier de Mme Zerrouki", body="Pour Zerrouki, merci.")
    message.refresh_from_db()
    assert message.pseudonymised_title == "Dossier de [PERSONNE_1]"
    assert message.pseudonymised_body == "Pour [PERSONNE_2], merci."


def test_sender_name_and_email_from_the_form_are_masked():
    message = receive(
        AdministrationFactory(),
        title="Question",
        body="bonjour c'est pour le rsa, écrire à aminata@example.org. aminata sow",
        citizen_name="Aminata Sow",
        citizen_email="aminata@example.org",
    )
    message.refresh_from_db()
    assert message.pseudonymised_body == "bonjour c'est pour le rsa, écrire à [EMAIL_1]. [PERSONNE_2]"
    assert message_mapping(message)["[PERSONNE_1]"] == "Aminata Sow"


def test_message_pseudonymise_again_is_stable():
    message = receive(AdministrationFactory())
    first = message.pseudonymised_body
    message_pseudonymise(message=message)
    message.refresh_from_db()
    assert message.pseudonymised_body == first


def test_display_shows_originals():
    message = receive(AdministrationFactory())
    assert message_display(message) == ("IJ de Mme Adjovi non payées", BODY)


def closed(administration, *, days_ago: int) -> Message:
    """A message closed `days_ago` days ago (the close is real; only its date is moved back)."""
    message = receive(administration)
    message = message_close(message=message, actor=member(administration))
    Message.objects.filter(pk=message.pk).update(closed_at=message.closed_at - timedelta(days=days_ago))
    message.refresh_from_db()
    return message


def test_purge_dry_run_changes_nothing():
    administration = AdministrationFactory(retention_days=30)
    message = closed(administration, days_ago=31)
    report = purge_expired(dry_run=True)
    assert report.message_ids == [message.pk]
    assert report.by_administration == {administration.name: 1}
    message.refresh_from_db()
    assert message.body == BODY and message.pii_purged_at is None and message.pii_mapping
    assert not AuditEvent.objects.filter(action="message.pii_purged").exists()


def test_purge_removes_personal_data_and_keeps_pseudonymised_text():
    administration = AdministrationFactory(retention_days=30)
    message = closed(administration, days_ago=31)
    pseudonymised = (message.pseudonymised_title, message.pseudonymised_body)
    report = purge_expired(dry_run=False)
    assert report.count == 1
    message.refresh_from_db()
    assert (message.title, message.body, message.pii_mapping) == (PURGED_MARKER, PURGED_MARKER, "")
    assert message.pii_purged_at == report.now
    assert (message.pseudonymised_title, message.pseudonymised_body) == pseudonymised
    assert message.pii_entities  # types and positions stay for the metrics
    assert message_mapping(message) == {}
    assert message_display(message) == pseudonymised
    assert message_pseudonymise(message=message).pseudonymised_body == pseudonymised[1]  # not the marker
    event = AuditEvent.objects.for_message(message).get(action="message.pii_purged")
    assert event.actor_label == "purge" and event.details["retention_days"] == 30
    assert purge_expired(dry_run=False).count == 0  # already purged


def test_purge_respects_each_administrations_retention():
    short = AdministrationFactory(retention_days=30)
    long = AdministrationFactory(retention_days=365)
    expired = closed(short, days_ago=40)
    kept_short = closed(short, days_ago=20)
    kept_long = closed(long, days_ago=40)
    still_open = receive(short)
    assert purge_expired(dry_run=False).message_ids == [expired.pk]
    for message in (kept_short, kept_long, still_open):
        message.refresh_from_db()
        assert message.body == BODY and message.pii_purged_at is None


def test_purge_uses_now():
    administration = AdministrationFactory(retention_days=30)
    message = closed(administration, days_ago=0)
    assert purge_expired(dry_run=True).count == 0
    assert purge_expired(dry_run=True, now=message.closed_at + timedelta(days=31)).message_ids == [message.pk]


def test_purge_covers_sent_replies_agent_notes_and_feedback():
    from guichet.inbox.models import Draft, Feedback, Reply
    from guichet.inbox.workflow import draft_add, reply_approve_and_send

    administration = AdministrationFactory(retention_days=30)
    agent = member(administration)
    message = receive(administration)
    draft = draft_add(message=message, text="Bonjour [PERSONNE_1]", agent_context="Mme Adjovi a appelé hier")
    reply = reply_approve_and_send(message=message, actor=agent, text="Bonjour Madame Adjovi,", draft=draft)
    Feedback.objects.create(message=message, reply=reply, author=agent, comment="Mme Adjovi était inquiète")
    assert "Adjovi" not in reply.pseudonymised_text  # filled by the workflow when the caller gave none
    message.refresh_from_db()
    Message.objects.filter(pk=message.pk).update(closed_at=message.closed_at - timedelta(days=31))
    assert purge_expired(dry_run=False).message_ids == [message.pk]
    reply.refresh_from_db()
    assert reply.text == PURGED_MARKER and reply.pseudonymised_text.startswith("Bonjour")
    assert Draft.objects.get(pk=draft.pk).agent_context == ""
    assert Feedback.objects.get(message=message).comment == ""
    assert Reply.objects.filter(message=message, approved_by=agent).exists()
