"""`openai`: any OpenAI-compatible chat-completions server (vLLM, Albert API, Ollama, llama.cpp's server).

Settings: GUICHET_OPENAI_BASE_URL, GUICHET_OPENAI_API_KEY, GUICHET_LLM_MODEL (the model name on that server),
GUICHET_LLM_TIMEOUT, GUICHET_LLM_CONCURRENCY, GUICHET_LLM_RETRIES. Always streams (so the first token time is
measured and a regenerate can be shown live).

Resilience, per process and per server:

* at most GUICHET_LLM_CONCURRENCY requests in flight (the others wait their turn, up to the timeout): a model
  server batches a few requests well and slows down past its slots;
* a failure before the first token (connection refused, timeout, 5xx, 429) is retried up to
  GUICHET_LLM_RETRIES times with exponential back-off and jitter; a stream cut after the first token is not
  retried (the tokens are already on the agent's screen) — the caller gets the error;
* a circuit breaker: after `FAILURES_TO_OPEN` failed calls in a row, calls fail at once for `OPEN_S` seconds
  (no waiting on a dead server), then one trial call is let through (half-open): success closes the circuit,
  failure opens it again. The caller (drafting) turns the failure into the extractive draft, so a message is
  never lost while the server is down.
"""

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from django.conf import settings

from guichet.drafting.backends.base import (
    Backend,
    BackendError,
    Generation,
    GenerationParams,
    StreamCollector,
    TokenCallback,
    register,
)

FAILURES_TO_OPEN = 3
OPEN_S = 30.0
BACKOFF_BASE_S = 0.5
BACKOFF_MAX_S = 8.0


class CircuitOpen(BackendError):
    """The model server failed repeatedly; calls are refused for a while without trying."""


@dataclass
class CircuitBreaker:
    """Closed → (N failures in a row) → open for `open_s` → half-open (one trial call) → closed or open again."""

    failures_to_open: int = FAILURES_TO_OPEN
    open_s: float = OPEN_S
    failures: int = 0
    opened_at: float | None = None
    trial_running: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "open" if time.monotonic() - self.opened_at < self.open_s else "half-open"

    def before_call(self) -> None:
        """Raise CircuitOpen unless a call may go through now."""
        with self._lock:
            state = self._state()
            if state == "closed":
                return
            if state == "half-open" and not self.trial_running:
                self.trial_running = True
                return
            wait = max(0.0, self.open_s - (time.monotonic() - (self.opened_at or 0.0)))
            raise CircuitOpen(
                f"Serveur de modèle indisponible ({self.failures} échecs de suite) : nouvel essai dans {wait:.0f} s."
            )

    def success(self) -> None:
        with self._lock:
            self.failures, self.opened_at, self.trial_running = 0, None, False

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            if self.trial_running or self.failures >= self.failures_to_open:
                self.opened_at = time.monotonic()
            self.trial_running = False


_breakers: dict[str, CircuitBreaker] = {}
_semaphores: dict[tuple[str, int], threading.BoundedSemaphore] = {}
_registry_lock = threading.Lock()


def breaker_for(base_url: str) -> CircuitBreaker:
    with _registry_lock:
        return _breakers.setdefault(base_url, CircuitBreaker())


def _semaphore(base_url: str, size: int) -> threading.BoundedSemaphore:
    with _registry_lock:
        return _semaphores.setdefault((base_url, size), threading.BoundedSemaphore(size))


def backoff_s(retry: int) -> float:
    """Delay before retry number `retry` (1, 2, …): 0.5 s, 1 s, 2 s … capped, with ±25 % jitter."""
    base = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (retry - 1))
    return base * random.uniform(0.75, 1.25)  # noqa: S311 - jitter, not security


class _Retryable(Exception):
    """Failed before any token: safe to try again."""


