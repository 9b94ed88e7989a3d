"""The agent's workbench through the Django test client: pages, actions and tenant isolation."""

import pytest
from django.urls import reverse

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Membership
from guichet.audit.models import AuditEvent
from guichet.inbox import workflow
from guichet.inbox.enums import DraftKind, Priority, Status
from guichet.inbox.models import CannedResponse, Draft, Feedback, Reply
from guichet.inbox.privacy_bridge import mapping_for
from guichet.inbox.urls import MESSAGE_ACTION_NAMES
from tests.accounts.factories import AdministrationFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db

SOURCES = [
    {
        "n": 1,
        "fiche_id": "F12006",
        "version": "2024-01-01",
        "title": "Aide personnalisée au logement (APL)",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F12006",
        "heading": ["Conditions", "Ressources"],
        "passage": "L'APL est versée sous conditions de ressources.",
        "date": "1 janvier 2024",
    },
    {
        "n": 2,
        "fiche_id": "F12006",
        "title": "Aide personnalisée au logement (APL)",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F12006",
        "heading": "Aide personnalisée au logement (APL) > Démarche",
        "passage": "La demande se fait en ligne.",
        "extract": "La demande se fait en ligne.\n- sur le site de la Caf, rubrique Mon compte",
        "in_prompt": False,
    },
]
DRAFT_TEXT = (
    "Bonjour,\n\nL'APL est versée sous conditions de ressources [1]. "
    "Le montant sera de 250 € par mois. Votre dossier sera accepté sous huit jours.\n\nBien cordialement,"
)
AMOUNT = [DRAFT_TEXT.index("250 €"), DRAFT_TEXT.index("250 €") + len("250 €")]
# The shapes written by guichet.drafting.checks.check_draft.
CHECKS = {
    "unsupported_sentences": [{"sentence": "Votre dossier sera accepté sous huit jours.", "span": [0, 0]}],
    "numbers": {"unsupported": [{"text": "250 €", "span": AMOUNT}]},
    "promises": [{"text": "sera accepté", "span": [0, 0]}],
    "readability": {
        "score": 55.2,
        "avg_sentence_words": 14,
        "target": {"score": 60, "max_sentence_words": 20},
        "ok": False,
    },
}
ALERTS = [
    {"level": "error", "code": "promise", "message": "Le brouillon promet une décision."},
    {"level": "error", "code": "number_unsupported", "message": "« 250 € » n'apparaît pas.", "span": AMOUNT},
]


@pytest.fixture
def world(settings):
    settings.GUICHET_AUTO_DRAFT = False
    caf = AdministrationFactory(name="Caisse d'allocations familiales", slug="caf", short_name="CAF")
    cpam = AdministrationFactory(name="Assurance maladie", slug="cpam", short_name="CPAM")
    agent = member(caf, username="alice")
    outsider = member(cpam, username="bob")
    routine = make_message(caf, title="Question APL", body="Bonjour, je voudrais savoir si j'ai droit à l'APL.")
    workflow.message_triage_record(message=routine, labels=["routine"], priority=Priority.NORMAL)
    draft = workflow.draft_add(message=routine, text=DRAFT_TEXT, sources=SOURCES, checks=CHECKS, alerts=ALERTS)
    distress = make_message(caf, title="Je n'ai plus rien", body="Je n'ai plus de quoi manger, aidez-moi.")
    workflow.message_triage_record(message=distress, labels=["distress"], priority=Priority.URGENT)
    return {
        "caf": caf,
        "cpam": cpam,
        "agent": agent,
        "outsider": outsider,
        "routine": routine,
        "draft": draft,
        "distress": distress,
    }


def test_pages_need_login(client, world):
    for url in [reverse("home"), reverse("inbox", args=["caf"]), reverse("message", args=[world["routine"].pk])]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))


def test_login_page_is_french_dsfr(client):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert 'lang="fr"' in response.text
    assert "fr-input-group" in response.text
    assert "Se connecter" in response.text


def test_home_lists_the_agents_administrations(client, world):
    client.force_login(world["agent"])
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "Caisse d&#x27;allocations familiales" in response.text
    assert "Assurance maladie" not in response.text
    assert "1 en détresse" in response.text


