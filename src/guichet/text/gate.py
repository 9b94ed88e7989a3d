"""A cheap gate before a regular expression: the literal strings one of which every match must hold.

The search's reading of a message runs some 700 hand-written patterns (vocabulary, register, situations) over it;
most of them cannot match because the message lacks their words, and `re` finds that out by trying the pattern at
every position. `literals(pattern)` reads the pattern's parse tree once and returns strings such that any match of
the pattern contains at least one of them (e.g. {"carte grise", "occas"} for ``carte grise|cg d.occas\\w*``): when
none is a substring of the text (`str.__contains__`, a fast C scan), the pattern cannot match and need not run.

The gate is exact, never approximate: it only skips a search that would have found nothing. Patterns it cannot read
safely (case-insensitive flags, no required literal of `MIN_LENGTH` characters, too many alternatives) get no gate
(None) and always run. Thirty-third pass (r44).
"""

from __future__ import annotations

import re

try:  # the parser of the standard `re` module (Python 3.11+: `re._parser`)
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - another Python: no gates, every pattern runs
    _parser = None
    _c = None

__all__ = ["MIN_LENGTH", "Gated", "gated", "literals"]

MIN_LENGTH = 3  # a gate of shorter strings is found in almost every text: it would cost more than it saves
MAX_LITERALS = 48  # beyond this many alternatives the gate's scans cost about what the pattern does


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sufficient gates: the longest shortest string, then the fewest strings."""
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _leading(items) -> str:
    """The literal characters a parsed sequence starts with ("" when it starts with anything else)."""
    out = []
    for op, av in items:
        if op is not _c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` holds, or None when none is known."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        prefix = "".join(run)  # the literal string right before this element
        if run:
            candidates.append(frozenset({prefix}))
            run = []
        found = None
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & _c.SRE_FLAG_IGNORECASE:
                found = _required(sub)
        elif op is _c.ATOMIC_GROUP:
            found = _required(av)
        elif op is _c.BRANCH:
            alternatives = [_required(sub) for sub in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)
                if len(found) > MAX_LITERALS:
                    found = None
            if prefix and len(av[1]) <= MAX_LITERALS:
                # "c(?:ss|2s|mu)": the parser factors a shared first letter out of the alternatives; that letter
                # and each alternative's own first letters are one required string ("css", "c2s", "cmu")
                joined = frozenset(prefix + _leading(sub) for sub in av[1])
                candidates.append(joined)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
            low, _high, sub = av
            if low >= 1:
                found = _required(sub)
        # anything else (a class, any character, an assertion, a back-reference) requires no known literal
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return _best(candidates)


def literals(pattern: re.Pattern) -> frozenset[str] | None:
    """The strings one of which every match of `pattern` holds (None: no safe gate, run the pattern)."""
    if _parser is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable tree only means no gate
        return None
    if parsed.state.flags & re.IGNORECASE:  # a global inline (?i)
        return None
    found = _required(list(parsed))
    if not found or min(map(len, found)) < MIN_LENGTH:
        return None
    return found


class Gated:
    """A compiled pattern behind its gate: `search`, `finditer`, `sub` as `re.Pattern`'s, skipped when the text
    holds none of the pattern's required strings (the answer is then the same: nothing found, the text unchanged)."""

    __slots__ = ("literals", "pattern")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.literals = literals(pattern)

    def could_match(self, text: str) -> bool:
        return self.literals is None or any(literal in text for literal in self.literals)

    def search(self, text: str, *args) -> re.Match | None:
        return self.pattern.search(text, *args) if self.could_match(text) else None

    def finditer(self, text: str, *args):
        return self.pattern.finditer(text, *args) if self.could_match(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.could_match(text) else text


def gated(pattern: re.Pattern | str, flags: int = 0) -> Gated:
    """`pattern` (compiled here when a string) behind its gate."""
    return Gated(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))
