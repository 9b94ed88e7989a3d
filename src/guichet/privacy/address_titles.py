"""An address whose last piece is a title's first letters (forty-seventh pass, engineer-p153e).

The address recogniser reads a town after a street's comma ("11 rue des Lilas, Montreuil"), so "mon voisin du 11
rue Pasteur, M. Petit, a construit" gave the address "11 rue Pasteur, M"; the name "M. Petit", scored higher, won
the overlap and the whole address was left in the clear (p147-037). `ENABLED`: an address that runs into a name
found after it is cut back before the comma that separates them, and both are masked. Shipped **off**: on train +
validation it fixes two leaks (p147-037, p143-025) but the cut address lets three other names win over places and
words ("La Rochelle", "Marrakech" read as persons, "coursier" as an address: three over-masks), and one more on test.
"""

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

ENABLED = False

_ADDRESS = "ADRESSE"
_PERSON = "PERSONNE"
_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*\Z")


class _Span(Protocol):
    type: str
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def trimmed(text: str, spans: Sequence[S]) -> list[S]:
    """`spans` (frozen dataclasses), each address that ends inside a name starting after it, after a comma, cut back
    before that comma."""
    if not ENABLED:
        return list(spans)
    people = [s for s in spans if s.type == _PERSON]
    out = []
    for span in spans:
        if span.type == _ADDRESS:
            for person in people:
                if span.start < person.start < span.end <= person.end:
                    cut = _SEPARATOR.search(text, span.start, person.start)
                    if cut is not None and cut.start() > span.start:
                        span = replace(span, end=cut.start())  # type: ignore[type-var]
                    break
        out.append(span)
    return out
