"""`openai`: any OpenAI-compatible chat-completions server (vLLM, Albert API, Ollama, llama.cpp's server).

Settings: GUICHET_OPENAI_BASE_URL, GUICHET_OPENAI_API_KEY, GUICHET_LLM_MODEL (the model name on that server),
GUICHET_LLM_TIMEOUT. Always streams (so the first token time is measured and a regenerate can be shown live).
"""

import time
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


@register
class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, *, model: str, **options: Any) -> None:
        super().__init__(model=model, **options)
        import openai as openai_sdk

        self._sdk = openai_sdk
        self.base_url = options.get("base_url") or settings.GUICHET_OPENAI_BASE_URL
        self.client = openai_sdk.OpenAI(
            base_url=self.base_url,
            api_key=options.get("api_key") or settings.GUICHET_OPENAI_API_KEY or "not-needed",
            timeout=options.get("timeout") or settings.GUICHET_LLM_TIMEOUT,
            max_retries=1,
        )

    def generate(
        self, messages: list[dict[str, str]], *, params: GenerationParams, on_token: TokenCallback | None = None
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
        try:
            stream = self.client.chat.completions.create(**kwargs)
            for chunk in stream:
                for choice in chunk.choices:
                    collector.add(choice.delta.content if choice.delta else None)
                    if choice.finish_reason:
                        finish_reason = choice.finish_reason
                if chunk.usage is not None:
                    usage = chunk.usage.model_dump(exclude_none=True)
        except self._sdk.OpenAIError as exc:
            raise BackendError(f"Serveur de modèle injoignable ou en erreur ({self.base_url}) : {exc}") from exc
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
