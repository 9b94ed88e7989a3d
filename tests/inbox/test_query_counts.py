"""The inbox and message pages run a fixed number of queries, whatever the number of messages, drafts or events.

Rows are written in bulk (what is measured is the pages, not intake). The number of queries of a page with few
rows is compared to the same page with many more: any N+1 (a query per row in a template or a loop) makes them
differ. An upper bound catches a page that grows a query by mistake.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from guichet.accounts.enums import Role
from guichet.accounts.models import Office
from guichet.audit.services import audit_log
from guichet.inbox.enums import DraftKind, Status
from guichet.inbox.guards import workflow_scope
from guichet.inbox.models import Draft, Message
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db

INBOX_MAX_QUERIES = 12
MESSAGE_MAX_QUERIES = 14
STATUSES = [Status.RECEIVED, Status.DRAFT_READY, Status.IN_REVIEW, Status.ESCALATED, Status.SENT, Status.CLOSED]


def bulk_messages(administration, count: int, *, assignees=(), start: int = 0) -> list[Message]:
    now = timezone.now()
    offices = list(administration.offices.all()) or [
        Office.objects.create(administration=administration, name=f"Antenne {n}") for n in range(3)
    ]
    rows = [
        Message(
            administration=administration,
            external_id=f"qc-{start + n}",
            title=f"Question {start + n}",
            body="Bonjour, comment demander une aide au logement ?",
            pseudonymised_body="Bonjour, comment demander une aide au logement ?",
            received_at=now - timedelta(minutes=start + n),
            status=STATUSES[n % len(STATUSES)],
            triage_labels=["distress"] if n % 7 == 0 else ["question"],
            assignee=assignees[n % len(assignees)] if assignees and n % 2 else None,
            office=offices[n % len(offices)] if n % 3 else None,
        )
        for n in range(count)
    ]
    with workflow_scope():
        return Message.objects.bulk_create(rows)


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


@pytest.fixture
def office():
    administration = AdministrationFactory()
    agent = member(administration, Role.AGENT)
    colleagues = [member(administration, Role.AGENT) for _ in range(3)]
    return administration, agent, colleagues


def test_inbox_queries_do_not_grow_with_messages(client, office):
    administration, agent, colleagues = office
    client.force_login(agent)
    url = reverse("inbox", args=[administration.slug])
    # The default view, filters, sorting, search and the other pages of results.
    queries = ("", "?status=all&sort=oldest", "?assignee=mine", "?label=distress", "?q=Question&page=2", "?page=3")
    bulk_messages(administration, 4, assignees=[agent, *colleagues])
    few = {query: count_queries(client, url + query) for query in queries}
    bulk_messages(administration, 120, assignees=[agent, *colleagues], start=4)
    many = {query: count_queries(client, url + query) for query in queries}
    assert many == few
    assert max(many.values()) <= INBOX_MAX_QUERIES
    # The default view (the open messages) counts them once, for the list and the heading.
    assert many[""] == many["?status=all&sort=oldest"] - 1


def test_inbox_htmx_results_are_bounded_too(client, office):
    administration, agent, colleagues = office
    client.force_login(agent)
    url = reverse("inbox", args=[administration.slug])
    bulk_messages(administration, 3)
    with CaptureQueriesContext(connection) as few:
        client.get(url, headers={"HX-Request": "true"})
    bulk_messages(administration, 80, start=3)
    with CaptureQueriesContext(connection) as many:
        client.get(url, headers={"HX-Request": "true"})
    assert len(many.captured_queries) == len(few.captured_queries)


def add_drafts(message: Message, versions: int) -> None:
    start = message.drafts.count()
    Draft.objects.bulk_create(
        Draft(
            message=message,
            version=start + v + 1,
            kind=DraftKind.GENERATED,
            text="Bonjour,\n\nVous pouvez faire la demande en ligne [1].",
            sources=[{"n": 1, "fiche_id": "F12006", "title": "APL", "url": "https://www.service-public.fr/"}],
        )
        for v in range(versions)
    )


def test_message_page_queries_do_not_grow_with_drafts_events_or_messages(client, office):
    administration, agent, colleagues = office
    client.force_login(agent)
    (message,) = bulk_messages(administration, 1, assignees=[agent])
    add_drafts(message, 1)
    url = reverse("message", args=[message.pk])
    few = count_queries(client, url)
    add_drafts(message, 15)
    for n in range(20):
        audit_log(action="message.viewed", actor=agent, message=message, details={"n": n})
    bulk_messages(administration, 100, assignees=[agent, *colleagues], start=1)
    many = count_queries(client, url)
    assert many == few
    assert many <= MESSAGE_MAX_QUERIES


def test_message_history_queries_do_not_grow_with_events(client, office):
    administration, agent, _ = office
    client.force_login(agent)
    (message,) = bulk_messages(administration, 1)
    add_drafts(message, 1)
    audit_log(action="message.viewed", actor=agent, message=message)
    url = reverse("message_history", args=[message.pk])
    few = count_queries(client, url)
    add_drafts(message, 10)
    for n in range(15):
        audit_log(action="message.viewed", actor=agent, message=message, details={"n": n})
    assert count_queries(client, url) == few
