"""Matching helpers shared by the triage rules: compiled pattern tables, every match, all before a point, and the
split of a message into its sentences (`_ASK_SPLIT`). Cut from `triage.py` (thirty-fifth pass).
"""

import re

Patterns = tuple[re.Pattern[str], ...]


def _compiled(patterns: tuple[str, ...]) -> Patterns:
    return tuple(re.compile(p) for p in patterns)


def _all_before(patterns: Patterns, text: str, position: int) -> bool:
    """Every match of the patterns in the text ends before `position`."""
    return all(m.end() <= position for pattern in patterns for m in pattern.finditer(text))


def _matches(patterns: Patterns, text: str) -> list[str]:
    found = []
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            found.append(m.group())
    return found


_ASK_SPLIT = re.compile(r"(?<=[.!?\n])\s*")
