"""Supervisor pages in Chromium: a supervisor opens each one (axe: no serious or critical violation, screenshots);
an agent is refused them, and another administration's supervisor does not even see that they exist."""

import pytest
from django.urls import reverse
from django.utils import timezone
from tests.accounts.factories import AdministrationFactory, member
from tests.browser.conftest import SCREENSHOTS, login, serious_violations
from tests.insights.builders import build_activity

from guichet.accounts.enums import Role
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
