"""A re-ingest that changes a fiche flags, within the same command, the drafts in progress that cite it."""

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from guichet.audit.models import AuditEvent
from guichet.inbox.models import Draft
from guichet.inbox.services import FeedbackInput, reply_send_with_feedback
from guichet.inbox.workflow import draft_add
from guichet.insights.source_changes import replies_citing_changed
from guichet.knowledge.models import SourceChange
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "knowledge" / "fixtures"
OLD = "Le timbre fiscal coûte 86 €."
NEW = "Le timbre fiscal coûte 86 € depuis le 1er janvier."


def _source(fiche_id: str, passage: str) -> list[dict]:
    return [{"n": 1, "fiche_id": fiche_id, "title": "Passeport", "passage": passage, "version": "v1"}]


def _ingest(folder: Path) -> None:
    call_command("ingest", str(folder), "--no-dense", "--no-progress", stdout=io.StringIO())


def test_reingest_with_a_changed_fiche_flags_drafts_and_lists_sent_replies(tmp_path):
    first, second = tmp_path / "v1", tmp_path / "v2"
    shutil.copytree(FIXTURES / "corpus", first)
    shutil.copytree(FIXTURES / "corpus", second)
    shutil.copy(FIXTURES / "changed" / "fixture-F90001.xml", second / "particuliers" / "fixture-F90001.xml")
    _ingest(first)

    caf = AdministrationFactory(slug="caf")
    agent = member(caf)
    supervisor = member(caf, role="supervisor")
    citing = make_message(caf, body="Combien coûte un passeport ?")
    draft_add(message=citing, text="Brouillon v1 [1]", sources=_source("F90001", OLD))
    in_review = draft_add(message=citing, text="Brouillon v2 [1]", sources=_source("F90001", OLD))
    unrelated = make_message(caf, body="Comment s'inscrire au chômage ?")
    other = draft_add(message=unrelated, text="Brouillon [1]", sources=_source("F90002", "Inscription."))
    answered = make_message(caf, body="Prix du passeport ?")
    sent_draft = draft_add(message=answered, text="Réponse [1]", sources=_source("F90001", OLD))
    reply = reply_send_with_feedback(
        message=answered, actor=agent, text="Réponse", draft=sent_draft, urgency_handled=True, feedback=FeedbackInput()
    )

    _ingest(second)  # the same command records the change and flags the drafts

    change = SourceChange.objects.get(kind="updated")
    assert change.fiche.fiche_id == "F90001"
    flagged = Draft.objects.get(pk=in_review.pk)
    alert = next(a for a in flagged.alerts if a["code"] == "source_changed")
    assert alert["removed"] == [OLD] and alert["added"] == [NEW]
    assert alert["cited_passage_changed"] is True and alert["level"] == "error"
    assert "Source modifiée" in alert["message"] and NEW in alert["message"]
    assert Draft.objects.get(message=citing, version=1).alerts == []  # only the draft in progress
    assert Draft.objects.get(pk=other.pk).alerts == []
    assert Draft.objects.get(pk=sent_draft.pk).alerts == []  # the message is answered: listed below instead
    assert AuditEvent.objects.filter(action="draft.alert_added", message_id=citing.pk).count() == 1

    _ingest(second)  # nothing changed: nothing flagged twice
    assert sum(a["code"] == "source_changed" for a in Draft.objects.get(pk=in_review.pk).alerts) == 1

    affected = replies_citing_changed(administration=caf, days=30)
    assert [(a.reply.pk, a.change.pk) for a in affected] == [(reply.pk, change.pk)]
    assert affected[0].passages == [OLD]

    client = Client()
    client.force_login(supervisor)
    page = client.get(reverse("insights:sources", args=["caf"])).content.decode()
    assert f"Message n° {answered.pk}" in page and "F90001" in page
    assert "Supervision" in client.get(reverse("inbox", args=["caf"])).content.decode()
    client.force_login(agent)
    inbox = client.get(reverse("inbox", args=["caf"])).content.decode()
    assert inbox.count("Source modifiée") == 1 and "Supervision" not in inbox
    editor = client.get(reverse("message", args=[citing.pk])).content.decode()
    assert "Source modifiée" in editor and "depuis le 1er janvier" in editor


def test_a_withdrawn_fiche_flags_the_draft_with_its_old_text(tmp_path):
    first, second = tmp_path / "v1", tmp_path / "v2"
    shutil.copytree(FIXTURES / "corpus", first)
    shutil.copytree(FIXTURES / "corpus", second)
    (second / "particuliers" / "fixture-F90001.xml").unlink()
    _ingest(first)
    caf = AdministrationFactory(slug="caf")
    message = make_message(caf, body="Combien coûte un passeport ?")
    draft = draft_add(message=message, text="Brouillon [1]", sources=_source("F90001", OLD))
    _ingest(second)
    assert SourceChange.objects.filter(kind="removed", fiche__fiche_id="F90001").exists()
    alert = next(a for a in Draft.objects.get(pk=draft.pk).alerts if a["code"] == "source_changed")
    assert alert["level"] == "error" and "retirée" in alert["message"]
    assert OLD in alert["removed"] and alert["added"] == []
