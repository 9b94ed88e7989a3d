"""Two ways to scan a message less (thirty-fifth pass, issue 13: the same spans, less CPU).

`matches(regex, text)`: a pattern that two rules scan over the same text ("je m'appelle", "c'est", "prénom"… of
`name_rules._CUE`, read by the cue rule and by the lower-case pair rule) is scanned once; the matches are kept for the
latest texts (a message's rules run one after the other).

`AnchorGate(anchor)`: a pattern that starts at every word ("Ghislain (mon frère)", "Rose, ma voisine.") but can only
match where a stretch of its own is written — the bracket or the comma before a relative — is tried only when a
search for that stretch, which starts with a literal character and so runs at the speed of a substring search,
finds it. The anchor must be a part every match of the pattern holds, as it is written there (the caller builds the
pattern from it), so that the gate never says no where the pattern matches.
"""

import functools
import re


@functools.lru_cache(maxsize=16)
def matches(regex: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """Every match of `regex` in `text`, as `finditer` gives them, scanned once for the latest texts."""
    return tuple(regex.finditer(text))


class AnchorGate:
    """Whether a text holds `anchor`, a stretch that every match of a pattern holds."""

    __slots__ = ("regex",)

    def __init__(self, anchor: str) -> None:
        self.regex = re.compile(anchor)

    def may_match(self, text: str) -> bool:
        return self.regex.search(text) is not None
