"""Supervisor pages in Chromium: a supervisor opens each one (axe: no serious or critical violation, screenshots);
an agent is refused them, and another administration's supervisor does not even see that they exist."""

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from tests.accounts.factories import AdministrationFactory, member
from tests.browser.conftest import SCREENSHOTS, login, serious_violations
from tests.inbox.factories import make_message
from tests.insights.builders import build_activity

from guichet.accounts.enums import Role
from guichet.inbox.workflow import draft_add
from guichet.insights.spotchecks import sample_for_week
from guichet.insights.urls import SUPERVISION_PAGE_NAMES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = {
    "dashboard": "supervision-dashboard.png",
    "experiment": "supervision-experiment.png",
    "spotchecks": "supervision-spotchecks.png",
    "sources": "supervision-sources.png",
}


@pytest.fixture
def activity():
    caf = AdministrationFactory(name="CAF du Rhône", slug="caf-rhone", short_name="CAF 69")
    result = build_activity(caf, replies=10, open_messages=3)
    sample_for_week(administration=caf, week=timezone.localdate())
    member(
        AdministrationFactory(name="Préfecture du Rhône", slug="prefecture"), role=Role.SUPERVISOR, username="prefet"
    )
    member(caf, username="agent-caf")
    return result


def test_supervisor_opens_every_page_accessibly(live_server, page, activity):
    base = live_server.url
    login(page, base, activity.supervisor.get_username())
    page.goto(f"{base}{reverse('inbox', args=['caf-rhone'])}")
    page.get_by_role("link", name="Supervision").click()
    page.wait_for_url(f"**{reverse('insights:dashboard', args=['caf-rhone'])}")
    for name in SUPERVISION_PAGE_NAMES:
        response = page.goto(f"{base}{reverse(f'insights:{name}', args=['caf-rhone'])}")
        assert response.status == 200, name
        assert page.locator("h1").first.is_visible()
        assert serious_violations(page) == [], name
        page.screenshot(path=str(SCREENSHOTS / SHOTS[name]), full_page=True)
    page.goto(f"{base}{reverse('insights:dashboard', args=['caf-rhone'])}")
    assert page.locator("svg[role=img]").count() == page.locator("table").count() == 10
    page.locator("#id_cohorte").select_option("control")
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url("**cohorte=control**")
    assert "Réponses envoyées" in page.content()
    with page.expect_download() as download:
        page.get_by_role(
            "link", name="Télécharger les données (CSV) : Messages reçus et réponses envoyées par semaine"
        ).click()
    assert download.value.suggested_filename.startswith("guichet-caf-rhone-volume-")
    page.goto(f"{base}{reverse('insights:spotchecks', args=['caf-rhone'])}")
    card = page.locator("article").first
    card.locator("label", has_text="Correcte").click()  # DSFR draws the radio on its label
    card.get_by_role("button", name="Enregistrer le contrôle").click()
    assert page.get_by_text("Contrôle enregistré.").is_visible()
    assert page.js_errors == []


def test_public_transparency_page(live_server, page, activity):
    response = page.goto(f"{live_server.url}/transparence/")
    assert response.status == 200
    assert page.get_by_role("heading", name="Un agent valide chaque réponse").is_visible()
    assert serious_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "transparency.png"), full_page=True)


def test_agents_and_other_administrations_are_refused(live_server, page, activity):
    base = live_server.url
    login(page, base, "agent-caf")
    page.goto(f"{base}{reverse('inbox', args=['caf-rhone'])}")
    assert page.get_by_role("link", name="Supervision").count() == 0
    for name in SUPERVISION_PAGE_NAMES:
        assert page.goto(f"{base}{reverse(f'insights:{name}', args=['caf-rhone'])}").status == 403, name
    page.context.clear_cookies()
    login(page, base, "prefet")
    for name in SUPERVISION_PAGE_NAMES:
        assert page.goto(f"{base}{reverse(f'insights:{name}', args=['caf-rhone'])}").status == 404, name
    assert page.goto(f"{base}{reverse('insights:dashboard', args=['prefecture'])}").status == 200


def test_agent_sees_a_changed_source_in_the_inbox_and_the_editor(live_server, page, tmp_path):
    fixtures = Path(__file__).resolve().parents[1] / "knowledge" / "fixtures"
    first, second = tmp_path / "v1", tmp_path / "v2"
    shutil.copytree(fixtures / "corpus", first)
    shutil.copytree(fixtures / "corpus", second)
    shutil.copy(fixtures / "changed" / "fixture-F90001.xml", second / "particuliers" / "fixture-F90001.xml")
    call_command("ingest", str(first), "--no-dense", "--no-progress", stdout=io.StringIO())
    caf = AdministrationFactory(name="CAF du Rhône", slug="caf-rhone", short_name="CAF 69")
    member(caf, username="agent-caf")
    message = make_message(caf, title="Prix du passeport", body="Combien coûte le timbre fiscal d'un passeport ?")
    source = {"n": 1, "fiche_id": "F90001", "title": "Passeport", "passage": "Le timbre fiscal coûte 86 €."}
    draft_add(message=message, text="Bonjour,\n\nLe timbre fiscal coûte 86 € [1].\n\nCordialement,", sources=[source])
    call_command("ingest", str(second), "--no-dense", "--no-progress", stdout=io.StringIO())

    base = live_server.url
    login(page, base, "agent-caf")
    page.goto(f"{base}{reverse('inbox', args=['caf-rhone'])}")
    row = page.locator(f"tr[data-message-id='{message.pk}']")
    assert row.get_by_text("Source modifiée").is_visible()
    row.get_by_role("link", name="Prix du passeport").click()
    alert = page.locator("[data-alert-code=source_changed]")
    assert "depuis le 1er janvier" in alert.inner_text()
    assert serious_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "source-changed.png"), full_page=True)
