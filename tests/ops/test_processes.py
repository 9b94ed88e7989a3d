"""The production process model, run for real: `guichet serve` (gunicorn, several processes) and
`guichet worker --concurrency N` (several task loops)."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.core.management import call_command
from django.db import connection
from django_tasks_db.models import DBTaskResult

from guichet.inbox.tasks import draft_message_task


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, dict]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
        return response.status, json.loads(response.read())


def test_serve_runs_several_gunicorn_processes_and_stops_cleanly(tmp_path):
    port = free_port()
    env = {**os.environ, "GUICHET_DATA_DIR": str(tmp_path), "GUICHET_LOG_FORMAT": "json", "DATABASE_URL": ""}
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "guichet.cli", "serve", "--workers", "2", "--threads", "2", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                status, body = get(f"http://127.0.0.1:{port}/livez")
                break
            except OSError:
                assert process.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "the server did not start in 90 s"
                time.sleep(0.5)
        assert (status, body) == (200, {"status": "ok"})
        status, body = get(f"http://127.0.0.1:{port}/readyz?q=Jean")
        assert status == 200 and body["checks"]["database"]["ok"]
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        log.close()
    lines = [json.loads(line) for line in (tmp_path / "serve.log").read_text().splitlines() if line.startswith("{")]
    booted = {line["pid"] for line in lines if line["msg"].startswith("Booting worker")}
    assert len(booted) == 2
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert {line["path"] for line in access} >= {"/livez", "/readyz"}
    assert not any("Jean" in json.dumps(line) for line in lines)
    assert code == 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="threads on the test's in-memory SQLite lock its schema; CI runs it on PostgreSQL",
)
def test_worker_concurrency_runs_every_task_once():
    ids = [draft_message_task.enqueue(10_000_000 + n).id for n in range(8)]
    call_command("worker", batch=True, concurrency=3, interval=0.1, verbosity=0)
    rows = DBTaskResult.objects.filter(pk__in=ids)
    assert {row.status for row in rows} == {"SUCCESSFUL"}
    assert all(len(row.worker_ids) == 1 for row in rows)
    assert {row.return_value["skipped"] for row in rows} == {"message deleted"}
