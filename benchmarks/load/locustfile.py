"""Locust scenario: agents working their inbox while a front office posts messages through the API.

Run it through `benchmarks/load/run.py` (starts the processes, bounds users and time, collects the figures), or by
hand against a server seeded by `seed.py`:

    LOAD_API_KEY=… .venv/bin/locust -f benchmarks/load/locustfile.py --headless -H http://127.0.0.1:8000 \\
        -u 20 -r 5 -t 60s --csv var/load/run

Agents (`Agent`): log in once, then open the inbox (default view or with a filter), open a message, save an edited
draft, and now and then approve and send it (which queues its webhook delivery when one is configured).
Front office (`FrontOffice`, one user): posts a new message every LOAD_API_INTERVAL seconds (steady rate).
Only loopback hosts are accepted.
"""

import itertools
import os
import random
import re
import uuid
from urllib.parse import urlparse

from locust import HttpUser, between, constant, events, task

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PASSWORD = os.environ.get("LOAD_PASSWORD", "charge-de-test-2026")
ADMINISTRATIONS = int(os.environ.get("LOAD_ADMINISTRATIONS", "20"))
AGENTS_PER_ADMINISTRATION = int(os.environ.get("LOAD_AGENTS", "3"))
FILTERS = ["", "?status=all", "?assignee=unassigned", "?label=distress", "?sort=oldest", "?page=2"]
_accounts = itertools.count()


@events.test_start.add_listener
def only_loopback(environment, **kwargs) -> None:
    host = urlparse(environment.host or "").hostname
    if host not in LOOPBACK:
        raise SystemExit(f"loopback hosts only, not {host}")


class Agent(HttpUser):
    weight = 20
    wait_time = between(1, 3)  # an agent reads before clicking again

    def on_start(self) -> None:
        n = next(_accounts)
        self.slug = f"charge-{n % ADMINISTRATIONS + 1:02d}"
        number = n // ADMINISTRATIONS % AGENTS_PER_ADMINISTRATION + 1
        self.message_ids: list[str] = []
        page = self.client.get("/comptes/connexion/", name="login page")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        self.client.post(
            "/comptes/connexion/",
            data={
                "username": f"load-{self.slug}-{number}",
                "password": PASSWORD,
                "csrfmiddlewaretoken": token.group(1) if token else "",
            },
            headers={"Referer": f"{self.host}/comptes/connexion/"},
            name="login",
        )

    def _csrf(self) -> str:
        return self.client.cookies.get("csrftoken", "")

    @task(6)
    def inbox(self) -> None:
        query = random.choice(FILTERS)  # noqa: S311 - load pattern
        with self.client.get(f"/a/{self.slug}/{query}", name="inbox", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return
            found = re.findall(r'href="/messages/(\d+)/"', response.text)
            if found:
                self.message_ids = found

    @task(4)
    def message(self) -> None:
        if not self.message_ids:
            return self.inbox()
        pk = random.choice(self.message_ids)  # noqa: S311
        self.client.get(f"/messages/{pk}/", name="message")

    @task(2)
    def save_draft(self) -> None:
        if not self.message_ids:
            return
        pk = random.choice(self.message_ids)  # noqa: S311
        self.client.post(
            f"/messages/{pk}/brouillon/",
            data={
                "text": "Bonjour,\n\nVoici la réponse à votre demande.\n\nCordialement",
                "csrfmiddlewaretoken": self._csrf(),
            },
            headers={"Referer": f"{self.host}/messages/{pk}/"},
            name="save draft",
        )

    @task(1)
    def approve_and_send(self) -> None:
        if not self.message_ids:
            return
        pk = self.message_ids.pop(random.randrange(len(self.message_ids)))  # noqa: S311
        self.client.post(
            f"/messages/{pk}/envoyer/",
            data={
                "text": "Bonjour,\n\nVotre demande a bien été traitée.\n\nCordialement",
                "urgency_handled": "on",
                "csrfmiddlewaretoken": self._csrf(),
            },
            headers={"Referer": f"{self.host}/messages/{pk}/"},
            name="approve and send",
        )


class FrontOffice(HttpUser):
    """The SP+ platform posting citizens' messages at a steady rate."""

    weight = 1
    fixed_count = 1
    wait_time = constant(float(os.environ.get("LOAD_API_INTERVAL", "2")))

    @task
    def submit(self) -> None:
        key = os.environ.get("LOAD_API_KEY", "")
        self.client.post(
            "/api/v1/messages",
            json={
                "title": "Demande de renseignement",
                "message": "Bonjour, comment renouveler ma carte d'identité ? Merci.",
                "external_id": f"load-api-{uuid.uuid4()}",
            },
            headers={"X-API-Key": key},
            name="api submit",
        )
