import pytest
from django.core.exceptions import PermissionDenied

from guichet.drafting.models import ModelCall
from guichet.inbox.drafts import display_text, draft_message, regenerate
from guichet.inbox.enums import DraftKind, DraftTrigger, Status
from guichet.inbox.models import Reply
from tests.drafting.backends import ScriptedBackend
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db

BODY = (
    "Bonjour,\nJe voudrais faire mon premier passeport. Combien coûte le timbre fiscal pour un adulte ?\n"
    "Merci,\nJulien Moreau\n06 12 34 56 78"
)
GOOD = (
    "Bonjour Madame, Monsieur,\nLe timbre fiscal coûte 86 € [Source 1]. "
    "Vous faites une pré-demande en ligne sur le site de l'ANTS [Source 2].\nCordialement."
)


@pytest.fixture
def message(mairie, corpus_indexed, settings):
    settings.GUICHET_AUTO_DRAFT = False
    return make_message(mairie, title="Premier passeport", body=BODY)


def test_intake_draft_without_a_model_is_extractive_and_ready(message, no_model):
    draft = draft_message(message=message)
    message.refresh_from_db()
    assert message.status == Status.DRAFT_READY
    assert message.triage_labels == ["routine"]
    assert draft.kind == DraftKind.EXTRACTIVE and draft.trigger == DraftTrigger.INTAKE
    assert draft.sources[0]["fiche_id"] == "F90001" and draft.sources[0]["version"]
    assert "86 €" in draft.text
    assert "extractive_fallback" in {a["code"] for a in draft.alerts}
    assert ModelCall.objects.count() == 0


def test_generated_draft_is_stored_pseudonymised_and_audited(message):
    backend = ScriptedBackend(outputs=[GOOD])
    draft = draft_message(message=message, backend=backend)
    assert draft.kind == DraftKind.GENERATED
    assert "Julien" not in draft.text and "06 12 34 56 78" not in draft.text
    call = ModelCall.objects.get()
    assert call.draft_id == draft.pk and call.message_id == message.pk
    prompt = str(call.prompt)
    assert "Moreau" not in prompt and "06 12 34 56 78" not in prompt and "[PERSONNE_1]" in prompt
    assert call.output == GOOD and call.prompt_hash == draft.prompt_hash
    # Placeholders are restored only for display.
    assert display_text(draft) == draft.text.replace("[PERSONNE_1]", "Julien Moreau")


def test_drafting_never_sends(message, no_model):
    draft_message(message=message)
    message.refresh_from_db()
    assert Reply.objects.count() == 0
    assert message.status != Status.SENT
    from guichet.inbox.workflow import message_transition, reply_approve_and_send

    with pytest.raises(PermissionDenied):
        message_transition(message=message, to=Status.SENT)
    with pytest.raises(PermissionDenied):
        reply_approve_and_send(message=message, actor=None, text=message.latest_draft.text)


def test_regenerate_streams_and_adds_a_version(message, agent, scripted_backend):
    scripted_backend.outputs[:] = [GOOD]
    tokens: list[str] = []
    draft = regenerate(
        message=message,
        actor=agent,
        instruction="plus court",
        agent_context="Ouvert le mardi.",
        on_token=tokens.append,
    )
    assert draft.trigger == DraftTrigger.REGENERATE and draft.triggered_by == agent
    assert draft.instruction == "plus court" and draft.agent_context == "Ouvert le mardi."
    assert "".join(tokens).strip()
    prompt = ModelCall.objects.for_draft(draft).get().prompt[1]["content"]
    assert "3 phrases au plus" in prompt and "Ouvert le mardi." in prompt


def test_regenerate_needs_a_member(message, settings, no_model):
    from tests.accounts.factories import UserFactory

    with pytest.raises(PermissionDenied):
        regenerate(message=message, actor=UserFactory())


def test_the_small_embedded_model_leaves_the_intake_draft_to_the_fiches(message, light_model):
    """GUICHET_DRAFT_MODEL=auto: the packaged model is not asked for the background draft (its drafts covered fewer
    key facts than the extracts); it is not even loaded for it."""
    draft = draft_message(message=message)
    assert draft.kind == DraftKind.EXTRACTIVE and "86 €" in draft.text
    assert ModelCall.objects.count() == 0
    assert "sans modèle" in " ".join(a["message"] for a in draft.alerts)


@pytest.mark.parametrize(("mode", "kind"), [("auto", DraftKind.GENERATED), ("never", DraftKind.EXTRACTIVE)])
def test_a_model_server_writes_the_intake_draft_unless_told_not_to(message, scripted_backend, settings, mode, kind):
    settings.GUICHET_DRAFT_MODEL = mode
    scripted_backend.outputs[:] = [GOOD]
    assert draft_message(message=message).kind == kind
    assert ModelCall.objects.count() == (1 if kind == DraftKind.GENERATED else 0)


def test_the_agent_s_regeneration_asks_the_model_whatever_the_intake_mode(message, agent, scripted_backend, settings):
    settings.GUICHET_DRAFT_MODEL = "never"
    scripted_backend.outputs[:] = [GOOD]
    draft_message(message=message)
    assert regenerate(message=message, actor=agent).kind == DraftKind.GENERATED
