"""spaCy's French language data, loaded without compiling its token-match expression twice at 2 s each.

`spacy.lang.fr.tokenizer_exceptions` builds `TOKEN_MATCH` from 266 anchored alternatives ("^burn[-–]out[a-zà…]*$",
"^anti[-–][a-zà…][…]*$"), each with its own copy of spaCy's Unicode lower-case letter class: a 1.45-million-character
expression that Python's `re` compiles in about 2.2 s of CPU, once when the module is imported and once again when
the model's tokenizer is read from disk. That was half the start-up of `guichet pseudonymize`.

`french()` imports the module and loads the model while `re.compile` turns that one expression into an equivalent
one with each tail class written once ("^(?:burn[-–]out|black[-–]out|…)[a-zà…]*$"): an anchored alternation of
`A·T | B·T` matches exactly the strings that `(A|B)·T` matches, and spaCy only asks whether a token matches. It
compiles in 0.04 s. Any other expression, or a spaCy version whose expression is not built that way, is compiled as
it is. `tests/privacy/test_spacy_fr.py` checks the two expressions against each other.
"""

import contextlib
import re
import sys
import threading
from collections.abc import Iterator

import spacy
from spacy.language import Language

_MODULE = "spacy.lang.fr.tokenizer_exceptions"
_lock = threading.Lock()
_compile = re.compile


def factored(pattern: str) -> str | None:
    """The factored form of spaCy's French token-match expression, or None if `pattern` is not that expression."""
    module = sys.modules.get(_MODULE)
    alternatives = getattr(module, "_regular_exp", None)
    if not alternatives or pattern != "(?iu)" + "|".join(f"(?:{m})" for m in alternatives):
        return None
    # the character classes the module built its alternatives from (it is still being imported: read them there)
    alpha, lower, elision, hyphens = (getattr(module, name) for name in ("ALPHA", "ALPHA_LOWER", "ELISION", "HYPHENS"))
    heads = (f"^[{alpha}]+[{hyphens}]", "^")
    tails = (
        f"[{hyphens}][{lower}][{hyphens}{lower}{elision}]*$",
        f"[{elision}][{lower}][{hyphens}{lower}{elision}]*$",
        f"[{hyphens}](?:l[{elision}])?[{alpha}]+$",
        f"[{lower}]+$",
        f"[{lower}]*$",
    )
    groups: dict[tuple[str, str], list[str]] = {}
    for alternative in alternatives:
        tail = next((tail for tail in tails if alternative.endswith(tail)), None)
        head = next((head for head in heads if alternative.startswith(head)), None)
        if tail is None or head is None:
            return None
        middle = alternative[len(head) : -len(tail)]
        if lower in middle or alpha in middle or _bar_outside_groups(middle):
            return None  # not the shape this factoring assumes: keep spaCy's expression
        groups.setdefault((head, tail), []).append(f"(?:{middle})")
    return "(?iu)" + "|".join(f"(?:{head}(?:{'|'.join(middles)}){tail})" for (head, tail), middles in groups.items())


def _bar_outside_groups(expression: str) -> bool:
    """`expression` has a "|" outside any group or class ("a|b"; not "bou(?:c|rg)"): it cannot be moved inside one."""
    depth, in_class, escaped = 0, False, False
    for char in expression:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _fast_compile(pattern: object, flags: int = 0) -> re.Pattern:
    if isinstance(pattern, str) and flags == 0 and len(pattern) > 100_000:
        fast = factored(pattern)
        if fast is not None:
            return _compile(fast)
    return _compile(pattern, flags)  # type: ignore[call-overload]


@contextlib.contextmanager
def _factored_token_match() -> Iterator[None]:
    """`re.compile` factors spaCy's French token-match expression while spaCy reads its French data."""
    with _lock:
        re.compile = _fast_compile  # type: ignore[assignment]
        try:
            yield
        finally:
            re.compile = _compile


with _factored_token_match():
    import spacy.lang.fr  # noqa: F401  (its tokenizer exceptions compile TOKEN_MATCH on import)

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS  # noqa: E402
from spacy.lang.fr.stop_words import STOP_WORDS  # noqa: E402

__all__ = ["EN_STOP_WORDS", "STOP_WORDS", "factored", "load"]


def load(model: str, *, disable: list[str]) -> Language:
    """`spacy.load`, with the tokenizer's token-match expression factored as it is read from the model."""
    with _factored_token_match():
        return spacy.load(model, disable=disable)
