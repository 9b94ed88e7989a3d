"""A household employer's number read whole after its label (fifty-seventh pass, engineer-p202e, issue 13).

A private person who employs someone at home has an employer's number at the Urssaf's Cesu or Pajemploi offices:
« N° Cesu employeur : 1234567 8 », « numéro Pajemploi 2039 4718 562 », « n° d'employeur URSSAF (CESU) 2 651 903 8 ».
`recognizers.references` reads a number after « n° », « numéro » or « compte » as groups of two digits or more, a
lone digit only before another group, and drops a value shaped like an amount (`_DATE_OR_AMOUNT`: « 8 402 117 »,
« 2 651 903 », read as euros though no unit follows): so the last digit, a key printed apart, stayed in the clear
(« [REFERENCE_1] 8 »), and a number in groups of three after a single digit stayed whole.

- `READ_HOUSEHOLD_EMPLOYER_NUMBERS`: after a label that names the number an employer's at one of those offices — «
  n° / numéro / identifiant / compte » with « Cesu », « Pajemploi » or « URSSAF » and, or only, « employeur » (« n°
  d'employeur », « numéro Pajemploi employeur », « N° Cesu employeur », « compte employeur URSSAF n° ») —, up to
  forty characters of the same sentence, then the number: every group of digits joined by a space, a dot or a dash,
  with up to four capitals before it (« PAJE 2017 4488 3 », « PJ-4481207 »), its lone last digit included; five
  digits or more, no unit after it (« 35 € »), no date, and no number of the offices' own lines (« 0 806 802 378 »:
  08 and eight more). The whole number is masked as a reference and wins over the shorter reading.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.references import _UNIT

READ_HOUSEHOLD_EMPLOYER_NUMBERS = True

ENTITY = "REFERENCE"

_NUMBER_WORD = r"(?:n[°º]|no\.?|num(?:éro|ero)?\.?|identifiant|compte|immatriculation)"
_OFFICE = r"(?:cesu|pajemploi|paje|urssaf)"
_EMPLOYER = r"(?:(?:d['’][ \t]*|de[ \t]+l['’][ \t]*)?employeur|employer)"
_LINK = r"(?:[ \t]+(?:de[ \t]+compte|de|du|d['’]|\(|\)|:)?[ \t]*)"
# « n° Cesu employeur », « numéro d'employeur Pajemploi », « compte employeur URSSAF », « n° d'employeur », « numéro
# Pajemploi », « Cesu employeur n° »: a number's word with the office, the employer, or both, in either order.
_LABEL = (
    r"(?i:(?<![\w'’])(?:"
    + _NUMBER_WORD
    + r"(?:"
    + _LINK
    + r"(?:"
    + _OFFICE
    + r"|"
    + _EMPLOYER
    + r")){1,3}|"
    + _OFFICE
    + _LINK
    + _EMPLOYER
    + r"(?:"
    + _LINK
    + _NUMBER_WORD
    + r")?)(?![\w'’]))"
)
# The number: groups of digits joined by a space, a dot or a dash, a few capitals before it.
_VALUE = r"(?P<pii>(?:[A-Z]{1,4}[ \t\-]?)?\d+(?:(?:[ .\-]|[ \t]{1,2})\d+)*)(?![\w/]|[.,\-]\d)"
# (no value that starts inside a code: « PJ-4481207 » is read whole or not at all)
_NUMBER = re.compile(_LABEL + r"(?P<gap>[^\n\d.?!]{0,40}?)(?<![0-9A-Za-z+\-/.])" + _VALUE)
_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
_OFFICE_LINE = re.compile(r"0?8\d{8}")


def spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of the household employers' numbers after their label (see the module)."""
    if not READ_HOUSEHOLD_EMPLOYER_NUMBERS:
        return
    for match in _NUMBER.finditer(text):
        value = match.group("pii")
        digits = "".join(re.findall(r"\d", value))
        if (
            len(digits) < 5
            or _UNIT.match(text, match.end("pii"))
            or _DATE.fullmatch(value)
            or _OFFICE_LINE.fullmatch(digits)
        ):
            continue
        yield ENTITY, *match.span("pii")
