"""End to end in Chromium: an agent logs in, reviews an AI draft with its sources and alerts, edits and sends it."""

import pytest
from django.urls import reverse
from tests.accounts.factories import AdministrationFactory, member
from tests.browser.conftest import SCREENSHOTS, login, serious_violations
from tests.inbox.factories import make_message

from guichet.inbox import workflow
from guichet.inbox.enums import Priority, Status
from guichet.inbox.models import Feedback, Reply
from guichet.inbox.urls import MESSAGE_ACTION_NAMES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SOURCES = [
    {
        "n": 1,
        "fiche_id": "F12006",
        "version": "2024-01-01",
        "title": "Aide personnalisée au logement (APL)",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F12006",
        "heading": ["Conditions d'attribution", "Ressources"],
        "passage": "L'APL est versée sous conditions de ressources. Son montant dépend du loyer et du foyer.",
        "date": "1er janvier 2024",
    },
    {
        "n": 2,
        "fiche_id": "F1280",
        "version": "2024-02-01",
        "title": "Logement : simulateur d'aides",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1280",
        "heading": ["Simulation"],
        "passage": "Vous pouvez estimer le montant de votre aide avec le simulateur en ligne de la CAF.",
        "date": "1er février 2024",
    },
]
DRAFT_TEXT = (
    "Bonjour,\n\nL'aide personnalisée au logement (APL) est versée sous conditions de ressources [1]. "
    "Vous pouvez estimer son montant avec le simulateur en ligne [2]. "
    "Le montant sera de 250 € par mois. Votre dossier sera accepté sous huit jours.\n\n"
    "Nous restons à votre disposition pour tout renseignement complémentaire.\nBien cordialement,"
)
CHECKS = {
    "unsupported_sentences": ["Votre dossier sera accepté sous huit jours."],
    "numbers": {"unsupported": ["250 €"]},
    "promises": ["Votre dossier sera accepté"],
    "readability": {"score": 58, "avg_sentence_words": 13, "target": 60, "ok": False},
}
ALERTS = [
    {
        "level": "error",
        "code": "promised_decision",
        "message": "Le brouillon promet une décision que l'agent ne peut pas garantir.",
        "sentence": "Votre dossier sera accepté sous huit jours.",
    },
    {"level": "warning", "code": "number_not_in_sources", "message": "Montant absent des sources : 250 €"},
    {"level": "info", "code": "readability", "message": "Lisibilité un peu en dessous de la cible (langage clair)."},
]


@pytest.fixture
def world():
    caf = AdministrationFactory(name="Caisse d'allocations familiales du Rhône", slug="caf", short_name="CAF")
    cpam = AdministrationFactory(name="Assurance maladie", slug="cpam", short_name="CPAM")
    agent = member(caf, username="alice", first_name="Alice", last_name="Martin")
    outsider = member(cpam, username="bob")
    routine = make_message(
        caf,
        title="Droit à l'APL pour un premier logement",
        body="Bonjour, je viens d'emménager dans mon premier appartement. Ai-je droit à l'APL ? Merci.",
    )
    workflow.message_triage_record(message=routine, labels=["routine"], priority=Priority.NORMAL)
    draft = workflow.draft_add(message=routine, text=DRAFT_TEXT, sources=SOURCES, checks=CHECKS, alerts=ALERTS)
    for i, title in enumerate(["Retard de versement", "Changement de situation", "Attestation de paiement"]):
        other = make_message(caf, title=title, body=f"Bonjour, question n° {i} sur mon dossier.")
        workflow.message_triage_record(message=other, labels=["complaint" if i == 0 else "routine"], priority=1)
    distress = make_message(
        caf,
        title="Je n'ai plus de quoi nourrir mes enfants",
        body="Mes allocations sont suspendues, je n'ai plus rien pour manger et on va être expulsés.",
    )
    workflow.message_triage_record(message=distress, labels=["distress"], priority=Priority.URGENT)
    return {"caf": caf, "agent": agent, "outsider": outsider, "routine": routine, "draft": draft, "distress": distress}


