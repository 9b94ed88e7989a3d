"""Check digits of French identifiers: a number that fails its checksum is not reported as that identifier."""

import re

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")

# Length of an IBAN per country (the ones French administrations see most; others only need the mod-97 check).
IBAN_LENGTHS: dict[str, int] = {
    "FR": 27, "MC": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "PT": 25, "LU": 20, "CH": 21, "GB": 22,
    "NL": 18, "IE": 22, "AT": 20, "PL": 28, "RO": 24, "TN": 24, "DZ": 26, "SN": 28, "CI": 28, "MA": 28,
}  # fmt: skip


def compact(value: str) -> str:
    """The value without spaces, dots, dashes or other separators."""
    return _NOT_ALNUM.sub("", value)


def nir_valid(value: str) -> bool:
    """NIR (numéro de sécurité sociale): 13 characters and a key of 2 digits, key = 97 - (number mod 97).

    Corsican departments 2A and 2B count as 19 and 18 for the key.
    """
    raw = compact(value).upper()
    if len(raw) != 15 or not raw[13:].isdigit():
        return False
    body, key = raw[:13], int(raw[13:])
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    if not body.isdigit() or body[0] not in "1234578":
        return False
    month = int(body[3:5])
    if month == 0 or 13 <= month <= 19:
        return False
    return 97 - int(body) % 97 == key


def iban_valid(value: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters become 10..35, the number mod 97 is 1."""
    raw = compact(value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", raw):
        return False
    expected = IBAN_LENGTHS.get(raw[:2])
    if expected is not None and len(raw) != expected:
        return False
    digits = "".join(str(int(char, 36)) for char in raw[4:] + raw[:4])
    return int(digits) % 97 == 1


def luhn_valid(value: str) -> bool:
    """Luhn (mod 10) check used by SIREN and SIRET."""
    raw = compact(value)
    if not raw.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(raw)):
        digit = int(char)
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def siren_valid(value: str) -> bool:
    raw = compact(value)
    return len(raw) == 9 and raw.isdigit() and luhn_valid(raw)


def siret_valid(value: str) -> bool:
    """SIRET: 14 digits, Luhn; La Poste's establishments (SIREN 356000000) use the sum of digits mod 5 instead."""
    raw = compact(value)
    if len(raw) != 14 or not raw.isdigit():
        return False
    if raw.startswith("356000000"):
        return sum(int(char) for char in raw) % 5 == 0
    return luhn_valid(raw)
