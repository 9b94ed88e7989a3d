"""The one interface every model backend implements, and the registry that maps setting names to backends.

A backend turns chat messages into text, streaming tokens through `on_token` when given. It knows nothing about
messages, drafts or audit: the pipeline does that around it.
"""

import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar

TokenCallback = Callable[[str], None]


@dataclass
class GenerationParams:
    temperature: float = 0.1
    max_tokens: int = 400
    top_p: float = 0.9
    repeat_penalty: float = 1.1
    seed: int = 42
    stop: list[str] = field(default_factory=list)
    # Start of the answer written for the model ("Vous"), for backends that can continue an assistant turn;
    # the returned text always includes it. Others ignore it.
    prefill: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Generation:
    text: str
    model: str
    finish_reason: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


class BackendError(RuntimeError):
    """The backend could not produce an answer (unreachable server, model missing, timeout)."""


class Backend(ABC):
    """A model backend: `generate` returns the whole text and streams it through `on_token` if given."""

    name: ClassVar[str]

    def __init__(self, *, model: str, **options: Any) -> None:
        self.model = model
        self.options = options

    @property
    def model_name(self) -> str:
        return self.model

    @abstractmethod
    def generate(
        self, messages: list[dict[str, str]], *, params: GenerationParams, on_token: TokenCallback | None = None
    ) -> Generation:
        """Generate a chat completion for `messages`."""


class StreamCollector:
    """Accumulates streamed pieces, forwards them to the caller and times the first token."""

    def __init__(self, on_token: TokenCallback | None) -> None:
        self.on_token = on_token
        self.parts: list[str] = []
        self.started = time.perf_counter()
        self.first_token_s: float | None = None

    def add(self, piece: str | None) -> None:
        if not piece:
            return
        if self.first_token_s is None:
            self.first_token_s = time.perf_counter() - self.started
        self.parts.append(piece)
        if self.on_token is not None:
            self.on_token(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)


BACKENDS: dict[str, type[Backend]] = {}


def register(cls: type[Backend]) -> type[Backend]:
    """Class decorator: make a backend available under `cls.name` (GUICHET_LLM_BACKEND)."""
    BACKENDS[cls.name] = cls
    return cls
