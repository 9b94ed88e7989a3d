"""`embedded`: llama.cpp in-process through xllamacpp, with the GGUF model shipped as Python packages.

The model is loaded once per process and shared by every task the worker runs (xllamacpp's server engine is
thread-safe and batches concurrent requests). `GUICHET_LLM_MODEL` is a packaged model name
(`qwen2.5-1.5b`, `qwen2.5-0.5b`) or the path of a GGUF file.
"""

import os
import threading
import time
from pathlib import Path
from typing import Any

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
from guichet.drafting.modelfiles import PACKAGED_MODELS, ModelUnavailable, model_path

_servers: dict[tuple[str, int, int], Any] = {}
_lock = threading.Lock()


def resolve_model(model: str) -> Path:
    if model in PACKAGED_MODELS:
        return model_path(model)
    path = Path(model).expanduser()
    if path.suffix == ".gguf" and path.is_file():
        return path
    raise ModelUnavailable(f"Modèle introuvable : {model} (nom de modèle embarqué ou chemin d'un fichier .gguf).")


def threads() -> int:
    return settings.GUICHET_LLM_THREADS or max(1, os.cpu_count() or 1)


def load_server(path: Path, *, n_threads: int, n_ctx: int) -> Any:
    """The llama.cpp engine for this model file, created on first use and kept for the life of the process."""
    key = (str(path), n_threads, n_ctx)
    with _lock:
        if key not in _servers:
            try:
                # Here, not at the top: an optional dependency ('light' extra), and loading it costs start-up time
                # to every process that never drafts with the embedded model.
                import xllamacpp  # noqa: PLC0415
            except ImportError as exc:  # pragma: no cover - depends on the installation
                raise ModelUnavailable("xllamacpp n'est pas installé : pip install 'guichet[light]'.") from exc
            params = xllamacpp.CommonParams()
            params.model.path = str(path)
            params.n_ctx = n_ctx
            params.n_parallel = 1
            params.cpuparams.n_threads = n_threads
            params.cpuparams_batch.n_threads = n_threads
            params.verbosity = -1
            _servers[key] = xllamacpp.Server(params)
        return _servers[key]


def request_body(messages: list[dict[str, str]], params: GenerationParams) -> dict[str, Any]:
    if params.prefill:
        messages = [*messages, {"role": "assistant", "content": params.prefill}]
    body: dict[str, Any] = {
        "messages": messages,
        "max_tokens": params.max_tokens,
        "temperature": params.temperature,
        "top_p": params.top_p,
        "repeat_penalty": params.repeat_penalty,
        "seed": params.seed,
    }
    if params.stop:
        body["stop"] = params.stop
    return body


def timings_from(raw: dict[str, Any] | None, total_s: float, first_token_s: float | None) -> dict[str, float]:
    raw = raw or {}
    out = {"total_s": round(total_s, 3)}
    if "prompt_ms" in raw:
        out["prompt_s"] = round(raw["prompt_ms"] / 1000, 3)
        out["prompt_tokens"] = raw.get("prompt_n", 0)
    if "predicted_ms" in raw:
        out["generation_s"] = round(raw["predicted_ms"] / 1000, 3)
        out["completion_tokens"] = raw.get("predicted_n", 0)
    if first_token_s is not None:
        out["first_token_s"] = round(first_token_s, 3)
    return out


@register
class EmbeddedBackend(Backend):
    name = "embedded"

    def __init__(self, *, model: str, **options: Any) -> None:
        super().__init__(model=model, **options)
        self.path = resolve_model(model)
        self.n_threads = options.get("threads") or threads()
        self.n_ctx = options.get("context") or settings.GUICHET_LLM_CONTEXT

    @property
    def server(self) -> Any:
        return load_server(self.path, n_threads=self.n_threads, n_ctx=self.n_ctx)

    def generate(
        self, messages: list[dict[str, str]], *, params: GenerationParams, on_token: TokenCallback | None = None
    ) -> Generation:
        server = self.server
        body = request_body(messages, params)
        started = time.perf_counter()
        if on_token is None:
            result = server.handle_chat_completions(body)
            if not isinstance(result, dict) or "choices" not in result:
                raise BackendError(f"Réponse inattendue du moteur embarqué : {str(result)[:200]}")
            choice = result["choices"][0]
            text = choice["message"].get("content") or ""
            return Generation(
                text=text if text.startswith(params.prefill) else params.prefill + text,
                model=self.model,
                finish_reason=choice.get("finish_reason") or "",
                usage=result.get("usage", {}),
                timings=timings_from(result.get("timings"), time.perf_counter() - started, None),
            )
        collector = StreamCollector(on_token)
        collector.add(params.prefill)  # the engine streams only what follows the prefill
        state: dict[str, Any] = {"error": None, "finish_reason": "", "timings": None, "usage": {}}

        def callback(chunk: dict[str, Any]) -> bool:
            # An exception raised here would be swallowed by the engine: keep it and stop the stream.
            try:
                if "error" in chunk:
                    state["error"] = chunk["error"]
                    return True
                for choice in chunk.get("choices", []):
                    collector.add((choice.get("delta") or {}).get("content"))
                    if choice.get("finish_reason"):
                        state["finish_reason"] = choice["finish_reason"]
                if chunk.get("timings"):
                    state["timings"] = chunk["timings"]
                if chunk.get("usage"):
                    state["usage"] = chunk["usage"]
                return False
            except BaseException as exc:  # noqa: BLE001 - re-raised below, in the caller's thread
                state["error"] = exc
                return True

        server.handle_chat_completions({**body, "stream": True}, callback)
        if isinstance(state["error"], BaseException):
            raise state["error"]
        if state["error"]:
            raise BackendError(f"Erreur du moteur embarqué : {state['error']}")
        usage = state["usage"] or {}
        if state["timings"]:
            usage = usage or {
                "prompt_tokens": state["timings"].get("prompt_n", 0),
                "completion_tokens": state["timings"].get("predicted_n", 0),
            }
        return Generation(
            text=collector.text,
            model=self.model,
            finish_reason=state["finish_reason"],
            usage=usage,
            timings=timings_from(state["timings"], time.perf_counter() - started, collector.first_token_s),
        )
