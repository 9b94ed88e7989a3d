"""The scale-out shape, for real, on PostgreSQL: two web processes and one worker process sharing the database.

A front office posts messages through the API, an agent logs in, sees them, approves and sends a reply through
the web pages, and the worker pushes it to a webhook receiver on loopback. Runs in CI's PostgreSQL pass (skipped
on SQLite, whose test database lives in memory and cannot be shared between processes).
"""

import os
import re
import signal
import socket
import subprocess
import sys
import time

import pytest
import requests
from django.conf import settings
from django.db import connection

from guichet.accounts.enums import Role
from guichet.accounts.models import ApiKey
from guichet.delivery.models import Delivery, DeliveryStatus
from guichet.delivery.services import webhook_configure
from tests.accounts.factories import AdministrationFactory, member
from tests.delivery.test_webhooks import Receiver

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (shared between processes)"),
]

PASSWORD = "motdepasse-de-test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def wait_until(check, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_two_web_processes_and_a_worker_on_postgresql(tmp_path):
    administration = AdministrationFactory(name="Caisse de test", slug="caisse-test")
    agent = member(administration, Role.AGENT, username="agent-smoke", password=PASSWORD)
    _, key = ApiKey.generate(administration=administration, name="SP+ smoke")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "GUICHET_DATA_DIR": str(tmp_path),
        "SECRET_KEY": settings.SECRET_KEY,
        "GUICHET_PII_KEY": settings.GUICHET_PII_KEY,
        "GUICHET_AUTO_DRAFT": "false",
        "GUICHET_LLM_BACKEND": "none",
        "GUICHET_WEBHOOK_BACKOFF_S": "0.2",
        "GUICHET_LOG_LEVEL": "WARNING",
    }
    log = (tmp_path / "processes.log").open("w")
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "guichet.cli", "serve", "--workers", "2", "--threads", "2", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        ),
        subprocess.Popen(
            [sys.executable, "-m", "guichet.cli", "worker", "--interval", "0.2"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        ),
    ]
    with Receiver() as receiver:
        _, secret = webhook_configure(administration=administration, url=receiver.url)
        receiver.secret = secret
        try:
            wait_until(lambda: _get(f"{base}/livez"), timeout=120, what="the web server")
            api = requests.Session()
            api.headers["X-API-Key"] = key
            ids = []
            for n in range(3):
                response = api.post(
                    f"{base}/api/v1/messages",
                    json={
                        "title": f"Demande smoke {n}",
                        "message": "Bonjour, où en est mon dossier ?",
                        "external_id": f"s-{n}",
                    },
                    timeout=60,
                )
                assert response.status_code == 201, response.text
                ids.append(response.json()["id"])

            web = requests.Session()
            login = web.get(f"{base}/comptes/connexion/", timeout=30)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
            web.post(
                f"{base}/comptes/connexion/",
                data={"username": agent.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
                headers={"Referer": f"{base}/comptes/connexion/"},
                timeout=60,
            )
            inbox = web.get(f"{base}/a/{administration.slug}/", timeout=30)
            assert inbox.status_code == 200
            assert all(f"Demande smoke {n}" in inbox.text for n in range(3))
            page = web.get(f"{base}/messages/{ids[0]}/", timeout=30)
            assert page.status_code == 200
            sent = web.post(
                f"{base}/messages/{ids[0]}/envoyer/",
                data={
                    "text": "Bonjour,\n\nVotre dossier est en cours.",
                    "csrfmiddlewaretoken": web.cookies["csrftoken"],
                },
                headers={"Referer": f"{base}/messages/{ids[0]}/"},
                timeout=60,
                allow_redirects=False,
            )
            assert sent.status_code == 302
            assert api.get(f"{base}/api/v1/messages/{ids[0]}", timeout=30).json()["status"] == "sent"
            # The worker process pushes the reply.
            wait_until(lambda: receiver.processed, timeout=60, what="the webhook delivery")
            health = requests.get(f"{base}/healthz", timeout=30).json()
            assert health["checks"]["database"]["ok"]
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            codes = [process.wait(timeout=60) for process in processes]
            log.close()
            print((tmp_path / "processes.log").read_text()[-4000:])  # shown when the test fails
    (payload,) = receiver.processed.values()
    assert payload["message"]["id"] == ids[0]
    assert Delivery.objects.get(message_id=ids[0]).status == DeliveryStatus.DELIVERED
    assert codes == [0, 0], (tmp_path / "processes.log").read_text()[-3000:]


def _get(url: str) -> bool:
    try:
        return requests.get(url, timeout=3).status_code == 200
    except requests.RequestException:
        return False
