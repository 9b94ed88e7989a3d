"""Fault injection with real processes (issue 15, item 4): a worker killed mid-draft, a quickstart stopped.

Each test runs `guichet` commands as subprocesses on their own SQLite data folder (not the test database), reads
that database with sqlite3, and sends real signals. The model is the real `openai` backend talking to a loopback
server that holds the first request open (the draft in progress when the worker is killed) and answers the next
ones at once.
"""

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

# The demo messages' first question (student housing aid) and the fiches that cover it.
FICHES = ("F12006", "F1280", "F13132")
ANSWER = (
    "Vous pouvez demander une aide au logement pour votre studio même si vos parents perçoivent les allocations "
    "familiales. La demande se fait en ligne sur le site de la CAF."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check: Callable[[], Any], *, timeout: float, what: str, interval: float = 0.3) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class SlowModelServer:
    """An OpenAI-compatible chat server on loopback: the first completion hangs until `release`, the others
    stream `ANSWER` at once."""

    def __init__(self) -> None:
        self.requests = 0
        self.first_request = threading.Event()
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                self._json({"object": "list", "data": [{"id": "lent", "object": "model"}]})

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.requests += 1
                if server.requests == 1:
                    server.first_request.set()
                    server.release.wait(timeout=300)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = ANSWER.split(" ")
                for n, word in enumerate(words):
                    delta = {"content": word if n == len(words) - 1 else word + " "}
                    self._event({"choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
                self._event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                self.wfile.write(b"data: [DONE]\n\n")

            def _event(self, payload: dict) -> None:
                chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "lent", **payload}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())

            def _json(self, payload: dict) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def slow_model() -> Iterator[SlowModelServer]:
    server = SlowModelServer()
    yield server
    server.close()


def guichet(*args: str) -> list[str]:
    return [sys.executable, "-m", "guichet.cli", *args]


def query(db: Path, sql: str, *params: Any) -> list[tuple]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        return conn.execute(sql, params).fetchall()


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait(timeout=30)


