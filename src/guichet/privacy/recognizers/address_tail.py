"""Where a postal address stops before a phone's label (thirty-fifth pass, engineer-p104e).

A signature in capitals runs the address, its postcode, its town and the phone together on one line: "MME SIMONE
CARPENTIER 12 RUE DES ECOLES 62300 LENS TEL 03 21 43 67 88". The address's town, read as capitalised words, went on
over "TEL" and the phone's first digits; the address then overlapped the phone, lost to it, and the street and the
postcode stayed in the text. An address never holds a phone's label followed by a number: it ends before the label.
"""

import re

# A phone's label, then (after a colon or a dot) a digit or "+", or the end of the address's span: "TEL 03…",
# "Tél. : 06…", "portable +33…", "GSM 07…".
# ("mail" is a street's word, "12 mail des Tilleuls": never a label here.)
_LABEL = re.compile(
    r"[ \t,]+(?i:t[ée]l(?:[ée]phone)?|telephone|portable|port|mobile|gsm|fixe|cell|ph|phone)\.?"
    r"(?:[ \t]*(?i:n[°º]|num[ée]ro))?[ \t]*[:.]?[ \t]*(?=[+\d]|\Z)"
)


def before_phone_label(value: str) -> str:
    """`value` cut before the first phone's label it holds after its first word ("12 RUE DES ECOLES 62300 LENS TEL
    03" → "12 RUE DES ECOLES 62300 LENS"); `value` itself when it holds none."""
    match = _LABEL.search(value, 1)
    return value[: match.start()] if match else value
