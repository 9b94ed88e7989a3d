"""A number's key letter after a space or a dash, masked with the number (fifty-eighth pass, engineer-p206e, issue 13).

A Caf's allocataire number, a France Travail identifier, a retiree's or a file's number often ends with a key
letter the writer sets apart (« 1234567 B », « 0745812 K. merci », « n° 2023/0457 - K »): the number was masked and
its key stayed beside the placeholder (« [ALLOCATAIRE_1] B »). The identifier tails read a letter only where the
number was already written in groups (« 4812 77 3 W »).

The letter is read only after a span that is an identifier of digits (five digits at least, ending in a digit),
as one capital letter (or two) that ends a word; not the French words « A » and « Y » when a word in lower case
follows (« 1234567 A partir de », « Y a-t-il »), nor a unit (« 12 000 F »).

Switch, read at call time (figures in docs/benchmarks.md, fifty-eighth pass, engineer-p206e):

- `READ_KEY_AFTER`: the key after the number, joined by a space, a dash or a slash.
"""

import re
from collections.abc import Iterable, Iterator

READ_KEY_AFTER = True

# Spans that are no identifier: a name, an address, a date, a contact.
_NOT_IDENTIFIERS = {
    "PERSONNE",
    "ADRESSE",
    "DATE",
    "DATE_NAISSANCE",
    "EMAIL",
    "TELEPHONE",
    "LIEU_NAISSANCE",
    "PAYS_NAISSANCE_ETRANGER",
    "EMPLOYEUR",
    "ETABLISSEMENT",
    "MONTANT",
}
_NUMBER = re.compile(r"[\d \t./\-]*\d\Z")
_KEY = re.compile(r"[ \t]?(?:[\-/][ \t]?)?(?P<key>[A-Z]{1,2})(?![\w'’\-@.]\w)(?![\w'’])")
# « A » or « Y » before a word in lower case is French: « A partir de », « Y a-t-il ».
_WORD = re.compile(r"[ \t]+[a-zà-ÿ]")
_UNITS = {"F", "FF", "FR", "EUR", "KM", "KG", "M", "H", "MN", "DA", "TTC", "HT"}


def key_spans(text: str, spans: Iterable[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Each identifier span (kind, start, end) followed by its key letter, extended over it; never over a letter
    that another span holds (« 7788990 P. Stéphane »: an initial before a name)."""
    if not READ_KEY_AFTER:
        return
    spans = list(spans)
    for kind, start, end in spans:
        if kind in _NOT_IDENTIFIERS:
            continue
        value = text[start:end]
        if not _NUMBER.search(value) or sum(char.isdigit() for char in value) < 5:
            continue
        match = _KEY.match(text, end)
        if match is None:
            continue
        if any(a < match.end() and match.start("key") < b for _, a, b in spans):
            continue
        key = match.group("key")
        if key in _UNITS or (key in {"A", "Y"} and _WORD.match(text, match.end())):
            continue
        yield kind, start, match.end()
