"""Sentences: the split every app uses on a citizen's message, and the spans the draft checks point at."""

from __future__ import annotations

import re

# A sentence ends at . ! ? followed by a space, or at a line break (greeting, list item, signature line).
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
# Stricter, for drafts: the next sentence must start like one (capital, digit, quote, bracket, dash), so that
# "art. 12" or "p. ex." do not cut a sentence whose spans are shown to the agent.
_DRAFT_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ0-9«\"(\[-])|\n+")


def sentences(text: str) -> list[str]:
    """The non-empty sentences of `text`, stripped."""
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s and s.strip()]


def sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """Sentences with their spans (start, end, sentence); a line break ends a sentence too."""
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in [*_DRAFT_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, start + lead + len(stripped), stripped))
        if m:
            start = m.end()
    return out