def test_agent_reviews_edits_and_sends(live_server, page, world):
    base = live_server.url
    login(page, base, "alice")
    page.get_by_role("link", name="Caisse d'allocations familiales du Rhône").click()
    page.wait_for_url(f"{base}/a/caf/")

    first_row = page.locator("table tbody tr").first
    assert "Je n'ai plus de quoi nourrir mes enfants" in first_row.inner_text()
    assert "Détresse" in first_row.text_content()
    assert serious_violations(page) == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "inbox.png"), full_page=True)

    page.locator("#id_q").fill("APL")
    page.locator("#id_q").press("Enter")
    page.wait_for_function("() => document.getElementById('inbox-count').textContent.includes('1 message ')")
    assert page.locator("table tbody tr").count() == 1
    assert "q=APL" in page.url  # htmx pushed the filtered URL

    page.get_by_role("link", name="Droit à l'APL pour un premier logement").click()
    page.wait_for_url(f"{base}/messages/{world['routine'].pk}/")
    assert page.locator("#source-1").is_visible()
    assert "Aide personnalisée au logement (APL)" in page.locator("#source-1").inner_text()
    assert page.locator("mark.guichet-mark--unsupported").first.is_visible()
    assert page.locator("mark.guichet-mark--number").first.is_visible()
    assert page.get_by_text("Le brouillon promet une décision").is_visible()
    assert serious_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "message.png"), full_page=True)
    page.locator("a.guichet-cite[href='#source-2']").click()
    assert "guichet-source--active" in page.locator("#source-2").get_attribute("class")
    assert page.evaluate("() => document.activeElement.id") == "source-2"

    # The alert's "Voir dans le texte" selects the promised decision in the editor; the agent deletes it.
    page.locator("[data-select-text]").first.click()
    editor = page.locator("#id_text")
    editor.wait_for(state="visible")
    page.wait_for_function("() => document.activeElement.id === 'id_text'")
    assert page.evaluate("() => document.activeElement.selectionEnd - document.activeElement.selectionStart") > 0
    page.keyboard.press("Delete")
    edited = editor.input_value()
    assert "sera accepté" not in edited
    editor.fill(edited.replace("Le montant sera de 250 € par mois. ", ""))
    page.get_by_role("tab", name="Relecture avec sources").click()
    assert "250 €" not in page.locator("#annotated").inner_text()
    page.keyboard.press("Alt+Shift+E")  # keyboard shortcut back to the editor
    page.wait_for_function("() => document.activeElement.id === 'id_text'")

    page.get_by_role("button", name="Approuver et envoyer…").click()
    modal = page.locator("#modal-send")
    modal.wait_for(state="visible")
    assert "sera accepté" not in page.locator("#final-text").inner_text()
    modal.get_by_text("Modifications mineures").click()
    modal.get_by_text("Erreur factuelle").click()
    modal.get_by_role("button", name="Confirmer et envoyer").click()
    page.wait_for_selector("text=Réponse envoyée")

    reply = Reply.objects.get(message=world["routine"])
    assert "250 €" not in reply.text and reply.approved_by == world["agent"]
    feedback = Feedback.objects.get(message=world["routine"])
    assert feedback.rating == "minor" and feedback.reasons == ["fact_error"]
    assert feedback.time_on_task_s is not None and 0 < feedback.edit_distance < 0.5
    world["routine"].refresh_from_db()
    assert world["routine"].status == Status.SENT
    assert page.js_errors == []


def test_distress_needs_the_urgency_confirmation(live_server, page, world):
    login(page, live_server.url, "alice")
    page.goto(f"{live_server.url}/messages/{world['distress'].pk}/")
    assert page.get_by_text("3114").is_visible()
    page.locator("#id_text").fill("Bonjour,\n\nNous vous avons appelé ce jour.")
    page.keyboard.press("Control+Enter")
    page.locator("#modal-send").wait_for(state="visible")
    page.get_by_role("button", name="Confirmer et envoyer").click()
    page.wait_for_selector("text=confirmez d'abord que l'urgence a été prise en charge")
    assert not Reply.objects.filter(message=world["distress"]).exists()
    page.get_by_role("button", name="Approuver et envoyer…").click()
    page.get_by_text("J'ai pris en charge l'urgence").click()
    page.get_by_role("button", name="Confirmer et envoyer").click()
    page.wait_for_selector("text=Réponse envoyée")
    assert Reply.objects.get(message=world["distress"]).urgency_handled


def test_message_page_reflows_at_200_percent_zoom(live_server, page, world):
    login(page, live_server.url, "alice")
    page.set_viewport_size({"width": 640, "height": 450})  # a 1280×900 screen at 200 % zoom
    page.goto(f"{live_server.url}/messages/{world['routine'].pk}/")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
    assert page.get_by_role("button", name="Approuver et envoyer…").is_visible()
    page.goto(f"{live_server.url}/a/caf/")
    assert page.locator("table").first.is_visible()


def test_another_administrations_agent_gets_404_or_403(live_server, page, world):
    login(page, live_server.url, "bob")
    message = world["routine"]
    response = page.goto(f"{live_server.url}/messages/{message.pk}/")
    assert response.status == 404
    assert page.get_by_role("heading", name="Page introuvable").is_visible()
    assert page.goto(f"{live_server.url}/messages/{message.pk}/historique/").status == 404
    assert page.goto(f"{live_server.url}/a/caf/").status == 404
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    for name in MESSAGE_ACTION_NAMES:
        response = page.request.post(
            live_server.url + reverse(name, args=[message.pk]),
            form={"text": "Réponse pirate", "draft_id": str(world["draft"].pk), "urgency_handled": "on"},
            headers={"X-CSRFToken": csrf, "Referer": live_server.url},
        )
        assert response.status in {403, 404}, name
    assert not Reply.objects.exists()