def test_inbox_puts_distress_first_and_filters(client, world):
    client.force_login(world["agent"])
    url = reverse("inbox", args=["caf"])
    response = client.get(url)
    assert response.status_code == 200
    rows = list(response.context["page_obj"].object_list)
    assert rows[0] == world["distress"]
    assert "guichet-row--distress" in response.text
    assert [m.pk for m in client.get(url, {"label": "routine"}).context["page_obj"].object_list] == [
        world["routine"].pk
    ]
    assert [m.pk for m in client.get(url, {"q": "APL"}).context["page_obj"].object_list] == [world["routine"].pk]
    assert not client.get(url, {"status": Status.SENT}).context["page_obj"].object_list
    assert len(client.get(url, {"assignee": "none", "sort": "newest"}).context["page_obj"].object_list) == 2


def test_inbox_htmx_request_renders_only_the_results(client, world):
    client.force_login(world["agent"])
    response = client.get(reverse("inbox", args=["caf"]), {"q": "APL"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert '<div id="inbox-results">' in response.text and 'hx-swap-oob="innerHTML"' in response.text
    assert "<html" not in response.text


def test_next_message_takes_the_most_urgent(client, world):
    client.force_login(world["agent"])
    response = client.post(reverse("inbox_next", args=["caf"]))
    assert response["Location"] == reverse("message", args=[world["distress"].pk])
    world["distress"].refresh_from_db()
    assert world["distress"].assignee == world["agent"]
    assert world["distress"].status == Status.IN_REVIEW


def test_message_page_shows_draft_sources_alerts_and_marks(client, world):
    client.force_login(world["agent"])
    response = client.get(reverse("message", args=[world["routine"].pk]))
    assert response.status_code == 200
    text = response.text
    assert "Aide personnalisée au logement (APL)" in text
    assert 'id="source-1"' in text and 'href="#source-1"' in text
    assert "guichet-mark--unsupported" in text and "guichet-mark--number" in text
    assert "Le brouillon promet une décision." in text
    assert "Lisibilité : 55 (cible : 60 ou plus)" in text
    assert 'data-select-text="250 €"' in text  # the alert's span points to the amount
    assert "Conditions › Ressources" in text
    assert "Approuver et envoyer" in text
    # A passage Guichet quoted without the model: shown whole (what was copied) and marked as such.
    assert "- sur le site de la Caf, rubrique Mon compte" in text
    assert text.count("non lu par le modèle") == 1


def test_distress_message_shows_emergency_numbers(client, world):
    client.force_login(world["agent"])
    text = client.get(reverse("message", args=[world["distress"].pk])).text
    for number in ["3114", "115", "3919", "114", "119", "3977", "112"]:
        assert number in text
    assert "urgency_handled" in text


def test_save_keeps_an_agent_version_based_on_the_draft(client, world):
    client.force_login(world["agent"])
    message = world["routine"]
    client.post(
        reverse("draft_save", args=[message.pk]), {"text": "Bonjour,\n\nMa réponse.", "draft_id": world["draft"].pk}
    )
    saved = message.drafts.order_by("-version").first()
    assert saved.kind == DraftKind.AGENT and saved.parameters["based_on"] == world["draft"].version
    assert saved.sources == SOURCES
    page = client.get(reverse("message", args=[message.pk])).text
    assert "Ma réponse." in page and 'id="source-1"' in page


def test_send_stores_reply_and_feedback(client, world):
    client.force_login(world["agent"])
    message = world["routine"]
    final = DRAFT_TEXT.replace(" Votre dossier sera accepté sous huit jours.", "")
    response = client.post(
        reverse("reply_send", args=[message.pk]),
        {
            "text": final,
            "draft_id": world["draft"].pk,
            "rating": "minor",
            "reasons": ["fact_error"],
            "comment": "Promesse retirée",
            "time_on_task_s": "95",
        },
    )
    assert response.status_code == 302
    reply = Reply.objects.get(message=message)
    assert reply.text == final and reply.approved_by == world["agent"] and reply.ai_assisted
    feedback = Feedback.objects.get(message=message)
    assert feedback.rating == "minor" and feedback.reasons == ["fact_error"]
    assert feedback.time_on_task_s == 95
    assert 0 < feedback.edit_distance < 0.5
    message.refresh_from_db()
    assert message.status == Status.SENT
    page = client.get(reverse("message", args=[message.pk])).text
    assert "Réponse envoyée" in page and "editor-form" not in page


def test_skipped_feedback_still_measures_and_can_be_completed(client, world):
    client.force_login(world["agent"])
    message = world["routine"]
    client.post(reverse("reply_send", args=[message.pk]), {"text": DRAFT_TEXT, "draft_id": world["draft"].pk})
    feedback = Feedback.objects.get(message=message)
    assert feedback.rating == "" and feedback.edit_distance == 0.0
    assert "Votre avis sur le brouillon" in client.get(reverse("message", args=[message.pk])).text
    client.post(reverse("feedback_complete", args=[message.pk]), {"feedback_id": feedback.pk, "rating": "as_is"})
    feedback.refresh_from_db()
    assert feedback.rating == "as_is"


def test_distress_cannot_be_sent_without_confirming_the_urgency(client, world):
    client.force_login(world["agent"])
    message = world["distress"]
    url = reverse("reply_send", args=[message.pk])
    client.post(url, {"text": "Bonjour, nous vous rappelons."})
    assert not Reply.objects.filter(message=message).exists()
    assert message.drafts.order_by("-version").first().text == "Bonjour, nous vous rappelons."  # text kept
    assert 'required id="id_urgency_handled"' in client.get(reverse("message", args=[message.pk])).text
    client.post(url, {"text": "Bonjour, nous vous rappelons.", "urgency_handled": "on"})
    reply = Reply.objects.get(message=message)
    assert reply.urgency_handled and not reply.ai_assisted


def test_discard_canned_redirect_escalate(client, world):
    client.force_login(world["agent"])
    message = world["routine"]
    client.post(reverse("draft_discard", args=[message.pk]), {"draft_id": world["draft"].pk})
    latest = message.drafts.order_by("-version").first()
    assert latest.kind == DraftKind.AGENT and latest.parameters["based_on"] is None
    assert AuditEvent.objects.for_message(message).filter(action="draft.discarded").exists()
    canned = CannedResponse.objects.create(administration=world["caf"], title="Accusé", body="Nous avons bien reçu.")
    client.post(reverse("canned_insert", args=[message.pk]), {"canned_id": canned.pk})
    assert message.drafts.order_by("-version").first().kind == DraftKind.CANNED
    client.post(reverse("message_escalate", args=[message.pk]), {"note": "Cas complexe"})
    message.refresh_from_db()
    assert message.status == Status.ESCALATED
    client.post(reverse("message_redirect", args=[message.pk]), {"to_administration": world["cpam"].pk})
    message.refresh_from_db()
    assert message.status == Status.REDIRECTED and message.redirected_to == world["cpam"]


def test_history_lists_events_and_versions(client, world):
    client.force_login(world["agent"])
    response = client.get(reverse("message_history", args=[world["routine"].pk]))
    assert response.status_code == 200
    assert "Brouillon créé" in response.text and "Version 1" in response.text


def test_control_cohort_does_not_see_ai_drafts(client, world):
    control = member(world["caf"], username="carol")
    Membership.objects.filter(user=control).update(cohort=Cohort.CONTROL)
    client.force_login(control)
    text = client.get(reverse("message", args=[world["routine"].pk])).text
    assert "Votre dossier sera accepté" not in text
    assert 'id="source-1"' not in text
    assert "Votre dossier sera accepté" not in client.get(reverse("message_history", args=[world["routine"].pk])).text


def test_another_administrations_agent_gets_404_or_403_everywhere(client, world):
    client.force_login(world["outsider"])
    message = world["routine"]
    assert client.get(reverse("message", args=[message.pk])).status_code == 404
    assert client.get(reverse("message_history", args=[message.pk])).status_code == 404
    assert client.get(reverse("inbox", args=["caf"])).status_code == 404
    assert client.post(reverse("inbox_next", args=["caf"])).status_code == 404
    assert client.get(reverse("canned_list", args=["caf"])).status_code == 404
    for name in MESSAGE_ACTION_NAMES:
        response = client.post(
            reverse(name, args=[message.pk]),
            {"text": "x", "draft_id": world["draft"].pk, "urgency_handled": "on", "canned_id": 1},
        )
        assert response.status_code in {403, 404}, name
    assert not Reply.objects.exists()
    assert Draft.objects.filter(message=message).count() == 1
    message.refresh_from_db()
    assert message.assignee is None and message.status == Status.TRIAGED


def test_canned_responses_are_managed_by_supervisors_only(client, world):
    client.force_login(world["agent"])
    assert client.get(reverse("canned_create", args=["caf"])).status_code == 403
    supervisor = member(world["caf"], role=Role.SUPERVISOR, username="sophie")
    client.force_login(supervisor)
    response = client.post(
        reverse("canned_create", args=["caf"]),
        {
            "title": "Délais",
            "body": "Le délai de traitement est d'un mois.",
            "tags": "délai, dossier",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    canned = CannedResponse.objects.get(administration=world["caf"])
    assert canned.tags == ["délai", "dossier"]
    assert "Délais" in client.get(reverse("canned_list", args=["caf"])).text


def test_personal_data_is_highlighted_restored_and_pseudonymised_again(client, world):
    message = make_message(
        world["caf"],
        title="Mon dossier",
        body="Bonjour, je suis Jeanne Dupont, mon courriel est jeanne.dupont@example.org. Où en est mon dossier ?",
    )
    mapping = mapping_for(message)
    assert set(mapping.values()) >= {"Jeanne Dupont", "jeanne.dupont@example.org"}  # pseudonymised at intake
    person = next(p for p, v in mapping.items() if v == "Jeanne Dupont")
    draft = workflow.draft_add(message=message, text=f"Bonjour {person},\n\nVotre dossier est en cours.")
    client.force_login(world["agent"])
    text = client.get(reverse("message", args=[message.pk])).text
    assert 'class="guichet-pii"' in text and "Texte vu par le modèle" in text
    assert f'<span class="guichet-placeholder">{person}</span>' in text
    assert "Bonjour Jeanne Dupont," in text  # the draft, restored in the editor
    client.post(
        reverse("reply_send", args=[message.pk]),
        {"text": "Bonjour Jeanne Dupont,\n\nVotre dossier est en cours.", "draft_id": draft.pk},
    )
    reply = Reply.objects.get(message=message)
    assert "Jeanne Dupont" in reply.text and "Jeanne Dupont" not in reply.pseudonymised_text
    assert Feedback.objects.get(message=message).edit_distance == 0.0


def test_inbox_paginates(client, world):
    for i in range(26):
        make_message(world["caf"], title=f"Question {i}", body="Bonjour, une question.")
    client.force_login(world["agent"])
    url = reverse("inbox", args=["caf"])
    first = client.get(url)
    assert len(first.context["page_obj"].object_list) == 25 and "fr-pagination" in first.text
    second = client.get(url, {"page": 2})
    assert len(second.context["page_obj"].object_list) == 3


def test_workspace_polls_while_a_draft_is_being_prepared(client, world):
    message = make_message(world["caf"], title="Nouveau", body="Bonjour, une question.")
    workflow.message_transition(message=message, to=Status.DRAFTING)
    client.force_login(world["agent"])
    page = client.get(reverse("message", args=[message.pk]))
    assert 'hx-trigger="every 5s"' in page.text and "Brouillon en préparation" in page.text
    partial = client.get(
        reverse("message", args=[message.pk]), {"partial": "workspace"}, headers={"HX-Request": "true"}
    )
    assert partial.text.lstrip().startswith('<div id="workspace"')
    sent = client.get(
        reverse("message", args=[world["routine"].pk]), {"partial": "workspace"}, headers={"HX-Request": "true"}
    )
    assert sent.status_code == 200 and "<html" not in sent.text
