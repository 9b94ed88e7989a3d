"""Issue 15, "errors are answers", fuzzed: schemathesis generates requests from the API's own OpenAPI schema
(bounded: 25 examples per operation) and checks there is no server error and every answer is JSON."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from guichet.accounts.models import ApiKey
from tests.accounts.factories import AdministrationFactory

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture
def api_key() -> str:
    _, key = ApiKey.generate(administration=AdministrationFactory(name="CAF fuzz", slug="caf-fuzz"), name="fuzz")
    return key


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    # Django's WSGI handler closes the connection at the start and end of a request when it is not in autocommit
    # mode, which it never is inside the test transaction: that would lose the test data, and on PostgreSQL (SQLite
    # keeps its in-memory connection open) every later query would fail. Django's own test client does the same.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _content_type(response) -> str:
    value = response.headers.get("Content-Type") or response.headers.get("content-type") or ""
    return value[0] if isinstance(value, list) else value


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_answers_json(case, api_key):
    response = case.call(headers={"X-API-Key": api_key})
    assert response.status_code < 500, response.text[:500]
    assert _content_type(response).startswith("application/json"), (response.status_code, _content_type(response))
