"""The inbox and message pages run a fixed number of queries, whatever the number of messages, drafts or events.

Rows are written in bulk (what is measured is the pages, not intake). The number of queries of a page with few
rows is compared to the same page with many more: any N+1 (a query per row in a template or a loop) makes them
differ. An upper bound catches a page that grows a query by mistake.
"""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from guichet.accounts.enums import Role
from guichet.accounts.models import Office
from guichet.audit.services import audit_log
from guichet.inbox.enums import DraftKind, Priority, Status, TriageLabel
from guichet.inbox.guards import workflow_scope
from guichet.inbox.models import Draft, Message
from guichet.inbox.triage_corrections import message_triage_correct
from guichet.inbox.workflow import OPEN_STATES, message_triage_record
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


# Distress first, from a stored column: `Message.distress` follows the labels through every write path, and the
# inbox's default order is the one of the partial index `message_open_urgency_idx` (no sort of every open message).


def page_pks(client, url: str) -> list[int]:
    return [row["pk"] for row in client.get(url).context["rows"]]


def test_distress_column_follows_triage_corrections_and_bulk_writes(client, office):
    administration, agent, _ = office
    client.force_login(agent)
    url = reverse("inbox", args=[administration.slug])
    newest, middle, oldest = bulk_messages(administration, 3)  # all open, received one minute apart
    # Triage: a distress label puts a message first even with the lowest priority; then priority, then the oldest.
    message_triage_record(message=newest, labels=["distress"], priority=Priority.LOW)
    message_triage_record(message=middle, labels=["question"], priority=Priority.HIGH)
    message_triage_record(message=oldest, labels=["question"], priority=Priority.HIGH)
    assert list(Message.objects.filter(distress=True).values_list("pk", flat=True)) == [newest.pk]
    assert page_pks(client, url) == [newest.pk, oldest.pk, middle.pk]
    # An agent's correction moves a message at once, both ways.
    message_triage_correct(message=newest, actor=agent, label=TriageLabel.DISTRESS, present=False)
    message_triage_correct(message=middle, actor=agent, label=TriageLabel.DISTRESS, present=True)
    assert list(Message.objects.filter(distress=True).values_list("pk", flat=True)) == [middle.pk]
    assert page_pks(client, url)[0] == middle.pk
    assert page_pks(client, url + "?label=distress") == [middle.pk]
    # Bulk writes keep it in step; the flag cannot be set apart from the labels.
    oldest.triage_labels = ["distress", "question"]
    Message.objects.bulk_update([oldest], ["triage_labels"])
    Message.objects.filter(pk=middle.pk).update(triage_labels=["question"])
    assert list(Message.objects.filter(distress=True).values_list("pk", flat=True)) == [oldest.pk]
    with pytest.raises(PermissionDenied):
        Message.objects.filter(pk=newest.pk).update(distress=True)


def test_distress_first_holds_with_many_messages_in_constant_queries(client, office):
    administration, agent, colleagues = office
    client.force_login(agent)
    url = reverse("inbox", args=[administration.slug])
    bulk_messages(administration, 10, assignees=[agent, *colleagues])
    few = count_queries(client, url)
    bulk_messages(administration, 200, assignees=[agent, *colleagues], start=10)
    assert count_queries(client, url) == few
    rows = list(
        Message.objects.filter(administration=administration, status__in=OPEN_STATES).values(
            "pk", "distress", "priority", "received_at"
        )
    )
    expected = sorted(rows, key=lambda m: (not m["distress"], -m["priority"], m["received_at"], m["pk"]))
    assert page_pks(client, url) == [m["pk"] for m in expected[:25]]
    assert page_pks(client, url + "?page=2") == [m["pk"] for m in expected[25:50]]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the query plan is PostgreSQL's")
@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("", "message_open_urgency_idx"),
        ("?label=distress", "message_open_urgency_idx"),
        ("?status=all", "message_urgency_idx"),
        ("?sort=oldest", "message_open_received_idx"),
        ("?sort=newest", "message_open_received_idx"),
    ],
)
def test_inbox_page_is_read_from_an_index_in_its_order(client, office, query, index):
    administration, agent, colleagues = office
    client.force_login(agent)
    bulk_messages(administration, 300, assignees=[agent, *colleagues])
    for _ in range(3):  # other administrations' messages, as in any real database (the planner sees them)
        bulk_messages(AdministrationFactory(), 300)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE inbox_message")
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("inbox", args=[administration.slug]) + query)
    (page_query,) = [q["sql"] for q in queries.captured_queries if "LIMIT 25" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a table this small would be read whole otherwise
        cursor.execute(f"EXPLAIN {page_query}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Index Scan using {index}" in plan or f"Index Scan Backward using {index}" in plan, plan
    assert "Sort" not in plan, plan  # the rows come out of the index in the page's order


def test_redirect_dialog_lists_the_competent_first_in_one_query_whatever_the_number_of_administrations(client, office):
    administration, agent, _ = office
    client.force_login(agent)
    (message,) = bulk_messages(administration, 1, assignees=[agent])
    Message.objects.filter(pk=message.pk).update(
        triage_details={"competent": {"topic": "caf", "body": "la Caf", "service": "caf.fr"}}
    )
    caf = AdministrationFactory(name="Caisse d'allocations familiales du Rhône")
    AdministrationFactory(name="Assurance maladie du Rhône")
    url = reverse("message", args=[message.pk])
    few = count_queries(client, url)
    for n in range(120):
        AdministrationFactory(name=f"Mairie de la commune n° {n:03d}")
    assert count_queries(client, url) == few
    html = client.get(url).content.decode()
    dialog = html[html.index('id="modal-redirect"') :]
    suggested = dialog[dialog.index('<optgroup label="Compétentes pour ce sujet">') : dialog.index("</optgroup>")]
    assert f'value="{caf.pk}"' in suggested and "Assurance maladie" not in suggested
    assert f'value="{administration.pk}"' not in dialog.split("</select>")[0]  # not to itself
    assert "Autres administrations (121)" in dialog