@pytest.mark.slow
def test_a_worker_killed_mid_draft_is_replaced_within_a_minute_without_duplicate(tmp_path, shared, slow_model):
    corpus = tmp_path / "fiches" / "particuliers"
    corpus.mkdir(parents=True)
    for fiche in FICHES:
        shutil.copy(shared / "data" / "service-public" / "particuliers" / f"{fiche}.xml", corpus)
    data = tmp_path / "data"
    env = {
        **os.environ,
        "GUICHET_DATA_DIR": str(data),
        "DATABASE_URL": "",
        "GUICHET_LLM_BACKEND": "openai",
        "GUICHET_OPENAI_BASE_URL": slow_model.url,
        "GUICHET_LLM_MODEL": "lent",
        "GUICHET_LLM_RETRIES": "0",
        "GUICHET_LOG_LEVEL": "WARNING",
    }
    env.pop("GUICHET_DRAFT_LEASE_S", None)  # the default lease is what is tested
    prepared = subprocess.run(
        guichet("quickstart", "--no-serve", "--corpus", str(tmp_path / "fiches")),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert prepared.returncode == 0, prepared.stderr[-3000:]
    db = data / "guichet.sqlite3"
    tasks = "django_tasks_database_dbtaskresult"
    log = (tmp_path / "workers.log").open("w")
    first = subprocess.Popen(guichet("worker"), env=env, stdout=log, stderr=subprocess.STDOUT)
    second = None
    try:
        assert slow_model.first_request.wait(timeout=180), (tmp_path / "workers.log").read_text()[-3000:]
        ((task_id, args),) = query(db, f"SELECT id, args_kwargs FROM {tasks} WHERE status = 'RUNNING'")
        message_id = json.loads(args)["args"][0]
        assert query(db, "SELECT status FROM inbox_message WHERE id = ?", message_id) == [("drafting",)]
        assert query(db, "SELECT drafting_heartbeat_at FROM inbox_message WHERE id = ?", message_id)[0][0]

        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        killed_at = time.monotonic()
        second = subprocess.Popen(guichet("worker"), env=env, stdout=log, stderr=subprocess.STDOUT)

        def requeued() -> list[tuple]:
            return query(
                db,
                f"SELECT id FROM {tasks} WHERE id != ? AND args_kwargs LIKE ? AND status != 'FAILED'",
                task_id,
                f'%"args": [{message_id},%',
            )

        wait_until(requeued, timeout=60, what="the killed worker's task to be queued again")
        requeued_after = time.monotonic() - killed_at
        assert requeued_after < 60
        print(f"queued again {requeued_after:.1f} s after the kill")  # shown with -s
        old = query(db, f"SELECT status, exception_class_path FROM {tasks} WHERE id = ?", task_id)
        assert old == [("FAILED", "guichet.inbox.tasks.WorkerLost")]

        def intake_drafts() -> int:
            return query(
                db, "SELECT count(*) FROM inbox_draft WHERE message_id = ? AND trigger = 'intake'", message_id
            )[0][0]

        wait_until(intake_drafts, timeout=120, what="the message's draft after recovery")
        time.sleep(3)  # a duplicate would come from a second run of the same task: give it time to show
        assert intake_drafts() == 1
        assert query(db, "SELECT status FROM inbox_message WHERE id = ?", message_id) == [("draft_ready",)]
        assert slow_model.requests >= 2  # the second worker asked the model again
    finally:
        stop(first)
        if second is not None:
            second.send_signal(signal.SIGTERM)
            try:
                second.wait(timeout=30)
            except subprocess.TimeoutExpired:
                stop(second)
        log.close()


def descendants(pid: int) -> set[int]:
    """Every live process below `pid` (from /proc: parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc (Linux)")
@pytest.mark.parametrize(
    ("server", "sig"),
    [("gunicorn", signal.SIGTERM), ("gunicorn", signal.SIGINT), ("waitress", signal.SIGTERM)],
    ids=["gunicorn-SIGTERM", "gunicorn-SIGINT", "waitress-SIGTERM"],
)
def test_quickstart_stopped_by_a_signal_leaves_no_process(tmp_path, server, sig):
    port = free_port()
    env = {
        **os.environ,
        "GUICHET_DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": "",
        "GUICHET_LLM_BACKEND": "none",
        "GUICHET_AUTO_DRAFT": "false",
        "GUICHET_WEB_SERVER": server,
        "GUICHET_WEB_WORKERS": "2" if server == "gunicorn" else "1",
        "GUICHET_LOG_LEVEL": "WARNING",
    }
    log_path = tmp_path / "quickstart.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        guichet("quickstart", "--skip-corpus", "--port", str(port)), env=env, stdout=log, stderr=subprocess.STDOUT
    )
    tree: set[int] = set()
    try:

        def up() -> bool:
            assert process.poll() is None, log_path.read_text()[-3000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/livez", timeout=5) as response:  # noqa: S310
                    return response.status == 200
            except OSError:
                return False

        wait_until(up, timeout=240, what="quickstart's web server", interval=0.5)

        # the worker, and gunicorn's 2 web processes (with their arbiter) or waitress's one
        least = 3 if server == "gunicorn" else 1
        wait_until(lambda: len(descendants(process.pid)) >= least, timeout=60, what="quickstart's children")
        time.sleep(2)  # let the last one boot
        tree = descendants(process.pid)
        process.send_signal(sig)
        code = process.wait(timeout=60)
        assert code == 0, log_path.read_text()[-3000:]
        wait_until(lambda: not [pid for pid in tree if alive(pid)], timeout=10, what="no process left")
    finally:
        tree |= descendants(process.pid)
        stop(process)
        log.close()
        for pid in tree:  # a failed test must not leave its processes behind either
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
