"""Issue 15, "errors are answers", fuzzed: schemathesis generates requests from the API's own OpenAPI schema, valid
and invalid ones (bounded: 50 examples per operation and mode), and checks there is no server error, every status
code is one the operation documents, and every answer is JSON that matches the documented schema of its code."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from guichet.accounts.models import ApiKey
from tests.accounts.factories import AdministrationFactory

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
# Valid requests only (negative mode also tries other HTTP methods, rightly answered 405), with an unknown key.
keyless = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
keyless.config.generation.update(modes=[GenerationMode.POSITIVE])
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


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
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_answers_only_what_it_documents(case, api_key):
    response = case.call_and_validate(headers={"X-API-Key": api_key}, checks=CHECKS)
    assert _content_type(response).startswith("application/json"), (response.status_code, _content_type(response))


@keyless.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_without_a_key_every_operation_answers_a_documented_401(case):
    response = case.call_and_validate(headers={"X-API-Key": "inconnue"}, checks=CHECKS)
    assert response.status_code in {401, 413}, response.status_code
    assert response.json()["detail"].startswith("Clé d'API")
