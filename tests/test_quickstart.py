import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from guichet.accounts.models import Administration, Membership
from guichet.inbox.models import Message

pytestmark = pytest.mark.django_db


def _login_works(username: str, password: str) -> bool:
    """authenticate() as the login page calls it (django-axes needs the request)."""
    request = RequestFactory().post("/comptes/connexion/")
    return authenticate(request=request, username=username, password=password) is not None


def test_quickstart_twice_is_safe_and_prints_passwords_once():
    first = io.StringIO()
    call_command("quickstart", "--no-serve", "--skip-corpus", stdout=first)
    text = first.getvalue()
    assert "notez ces mots de passe" in text
    line = next(line for line in text.splitlines() if line.strip().startswith("agent "))
    password = line.split()[1]
    assert _login_works("agent", password)
    counts = (Administration.objects.count(), Membership.objects.count(), Message.objects.count())
    assert counts[2] >= 8

    second = io.StringIO()
    call_command("quickstart", "--no-serve", "--skip-corpus", stdout=second)
    assert "notez ces mots de passe" not in second.getvalue()
    assert (Administration.objects.count(), Membership.objects.count(), Message.objects.count()) == counts
    assert _login_works("agent", password)


def test_quickstart_survives_unreachable_corpus(tmp_path):
    err = io.StringIO()
    call_command("quickstart", "--no-serve", "--corpus", str(tmp_path / "absent"), stdout=io.StringIO(), stderr=err)
    assert Message.objects.count() >= 8
