"""Item 6 of issue 15, in a real browser: with the self-only Content-Security-Policy, the pages load their
styles and scripts and the browser reports no violation (CSP failures are otherwise silent)."""

import pytest
from tests.accounts.factories import AdministrationFactory, member
from tests.browser.conftest import login
from tests.inbox.factories import make_message

from guichet.accounts.enums import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def csp_page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            page.csp_violations.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    yield page
    context.close()


def test_pages_load_without_csp_violation(live_server, csp_page, settings):
    settings.GUICHET_AUTO_DRAFT = False
    caf = AdministrationFactory(name="CAF navigateur", slug="caf-navigateur")
    member(caf, username="agent-csp")
    member(caf, role=Role.SUPERVISOR, username="chef-csp")
    message = make_message(caf, body="Bonjour, je n'ai pas reçu mon aide au logement. Merci.")
    page = csp_page
    page.goto(f"{live_server.url}/comptes/connexion/")
    login(page, live_server.url, "agent-csp")
    for path in ["/", f"/a/{caf.slug}/", f"/messages/{message.pk}/", f"/messages/{message.pk}/historique/"]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        # the DSFR style sheet applied (a style sheet blocked by CSP leaves the header unstyled)
        assert page.evaluate("getComputedStyle(document.querySelector('.fr-header')).display") != "inline"
    assert page.csp_violations == []
