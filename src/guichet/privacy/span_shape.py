"""The shape of a found span that the privacy layer's passes over spans read (fifty-seventh pass, engineer-p202e).

`address_titles.trimmed`, `recognizers.form_fields.trimmed` and `numbered_labels.amended` take and give back the
analyzer's spans (`analyzer.Span`, a frozen dataclass) without importing the analyzer, which imports them: they
read a span's type, start and end only, so they name that shape here, once. The properties are read-only, so that a
frozen dataclass, a named tuple or a plain class fits alike; `S` keeps the caller's own span type through a pass.
"""

from typing import Protocol, TypeVar


class SpanLike(Protocol):
    """A found span: its placeholder's type and its place in the text."""

    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=SpanLike)