@register
class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, *, model: str, **options: Any) -> None:
        super().__init__(model=model, **options)
        # Here, not at the top: the openai client is an optional dependency, loaded only by the backend that uses it.
        import openai as openai_sdk  # noqa: PLC0415

        self._sdk = openai_sdk
        self.base_url = (options.get("base_url") or settings.GUICHET_OPENAI_BASE_URL).rstrip("/")
        self.api_key = options.get("api_key") or settings.GUICHET_OPENAI_API_KEY or "not-needed"
        self.timeout = float(options.get("timeout") or settings.GUICHET_LLM_TIMEOUT)
        self.retries = int(options.get("retries", getattr(settings, "GUICHET_LLM_RETRIES", 2)))
        self.concurrency = int(options.get("concurrency") or getattr(settings, "GUICHET_LLM_CONCURRENCY", 4))
        self.breaker = options.get("breaker") or breaker_for(self.base_url)
        self.slots = _semaphore(self.base_url, self.concurrency)
        self.client = openai_sdk.OpenAI(
            base_url=self.base_url,
            api_key=self.api_key,
            # Connecting is quick or the server is down: fail fast on connect, wait long for the answer.
            # The SDK's own Timeout: its HTTP transport (httpx, or httpx2 since httpx2 2.17) refuses the other's.
            timeout=openai_sdk.Timeout(self.timeout, connect=min(5.0, self.timeout)),
            max_retries=0,  # retries are ours: back-off, circuit breaker, never after the first token
        )

    def ping(self, *, timeout: float = 2.0) -> tuple[bool, str]:
        """Whether the server answers `GET /models` (for /healthz); never raises."""
        headers = {"Authorization": f"Bearer {self.api_key}"}
        try:
            response = httpx.get(f"{self.base_url}/models", headers=headers, timeout=timeout)
        except httpx.HTTPError as exc:
            return False, f"{type(exc).__name__}"
        return response.status_code == 200, f"HTTP {response.status_code}, circuit {self.breaker.state}"

    def generate(
        self, messages: list[dict[str, str]], *, params: GenerationParams, on_token: TokenCallback | None = None
    ) -> Generation:
        self.breaker.before_call()
        started = time.perf_counter()
        if not self.slots.acquire(timeout=self.timeout):
            self.breaker.failure()
            raise BackendError(
                f"Serveur de modèle saturé ({self.base_url}) : aucune place libre en {self.timeout:.0f} s."
            )
        try:
            retry = 0
            while True:
                try:
                    generation = self._generate_once(messages, params=params, on_token=on_token)
                except _Retryable as exc:
                    if retry >= self.retries:
                        self.breaker.failure()
                        raise BackendError(
                            f"Serveur de modèle injoignable ou en erreur ({self.base_url}) après "
                            f"{retry + 1} essai(s) : {exc}"
                        ) from exc.__cause__
                    retry += 1
                    time.sleep(backoff_s(retry))
                    continue
                except BackendError:
                    self.breaker.failure()
                    raise
                self.breaker.success()
                generation.timings["retries"] = retry
                generation.timings["total_s"] = round(time.perf_counter() - started, 3)
                return generation
        finally:
            self.slots.release()

    def _generate_once(
        self, messages: list[dict[str, str]], *, params: GenerationParams, on_token: TokenCallback | None
    ) -> Generation:
        collector = StreamCollector(on_token)
        started = time.perf_counter()
        finish_reason = ""
        usage: dict[str, Any] = {}
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": params.temperature,
            "max_tokens": params.max_tokens,
            "top_p": params.top_p,
            "seed": params.seed,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if params.stop:
            kwargs["stop"] = params.stop
        sdk = self._sdk
        try:
            stream = self.client.chat.completions.create(**kwargs)
            for chunk in stream:
                for choice in chunk.choices:
                    collector.add(choice.delta.content if choice.delta else None)
                    if choice.finish_reason:
                        finish_reason = choice.finish_reason
                if chunk.usage is not None:
                    usage = chunk.usage.model_dump(exclude_none=True)
        except (
            sdk.APIConnectionError,
            sdk.APITimeoutError,
            sdk.InternalServerError,
            sdk.RateLimitError,
            httpx.HTTPError,  # older SDKs (on httpx) let a stream cut escape; openai 3.x wraps it (httpx2)
        ) as exc:
            if collector.first_token_s is None:
                raise _Retryable(f"{type(exc).__name__}: {exc}") from exc
            raise BackendError(f"Flux du serveur de modèle coupé ({self.base_url}) : {exc}") from exc
        except sdk.OpenAIError as exc:
            raise BackendError(f"Serveur de modèle en erreur ({self.base_url}) : {exc}") from exc
        total = time.perf_counter() - started
        timings: dict[str, float] = {"total_s": round(total, 3)}
        if collector.first_token_s is not None:
            timings["first_token_s"] = round(collector.first_token_s, 3)
            timings["generation_s"] = round(total - collector.first_token_s, 3)
        if usage:
            timings["prompt_tokens"] = usage.get("prompt_tokens", 0)
            timings["completion_tokens"] = usage.get("completion_tokens", 0)
        return Generation(
            text=collector.text, model=self.model, finish_reason=finish_reason, usage=usage, timings=timings
        )
