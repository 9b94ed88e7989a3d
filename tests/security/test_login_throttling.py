"""Item 2 of issue 15: login throttling and lockout on both login pages, audited, in French; short sessions."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from guichet.audit.models import AuditEvent
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db

PASSWORD = "motdepasse-de-test"


@pytest.fixture
def agent():
    return member(AdministrationFactory(), username="camille")


def _attempts(client: Client, url: str, username: str, password: str, count: int):
    return [client.post(url, {"username": username, "password": password}) for _ in range(count)]


@pytest.mark.parametrize("url_name", ["accounts:login", "admin:login"])
def test_wrong_passwords_lock_the_identifier_even_for_the_right_one(agent, url_name):
    agent.is_staff = True
    agent.save()
    url = reverse(url_name)
    client = Client()
    failures = _attempts(client, url, "camille", "mauvais", settings.AXES_FAILURE_LIMIT)
    assert all(response.status_code in {200, 429} for response in failures)
    assert failures[-1].status_code == 429
    locked = client.post(url, {"username": "camille", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Connexion temporairement bloquée" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    events = list(AuditEvent.objects.filter(action="account.locked_out"))
    assert events and all(e.details["username"] == "camille" and e.details["page"] == url for e in events)


def test_a_success_before_the_limit_resets_the_count(agent):
    url = reverse("accounts:login")
    client = Client()
    _attempts(client, url, "camille", "mauvais", settings.AXES_FAILURE_LIMIT - 1)
    assert client.post(url, {"username": "camille", "password": PASSWORD}).status_code == 302
    client.logout()
    _attempts(client, url, "camille", "mauvais", settings.AXES_FAILURE_LIMIT - 1)
    assert client.post(url, {"username": "camille", "password": PASSWORD}).status_code == 302


def test_login_form_is_in_french_whatever_the_browser_language():
    page = Client().get(reverse("accounts:login"), headers={"Accept-Language": "en-US,en;q=0.9"}).content.decode()
    assert "Identifiant" in page and "Mot de passe" in page
    assert "Username" not in page and "Password" not in page
    wrong = Client().post(reverse("accounts:login"), {"username": "x", "password": "y"}).content.decode()
    assert "Identifiant ou mot de passe incorrect" in wrong


def test_sessions_are_short():
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
