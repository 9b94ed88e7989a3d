"""Pushed replies against a real HTTP receiver on loopback that fails on purpose.

The receiver checks every signature, stores what it processed by idempotency key (as a front office should), and
fails 30 % of the calls: half before doing anything (500), half after storing the reply (503: the answer is lost on
the way back, the hardest case). Every sent reply must end up processed exactly once.
"""

import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from guichet.accounts.enums import Role
from guichet.delivery.models import Delivery, DeliveryStatus
from guichet.delivery.services import webhook_configure, webhook_secret
from guichet.delivery.signing import sign, verify
from guichet.inbox import workflow
from guichet.inbox.enums import Status
from guichet.inbox.guards import workflow_scope
from guichet.inbox.models import Message
from tests.accounts.factories import AdministrationFactory, member

pytestmark = pytest.mark.django_db(transaction=True)

FAST_RETRIES = override_settings(GUICHET_WEBHOOK_BACKOFF_S=0.01, GUICHET_WEBHOOK_TIMEOUT=5.0)


class Receiver:
    """A front office on 127.0.0.1 that verifies signatures, dedupes by idempotency key and fails on purpose."""

    def __init__(self, *, failure_rate: float = 0.0, seed: int = 7) -> None:
        self.failure_rate = failure_rate
        self.rng = random.Random(seed)
        self.secret = ""
        self.lock = threading.Lock()
        self.processed: dict[str, dict] = {}
        self.calls = self.failures = self.bad_signatures = self.duplicates = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.handle(self.headers, body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/guichet/reponses"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def handle(self, headers, body: bytes) -> int:
        with self.lock:
            self.calls += 1
            ok = verify(
                self.secret,
                timestamp=headers.get("X-Guichet-Timestamp"),
                body=body,
                signature=headers.get("X-Guichet-Signature"),
            )
            if not ok:
                self.bad_signatures += 1
                return 401
            roll = self.rng.random()
            if roll < self.failure_rate / 2:
                self.failures += 1
                return 500  # failed before doing anything
            key = headers["Idempotency-Key"]
            if key in self.processed:
                self.duplicates += 1  # already done: acknowledge without doing it again
            else:
                self.processed[key] = json.loads(body)
            if roll < self.failure_rate:
                self.failures += 1
                return 503  # done, but the acknowledgement is lost
            return 204

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def open_messages(administration, count: int) -> list[Message]:
    rows = [
        Message(
            administration=administration,
            external_id=f"sp-{n}",
            title=f"Demande {n}",
            body="Bonjour, où en est mon dossier ?",
            pseudonymised_body="Bonjour, où en est mon dossier ?",
            received_at=timezone.now(),
            status=Status.IN_REVIEW,
        )
        for n in range(count)
    ]
    with workflow_scope():
        return Message.objects.bulk_create(rows)


def run_worker_until_done(timeout_s: float = 120.0) -> None:
    """Batch workers until no delivery is waiting. Bounded in time, not in rounds: the retries back off from 10 ms,
    ×3 each time, so a delivery that fails six times in a row waits 2.4 s before its seventh call."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        call_command("worker", batch=True, interval=0.01, verbosity=0)
        waiting = Delivery.objects.exclude(status__in=[DeliveryStatus.DELIVERED, DeliveryStatus.FAILED])
        if not waiting.exists():
            return
        time.sleep(0.05)
    raise AssertionError(f"deliveries still waiting after {timeout_s:.0f} s")


@FAST_RETRIES
@override_settings(GUICHET_WEBHOOK_MAX_ATTEMPTS=25)
def test_every_reply_is_delivered_exactly_once_to_a_receiver_failing_30_percent():
    administration = AdministrationFactory()
    agent = member(administration, Role.AGENT)
    with Receiver(failure_rate=0.30) as receiver:
        webhook, secret = webhook_configure(administration=administration, url=receiver.url)
        receiver.secret = secret
        replies = [
            workflow.reply_approve_and_send(message=m, actor=agent, text=f"Bonjour,\n\nRéponse {m.external_id}.")
            for m in open_messages(administration, 40)
        ]
        run_worker_until_done()
    deliveries = Delivery.objects.filter(administration_id=administration.pk)
    assert deliveries.count() == len(replies)
    assert set(deliveries.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}
    assert receiver.bad_signatures == 0
    # Exactly once on the receiver's side: one processed entry per reply, with the right text.
    assert len(receiver.processed) == len(replies)
    by_reply = {p["reply"]["id"]: p for p in receiver.processed.values()}
    assert set(by_reply) == {r.pk for r in replies}
    for reply in replies:
        assert by_reply[reply.pk]["reply"]["text"] == reply.text
        assert by_reply[reply.pk]["message"]["external_id"] == reply.message.external_id
    # The failures really happened, and were retried.
    assert receiver.failures >= 6
    assert receiver.calls == len(replies) + receiver.failures
    assert sum(deliveries.values_list("attempts", flat=True)) == receiver.calls


@FAST_RETRIES
@override_settings(GUICHET_WEBHOOK_MAX_ATTEMPTS=3)
def test_a_receiver_down_fails_the_delivery_then_a_supervisor_replays_it(client):
    administration = AdministrationFactory()
    agent = member(administration, Role.AGENT)
    supervisor = member(administration, Role.SUPERVISOR)
    receiver = Receiver()
    # Nothing listens on the receiver's port until it starts: connection refused.
    webhook, secret = webhook_configure(administration=administration, url=receiver.url)
    receiver.secret = secret
    (message,) = open_messages(administration, 1)
    reply = workflow.reply_approve_and_send(message=message, actor=agent, text="Bonjour,\n\nVoici la réponse.")
    receiver.server.server_close()  # the port is reserved but closed
    run_worker_until_done()
    delivery = Delivery.objects.get(reply_id=reply.pk)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 3
    assert delivery.last_error

    page = reverse("delivery_list", args=[administration.slug])
    replay = reverse("delivery_replay", args=[administration.slug, delivery.pk])
    client.force_login(agent)
    assert client.get(page).status_code == 403
    assert client.post(replay).status_code == 403
    client.force_login(supervisor)
    assert "Échec" in client.get(page).content.decode()

    with Receiver() as receiver_up:
        receiver_up.secret = secret
        webhook.url = receiver_up.url
        webhook.save(update_fields=["url"])
        assert client.post(replay).status_code == 302
        run_worker_until_done()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert [p["reply"]["id"] for p in receiver_up.processed.values()] == [reply.pk]
    assert str(delivery.idempotency_key) in receiver_up.processed


def test_no_webhook_no_delivery_and_secret_is_encrypted_at_rest():
    administration = AdministrationFactory()
    agent = member(administration, Role.AGENT)
    (message,) = open_messages(administration, 1)
    workflow.reply_approve_and_send(message=message, actor=agent, text="Bonjour.")
    assert not Delivery.objects.exists()
    webhook, secret = webhook_configure(administration=administration, url="https://guichet.example.gouv.fr/hook")
    assert secret and secret not in webhook.secret_encrypted
    assert webhook_secret(webhook) == secret
    _, same = webhook_configure(administration=administration, url="https://guichet.example.gouv.fr/hook2")
    assert same is None  # the secret stays unless rotated


@pytest.mark.parametrize("url", ["http://example.org/hook", "ftp://127.0.0.1/x", "https://user:pw@example.org/"])
def test_webhook_urls_must_be_https_outside_loopback(url):
    administration = AdministrationFactory()
    with pytest.raises(ValidationError):
        webhook_configure(administration=administration, url=url)


def test_signature_checks_body_secret_and_age():
    body = b'{"reply":{"id":1}}'
    signature = sign("s3cret", 1_000_000, body)
    assert verify("s3cret", timestamp="1000000", body=body, signature=signature, now=1_000_010)
    assert not verify("s3cret", timestamp="1000000", body=body + b" ", signature=signature, now=1_000_010)
    assert not verify("other", timestamp="1000000", body=body, signature=signature, now=1_000_010)
    assert not verify("s3cret", timestamp="1000000", body=body, signature=signature, now=1_000_000 + 3600)
    assert not verify("s3cret", timestamp="nope", body=body, signature=signature)
