"""Model backends: `get_backend()` returns the configured one, created once per process and reused."""

import threading
from typing import Any

from django.conf import settings

from guichet.drafting.backends import embedded, openai  # noqa: F401  (they register themselves)
from guichet.drafting.backends.base import (
    BACKENDS,
    Backend,
    BackendError,
    Generation,
    GenerationParams,
    TokenCallback,
    register,
)

_instances: dict[tuple[str, str], Backend] = {}
_lock = threading.Lock()


NO_MODEL = "none"
DRAFT_MAX_TOKENS = 260


def get_backend(name: str | None = None, model: str | None = None, **options: Any) -> Backend | None:
    """The backend named in settings (or `name`), one instance per (backend, model) per process.

    `none` means no model at all: drafts are the extractive fallback (a deployment without a model server).
    """
    name = name or settings.GUICHET_LLM_BACKEND
    model = model or settings.GUICHET_LLM_MODEL
    if name == NO_MODEL:
        return None
    if name not in BACKENDS:
        raise BackendError(f"Moteur de modèle inconnu : {name} (disponibles : {', '.join(sorted(BACKENDS))}).")
    key = (name, model)
    with _lock:
        if key not in _instances:
            _instances[key] = BACKENDS[name](model=model, **options)
        return _instances[key]


def drafts_with_model(backend: Backend | None) -> bool:
    """Whether the background (intake) draft asks `backend` or is composed of the fiches' sentences.

    GUICHET_DRAFT_MODEL "auto": a model server yes, the embedded models no. With the packaged 1.5B model on 2 cores
    the generated drafts covered fewer key facts than the extractive drafts of the same messages at the same length
    (0.39 against 0.50 on 22 validation messages, docs/benchmarks.md, issue 11) and took 49 s (p50) instead of
    one; its free sentences were the main source of false statements. The agent can still ask the model
    (regeneration)."""
    mode = settings.GUICHET_DRAFT_MODEL
    if backend is None or mode == "never":
        return False
    return mode == "always" or backend.name != embedded.EmbeddedBackend.name


def forget(name: str) -> None:
    """Drop the kept instances of backend `name`: the next `get_backend` builds a new one (after a change of
    configuration, or when a backend is unregistered)."""
    with _lock:
        for key in [key for key in _instances if key[0] == name]:
            del _instances[key]


def default_params(**overrides: Any) -> GenerationParams:
    params = GenerationParams(
        temperature=settings.GUICHET_LLM_TEMPERATURE,
        # A draft body is 3 to 5 short sentences: a tighter cap keeps the wall time down on 2 cores.
        max_tokens=min(settings.GUICHET_LLM_MAX_TOKENS, DRAFT_MAX_TOKENS),
        # Small models add a closing and a signature anyway; stopping there saves tokens (we add our own).
        stop=["Cordialement", "Bien à vous", "<<<", ">>>"],
        # Starting the answer for the model ("Vous …") stops it from recopying the citizen's letter.
        prefill="Vous",
    )
    for key, value in overrides.items():
        setattr(params, key, value)
    return params


__all__ = [
    "NO_MODEL",
    "BACKENDS",
    "Backend",
    "BackendError",
    "Generation",
    "GenerationParams",
    "TokenCallback",
    "default_params",
    "forget",
    "get_backend",
    "register",
]
