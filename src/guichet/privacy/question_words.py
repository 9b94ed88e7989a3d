"""A question's inverted verb and a birth line's cue, read as a name: "Ma question c'est : est-ce que…", "a-t-il
droit", "reste-t-il", a signature's next line "Né le 25/04/2003" (thirty-fifth pass, over-masking).

A verb joined to its subject pronoun by a hyphen ("est-ce", "a-t-il", "peut-on", "puis-je", "faut-il") is how French
asks a question; no first name or surname takes that shape. A value made only of "Né", "Née", "le", "à", "en"…,
capitalised as at the head of a line, is the cue before a birth date or place, not the person. Either, read as a
person's name by a rule (after "c'est :", on a signature's line), says nothing of the writer and is left visible.
"""

import re

# A verb, then "-t-" or a hyphen, then a subject pronoun, at the head of the value: "est-ce", "a-t-il", "Peut-on".
_INVERTED = re.compile(
    r"(?i)[^\W\d_]+(?:-t-(?:il|elle|on|ils|elles)|-(?:il|elle|on|ils|elles|ce|je|nous|vous))(?![\w'’\-])"
)
_BIRTH_CUE_WORDS = {"né", "née", "nés", "nées", "ne", "nee", "le", "la", "à", "a", "en", "au"}


def not_a_name(value: str) -> bool:
    """True when `value`, found as a person's name, starts with a question's inverted verb or is a birth cue."""
    if _INVERTED.match(value):
        return True
    words = value.lower().split()
    return value[:1] == "N" and words[0] in {"né", "née", "nés", "nées"} and all(w in _BIRTH_CUE_WORDS for w in words)
