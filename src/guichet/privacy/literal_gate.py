"""A cheap test before a costly regular expression: the literal words one of which every match must hold.

Most recognisers' patterns can only match where a word of theirs is written ("habite", "rue", "chez", "né"):
`LiteralGate(regex)` reads them from the parsed pattern once, and `may_match(text)` says whether the text holds one
of them, with plain substring tests (a few microseconds) instead of trying the pattern at every position (tens to
hundreds of microseconds on a long message). A pattern without such a word (a date, a number) has no gate and always
runs. The gate never changes what a pattern finds: it only skips texts where it cannot match (thirty-fourth pass).

Case: a word under `(?i)` is looked for in the lower-cased text. Python's `re` folds case character by character
(its own simple mapping, plus a few equivalences such as "ſ" for "s" or the Greek and Cyrillic variants); a text
holding a character that `str.lower` folds otherwise is never gated.
"""

import _sre
import functools
import re
from collections.abc import Iterable

try:  # the parser of the standard `re` module (private, but stable across 3.11–3.13)
    from re import _casefix as _re_casefix
    from re import _constants as _c
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - another Python: no gate, every pattern runs
    _re_parser = None  # type: ignore[assignment]

# A literal shorter than this is found almost everywhere: no use as a gate.
MIN_LENGTH = 2
# A character class gives a set of one-letter literals only when it is this small ("[Ee]").
_MAX_CLASS = 3

Needle = tuple[str, bool]  # (literal, looked for in the lower-cased text)


class LiteralGate:
    """Whether a text can hold a match of `regex`: one of its required literals is there."""

    __slots__ = ("folded", "needles", "plain")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.needles: tuple[Needle, ...] | None = required_literals(regex)
        # patterns of one family share their words ("habite", "demeure"…): one tuple object, one test a text
        needles = _SHARED.setdefault(self.needles, self.needles) if self.needles is not None else None
        self.needles = needles
        self.folded = tuple(needle for needle, folded in needles or () if folded)
        self.plain = tuple(needle for needle, folded in needles or () if not folded)

    def may_match(self, text: str) -> bool:
        if self.needles is None:
            return True
        answers = _answers(text)
        key = id(self.needles)
        answer = answers.get(key)
        if answer is None:
            answer = answers[key] = self._holds(text)
        return answer

    def _holds(self, text: str) -> bool:
        if self.folded:
            lowered = _lowered(text)
            if lowered is None:
                return True
            for needle in self.folded:
                if needle in lowered:
                    return True
        for needle in self.plain:
            if needle in text:
                return True
        return False


# The needles' tuples, one object per distinct set.
_SHARED: dict[tuple[Needle, ...], tuple[Needle, ...]] = {}


@functools.lru_cache(maxsize=4)
def _answers(text: str) -> dict[int, bool]:
    """The gates' answers for a text, by needles' tuple: every recogniser reads the same message in turn."""
    return {}


def required_literals(regex: re.Pattern[str]) -> tuple[Needle, ...] | None:
    """Literals of which every match of `regex` holds at least one, or None when none can be told."""
    if _re_parser is None or not isinstance(regex.pattern, str):
        return None
    try:
        parsed = _re_parser.parse(regex.pattern, regex.flags)
    except re.error:  # pragma: no cover - the pattern compiled, so it parses
        return None
    needles = _required(parsed, bool(parsed.state.flags & _c.SRE_FLAG_IGNORECASE))
    if needles is None or min(len(needle) for needle, _ in needles) < MIN_LENGTH:
        return None
    return tuple(sorted(needles))


def _required(sequence: Iterable, folded: bool) -> frozenset[Needle] | None:
    """The best set of needles of a sequence of parsed items: every match of the sequence holds one of them."""
    candidates: list[frozenset[Needle]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({("".join(run), folded)}))
            run.clear()

    for op, argument in sequence:
        if op is _c.LITERAL:
            char = _literal_char(argument, folded)
            if char is not None:
                run.append(char)
                continue
            close_run()
            continue
        close_run()
        found: frozenset[Needle] | None = None
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, inner = argument
            inner_folded = (folded or bool(add_flags & _c.SRE_FLAG_IGNORECASE)) and not (
                del_flags & _c.SRE_FLAG_IGNORECASE
            )
            found = _required(inner, inner_folded)
        elif op is _c.BRANCH:
            alternatives = [_required(alternative, folded) for alternative in argument[1]]
            if alternatives and all(alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, inner = argument
            if low >= 1:
                found = _required(inner, folded)
        elif op is _c.ATOMIC_GROUP:
            found = _required(argument, folded)
        elif op is _c.IN:
            found = _class_needles(argument, folded)
        # anything else (a class of letters, a look-around, an anchor, a back-reference) requires nothing
        if found:
            candidates.append(found)
    close_run()
    return _best(candidates)


def _class_needles(items: list, folded: bool) -> frozenset[Needle] | None:
    chars = set()
    for op, argument in items:
        char = _literal_char(argument, folded) if op is _c.LITERAL else None
        if char is None:
            return None
        chars.add(char)
    if not chars or len(chars) > _MAX_CLASS:
        return None
    return frozenset((char, folded) for char in chars)


def _best(candidates: list[frozenset[Needle]]) -> frozenset[Needle] | None:
    """The candidate whose shortest needle is the longest (the rarest to be found by chance), then the smallest."""
    if not candidates:
        return None
    return max(candidates, key=lambda needles: (min(len(needle) for needle, _ in needles), -len(needles)))


def _literal_char(code: int, folded: bool) -> str | None:
    """The character as looked for in the text, or None when `re` folds its case in a way `str.lower` does not."""
    char = chr(code)
    if not folded:
        return char
    lower = _sre.unicode_tolower(code)
    if char.lower() != chr(lower) or (lower > 127 and lower in _re_casefix._EXTRA_CASES):
        return None
    return chr(lower)


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """The text lower-cased as `re` folds it character by character, or None if some character folds otherwise.
    Cached for the last few texts: every recogniser reads the same message in turn."""
    if text.isascii():
        return text.lower()
    if any(_odd(char) for char in set(text) if ord(char) > 127):
        return None
    return text.lower()


@functools.cache
def _odd(char: str) -> bool:
    lower = _sre.unicode_tolower(ord(char))
    return char.lower() != chr(lower) or lower in _re_casefix._EXTRA_CASES or char in "Σς"
