"""A person named right after a street's comma is no town (forty-seventh pass, engineer-p154e, issue 13).

The address rules read "rue des Acacias, Marseille" as a street and its town; written in running text, the comma
after a street is as often followed by the person who lives there: "Il habite 18 rue des Acacias, Mohamed Ait Ouali,
84 ans", "au 12 rue des Lilas, Karim m'a dit…". The address then swallowed the first name as its town, and the
rest of the name was left visible or masked as a piece of address. `FIRST_NAME_AFTER_STREET` (read at call time)
ends the address at the comma when the word after it is a first name the gazetteer knows (no common word, no French
word, no place the fiches name) and the sentence goes on after it: a town ends its address ("rue des Lilas,
Florence." stays the address's town).
"""

import re

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french

# Shipped off: no validation item moves with it (docs/benchmarks.md, forty-seventh pass, engineer-p154e).
FIRST_NAME_AFTER_STREET = False

# The town after the last comma of an address, at the end of the address's text.
_TOWN_AFTER_COMMA = re.compile(r",[ \t]*(?:à[ \t]+)?(?P<town>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,2})$")
# What ends an address's town: the sentence's or the line's end, or a postcode.
_TOWN_END = re.compile(r"[ \t]*(?:[.;!?)]|\n|$|\(?\d{5}\b)")


def _first_name(word: str) -> bool:
    kind = lookup(word)
    return bool(
        kind is not None
        and kind.first
        and not kind.common
        and not kind.public
        and not is_common(word)
        and not is_french(word)
    )


def names_a_person(town: str, text: str, end: int) -> bool:
    """`town`, read as an address's town after a comma and ending at `end` in `text`, is a person: its first word is
    a first name, and the sentence goes on after it or a second word (the surname) follows the first name."""
    if not FIRST_NAME_AFTER_STREET or not _first_name(town.split()[0]):
        return False
    return len(town.split()) > 1 or not _TOWN_END.match(text, end)


def person_after_street(text: str, start: int, value: str) -> int | None:
    """The length at which `value` (an address found at `start` in `text`) ends when its town after the last comma
    is a person (`names_a_person`); None when it is kept whole."""
    if not FIRST_NAME_AFTER_STREET or "," not in value:
        return None
    match = _TOWN_AFTER_COMMA.search(value)
    if match is None or not names_a_person(match["town"], text, start + len(value)):
        return None
    return match.start()
