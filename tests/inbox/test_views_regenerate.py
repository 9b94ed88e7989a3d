"""Regenerating a draft from the message page: streamed as Server-Sent Events, or synchronous without JavaScript."""

import json
import shutil
from pathlib import Path

import pytest
from django.urls import reverse

from guichet.inbox.enums import DraftKind, DraftTrigger
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

CORPUS = Path(__file__).resolve().parent.parent / "knowledge" / "fixtures" / "corpus"
GOOD = (
    "Bonjour Madame, Monsieur,\nLe timbre fiscal coûte 86 € [Source 1]. "
    "Vous faites une pré-demande en ligne sur le site de l'ANTS [Source 2].\nCordialement."
)


@pytest.fixture
def setup(settings, tmp_path):
    from guichet.knowledge.ingest import ingest

    settings.GUICHET_AUTO_DRAFT = False
    settings.GUICHET_SEARCH_DENSE = False
    shutil.copytree(CORPUS, tmp_path / "corpus")
    ingest([tmp_path / "corpus"])
    mairie = AdministrationFactory(name="Mairie de Lyon", slug="mairie-lyon")
    agent = member(mairie)
    message = make_message(
        mairie,
        title="Premier passeport",
        body="Bonjour, je voudrais faire mon premier passeport. Combien coûte le timbre fiscal ? Julien Moreau",
    )
    return {"agent": agent, "message": message, "outsider": member(AdministrationFactory(slug="autre"))}


def _events(response) -> list[tuple[str, dict]]:
    raw = b"".join(response.streaming_content).decode()
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


@pytest.mark.django_db
def test_regenerate_without_javascript_waits_and_redirects(client, setup, settings):
    settings.GUICHET_LLM_BACKEND = "none"  # the extractive path: no model needed
    client.force_login(setup["agent"])
    message = setup["message"]
    response = client.post(reverse("draft_regenerate", args=[message.pk]), {"instruction": "Plus court"})
    assert response.status_code == 302
    draft = message.drafts.order_by("-version").first()
    assert draft.trigger == DraftTrigger.REGENERATE and draft.instruction == "Plus court"
    assert draft.kind == DraftKind.EXTRACTIVE and draft.sources


@pytest.mark.django_db(transaction=True)
def test_regenerate_streams_restored_tokens(client, setup, scripted_backend):
    scripted_backend.outputs[:] = [GOOD, GOOD]
    client.force_login(setup["agent"])
    message = setup["message"]
    response = client.post(
        reverse("draft_regenerate", args=[message.pk]),
        {"instruction": "Plus court", "context": "Ouvert le mardi.", "links": "https://ants.gouv.fr"},
        headers={"Accept": "text/event-stream"},
    )
    assert response["Content-Type"].startswith("text/event-stream")
    events = _events(response)
    names = [name for name, _ in events]
    assert names[0] == "start" and names[-1] == "done" and names.count("token") > 3
    streamed = "".join(data["t"] for name, data in events if name == "token")
    assert "86 €" in streamed and "ANTS" in streamed
    draft = message.drafts.get(pk=events[-1][1]["draft_id"])
    assert draft.kind == DraftKind.GENERATED and draft.trigger == DraftTrigger.REGENERATE
    assert "https://ants.gouv.fr" in draft.agent_context


@pytest.mark.django_db
def test_regenerate_is_refused_to_another_administration(client, setup):
    client.force_login(setup["outsider"])
    response = client.post(
        reverse("draft_regenerate", args=[setup["message"].pk]), headers={"Accept": "text/event-stream"}
    )
    assert response.status_code == 404
    assert setup["message"].drafts.count() == 0
