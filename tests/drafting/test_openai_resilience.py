"""The OpenAI-compatible backend when the model server goes away: retries with back-off, then a circuit breaker
that fails fast (drafting falls back to the extractive draft), then recovery when the server is back.

The slow test runs the real thing: `guichet modelserver` (llama.cpp HTTP server, light model) stopped in the
middle of a run of generations and started again.
"""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from guichet.drafting.backends import BackendError, GenerationParams
from guichet.drafting.backends.openai import CircuitBreaker, CircuitOpen, OpenAIBackend

MESSAGES = [{"role": "user", "content": "Réponds en une phrase : à quoi sert un justificatif de domicile ?"}]
PARAMS = GenerationParams(max_tokens=12, temperature=0.0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def backend(port: int, breaker: CircuitBreaker, **options) -> OpenAIBackend:
    return OpenAIBackend(
        model="qwen2.5-0.5b",
        base_url=f"http://127.0.0.1:{port}/v1",
        breaker=breaker,
        timeout=options.pop("timeout", 5.0),
        retries=options.pop("retries", 1),
        **options,
    )


def test_breaker_opens_after_failures_then_lets_one_trial_through():
    breaker = CircuitBreaker(failures_to_open=2, open_s=0.2)
    breaker.before_call()
    breaker.failure()
    assert breaker.state == "closed"
    breaker.failure()
    assert breaker.state == "open"
    with pytest.raises(CircuitOpen):
        breaker.before_call()
    time.sleep(0.25)
    assert breaker.state == "half-open"
    breaker.before_call()  # the one trial
    with pytest.raises(CircuitOpen):
        breaker.before_call()  # nobody else while it runs
    breaker.failure()
    assert breaker.state == "open"  # the trial failed: open again at once
    time.sleep(0.25)
    breaker.before_call()
    breaker.success()
    assert breaker.state == "closed" and breaker.failures == 0


def test_a_dead_server_is_retried_then_refused_fast():
    port = free_port()  # nothing listens there: connection refused
    breaker = CircuitBreaker(failures_to_open=2, open_s=30)
    client = backend(port, breaker, retries=2)
    for _ in range(2):
        with pytest.raises(BackendError) as error:
            client.generate(MESSAGES, params=PARAMS)
        assert "après 3 essai(s)" in str(error.value)
    assert breaker.state == "open"
    started = time.perf_counter()
    with pytest.raises(CircuitOpen):
        client.generate(MESSAGES, params=PARAMS)
    assert time.perf_counter() - started < 0.1
    assert client.ping(timeout=1.0)[0] is False


def wait_ready(port: int, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the model server exited"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("model server not ready")


def start_modelserver(port: int, data_dir) -> subprocess.Popen:
    env = {**os.environ, "GUICHET_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "guichet.cli", "modelserver", "--model", "qwen2.5-0.5b", "--port", str(port)]
    command += ["--parallel", "2", "--threads", "2", "--context", "1024"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_ready(port, process)
    return process


@pytest.mark.slow
def test_model_server_stopped_mid_run_then_restarted(tmp_path):
    port = free_port()
    breaker = CircuitBreaker(failures_to_open=2, open_s=3)
    client = backend(port, breaker, timeout=120, retries=1)
    server = start_modelserver(port, tmp_path)
    outcomes: list[str] = []
    try:
        first = client.generate(MESSAGES, params=PARAMS)
        assert first.text.strip() and first.usage.get("completion_tokens")
        outcomes.append("ok")
        # Stop the server while two generations are in flight (the two slots of one model process).
        results: list[str] = []

        def one() -> None:
            try:
                client.generate(MESSAGES, params=GenerationParams(max_tokens=200, temperature=0.0))
                results.append("ok")
            except CircuitOpen:
                results.append("refused")
            except BackendError:
                results.append("error")

        threads = [threading.Thread(target=one) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        for thread in threads:
            thread.join(timeout=120)
        assert not any(t.is_alive() for t in threads), "a call hung on a dead server"
        assert all(r in {"ok", "error", "refused"} for r in results) and len(results) == 2
        # Server down: calls fail, the circuit opens, then calls are refused without waiting.
        for _ in range(3):
            try:
                client.generate(MESSAGES, params=PARAMS)
            except BackendError:
                pass
        assert breaker.state == "open"
        started = time.perf_counter()
        with pytest.raises(CircuitOpen):
            client.generate(MESSAGES, params=PARAMS)
        assert time.perf_counter() - started < 0.1
        # Back up: after the open period one trial goes through and closes the circuit.
        server = start_modelserver(port, tmp_path)
        time.sleep(3.2)
        again = client.generate(MESSAGES, params=PARAMS)
        assert again.text.strip()
        assert breaker.state == "closed"
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
