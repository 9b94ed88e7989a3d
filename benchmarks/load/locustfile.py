"""Locust scenario: agents working their inbox while a front office posts messages through the API.

Run it through `benchmarks/load/run.py` (starts the processes, bounds users and time, collects the figures), or by
hand against a server seeded by `seed.py`:

    LOAD_API_KEY=… .venv/bin/locust -f benchmarks/load/locustfile.py --headless -H http://127.0.0.1:8000 \\
        -u 20 -r 5 -t 60s --csv var/load/run

Agents (`Agent`): log in once, then open the inbox (default view or with a filter), open a message, save an edited
draft, and now and then approve and send it (which queues its webhook delivery when one is configured).
Front office (`FrontOffice`, one user): posts a new message every LOAD_API_INTERVAL seconds (steady rate).
Only loopback hosts are accepted.

Measured window (what run.py sets): with LOAD_AGENTS_TOTAL, the statistics are reset once that many agents have
logged in (logging in is PBKDF2 hashing by design: 50 agents logging in at once would fill two cores for a
minute and is not what the pages cost), then the run lasts LOAD_MEASURE_S seconds more. With LOAD_RESULT_FILE,
the login statistics and the measured window's statistics are written there as JSON when locust stops.
"""

import itertools
import json
import os
import random
import re
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

import gevent
from locust import HttpUser, between, constant, events, task

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PASSWORD = os.environ.get("LOAD_PASSWORD", "charge-de-test-2026")
ADMINISTRATIONS = int(os.environ.get("LOAD_ADMINISTRATIONS", "20"))
AGENTS_PER_ADMINISTRATION = int(os.environ.get("LOAD_AGENTS", "3"))
FILTERS = ["", "?status=all", "?assignee=unassigned", "?label=distress", "?sort=oldest", "?page=2"]
AGENTS_TOTAL = int(os.environ.get("LOAD_AGENTS_TOTAL", "0"))
MEASURE_S = float(os.environ.get("LOAD_MEASURE_S", "0"))
RESULT_FILE = os.environ.get("LOAD_RESULT_FILE", "")
PERCENTILES = {"p50_ms": 0.5, "p95_ms": 0.95, "p99_ms": 0.99}
_accounts = itertools.count()
_window: dict = {"logged_in": 0, "login": None, "started": None, "ended": None}


def entry_figures(entry) -> dict:
    figures = {"requests": entry.num_requests, "failures": entry.num_failures}
    figures.update({k: round(entry.get_response_time_percentile(q) or 0) for k, q in PERCENTILES.items()})
    figures["max_ms"] = round(entry.max_response_time or 0)
    return figures


def agent_logged_in(environment) -> None:
    """Count the agents in; when all are, keep the login figures and measure from now on."""
    _window["logged_in"] += 1
    if not AGENTS_TOTAL or _window["logged_in"] != AGENTS_TOTAL:
        return
    _window["login"] = entry_figures(environment.stats.get("login", "POST"))
    environment.runner.stats.reset_all()
    _window["started"] = time.time()
    if MEASURE_S:
        gevent.spawn_later(MEASURE_S, environment.runner.quit)


@events.quitting.add_listener
def write_result(environment, **kwargs) -> None:
    if not RESULT_FILE:
        return
    _window["ended"] = time.time()
    measured_s = _window["ended"] - (_window["started"] or _window["ended"])
    pages = {
        name: {**entry_figures(entry), "rps": round(entry.num_requests / measured_s, 2) if measured_s else 0.0}
        for (name, _method), entry in environment.stats.entries.items()
    }
    total = entry_figures(environment.stats.total)
    total["rps"] = round(total["requests"] / measured_s, 2) if measured_s else 0.0
    result = {"agents_logged_in": _window["logged_in"], "login": _window["login"], "measured_s": round(measured_s)}
    result.update(started_at=_window["started"], ended_at=_window["ended"])
    result.update({"pages": pages, "total": total, "all_logged_in": _window["started"] is not None})
    Path(RESULT_FILE).write_text(json.dumps(result, indent=2), encoding="utf-8")


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
        with self.client.post(
            "/comptes/connexion/",
            data={
                "username": f"load-{self.slug}-{number}",
                "password": PASSWORD,
                "csrfmiddlewaretoken": token.group(1) if token else "",
            },
            headers={"Referer": f"{self.host}/comptes/connexion/"},
            name="login",
            catch_response=True,
        ) as response:
            if "/comptes/connexion/" in response.url:  # the form again: refused
                response.failure("login refused")
        agent_logged_in(self.environment)

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
