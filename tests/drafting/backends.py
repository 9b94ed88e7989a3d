"""A scripted backend for tests that need a model's *behaviour* (refusal, bad numbers) without a model.

It is a real implementation of the backend interface (registered like any other), not a patch of our code.
The real models are exercised in test_models.py (slow).
"""

from guichet.drafting.backends.base import Backend, Generation, GenerationParams, TokenCallback


class ScriptedBackend(Backend):
    name = "scripted"

    def __init__(self, *, model: str = "scripted", outputs: list[str] | None = None, **options) -> None:
        super().__init__(model=model, **options)
        self.outputs = list(outputs or [])
        self.calls: list[list[dict[str, str]]] = []

    def generate(
        self, messages: list[dict[str, str]], *, params: GenerationParams, on_token: TokenCallback | None = None
    ) -> Generation:
        self.calls.append(messages)
        text = self.outputs.pop(0) if self.outputs else ""
        if on_token:
            for word in text.split(" "):
                on_token(word + " ")
        return Generation(text=text, model=self.model, finish_reason="stop", timings={"total_s": 0.0})
