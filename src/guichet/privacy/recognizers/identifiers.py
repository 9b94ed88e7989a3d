"""Identifiers with a fixed format, most with a check digit: NIR, IBAN, SIRET/SIREN, and others."""

import re
from collections.abc import Iterator

from guichet.privacy import checksums
from guichet.privacy.recognizers.base import LEFT, RIGHT, SEP, RegexRecognizer, checked_by


class NirRecognizer(RegexRecognizer):
    """NIR: sex, year, month, department (2A/2B in Corsica), commune, order number, key (mod 97 checked)."""

    ENTITY = "NIR"
    PATTERNS = (
        (
            LEFT + r"[1-478]" + SEP + r"\d{2}" + SEP + r"\d{2}" + SEP + r"(?:\d{2}|2[AaBb])" + SEP + r"\d{3}"
            r"" + SEP + r"\d{3}" + r"[ \u00a0.\-]{0,3}" + r"\d{2}" + RIGHT,
            1.0,
        ),
        (
            r"(?i)(?P<ctx>\b(?:nir|n° ?ss|sécu|secu|sécurité sociale|securite sociale|insee|segurança social|"
            r"seguranca social|seguridad social|social security|sicurezza sociale)\b)[^\n\d]{0,25}?"
            r"(?P<pii>" + LEFT + r"[1-478](?:[ \u00a0.\-]{0,2}[\dAB]){12,14})" + RIGHT,
            0.9,
        ),
        # written in its seven groups with spaces, its key mistyped: still the writer's number (as an IBAN's typo)
        (
            r"(?P<ctx>)(?P<pii>"
            + LEFT
            + r"[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d{2}|2[AB]) \d{3} \d{3} \d{2})"
            + RIGHT,
            0.95,
        ),
    )
    valid = checked_by(checksums.nir_valid)


class IbanRecognizer(RegexRecognizer):
    """IBAN in groups of four (spaces, dashes, a line break) or in one block; mod 97 checked, trailing groups
    trimmed."""

    ENTITY = "IBAN"
    # a group may start the next line: an IBAN copied from a RIB whose last digits did not fit on its line
    PATTERNS = ((LEFT + r"[A-Za-z]{2}\d{2}(?:(?:" + SEP + r"|[ \t]*\n[ \t]*)[A-Za-z0-9]{1,4}){3,8}" + RIGHT, 1.0),)

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for regex, score in self.compiled:
            position = 0
            while match := regex.search(text, position):
                # the groups may run on past the IBAN into the next words ("CH06 2474 … 0651 7 et LU49 806 …"): the
                # search goes on from the IBAN's end, not the match's, so that a second IBAN after "et" is read too
                position = match.end()
                end = _iban_end(text, match.start(), match.end())
                if end:
                    yield match.start(), end, score
                    position = end
                elif end := _iban_shaped_end(text, match.start(), match.end()):
                    yield match.start(), end, 0.85  # a mistyped IBAN is still the writer's account
                    position = end


# Length of an IBAN by country (ISO 13616 registry), for the countries citizens write from most: a string of that
# country's exact length that fails the check digits is an IBAN with a typo, still personal data.
IBAN_LENGTHS = {
    "FR": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "LU": 20, "NL": 18, "CH": 21, "GB": 22, "PL": 28,
    "RO": 24, "DZ": 26, "MA": 28, "TN": 24, "SN": 28, "CI": 28, "TR": 26, "MC": 27,
    # (thirty-third pass, p95: a fraudster's Lithuanian account) the rest of the registry's European and
    # Mediterranean countries, where online banks and the accounts that receive scams' transfers are opened, and
    # the African countries whose banks print an IBAN
    "LT": 20, "LV": 21, "EE": 20, "IE": 22, "AT": 20, "FI": 18, "SE": 24, "DK": 18, "NO": 15, "IS": 26, "CZ": 24,
    "SK": 24, "HU": 28, "SI": 19, "HR": 21, "BG": 22, "GR": 27, "CY": 28, "MT": 31, "LI": 21, "AD": 24, "SM": 27,
    "GI": 23, "RS": 22, "ME": 22, "BA": 20, "MK": 19, "AL": 28, "XK": 20, "MD": 24, "UA": 29, "GE": 22, "IL": 23,
    "LB": 28, "EG": 29, "BR": 29, "MU": 30, "MR": 27, "BJ": 28, "BF": 28, "ML": 28, "NE": 28, "TG": 28, "CM": 27,
    "GA": 27, "CG": 27, "TD": 27, "CF": 27, "GQ": 27, "MG": 27, "KM": 27, "DJ": 27, "GW": 25,
}  # fmt: skip


def _iban_shaped_end(text: str, start: int, end: int) -> int | None:
    """The end of the longest run from `start` whose letters and digits are as many as its country's IBAN."""
    length = IBAN_LENGTHS.get(text[start : start + 2].upper())
    if length is None:
        return None
    for stop in range(end, start + 14, -1):
        if text[stop - 1].isalnum() and len(re.sub(r"[^A-Za-z0-9]", "", text[start:stop])) == length:
            return stop
    return None


def _iban_end(text: str, start: int, end: int) -> int | None:
    """The end of the longest valid IBAN starting at `start` and ending at a character before `end`."""
    for stop in range(end, start + 14, -1):
        if text[stop - 1].isalnum() and checksums.iban_valid(text[start:stop]):
            return stop
    return None


class SiretRecognizer(RegexRecognizer):
    ENTITY = "SIRET"
    PATTERNS = (
        (LEFT + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{5}" + RIGHT, 0.95),
        (
            r"(?i)(?P<ctx>\bsiret\b)[^\n\d]{0,20}?(?P<pii>"
            + LEFT
            + r"\d{3}"
            + SEP
            + r"\d{3}"
            + SEP
            + r"\d{3}"
            + SEP
            + r"\d{5})"
            + RIGHT,
            0.9,
        ),
    )
    valid = checked_by(checksums.siret_valid)


class SirenRecognizer(RegexRecognizer):
    """SIREN: 9 digits, Luhn; only after a keyword, since one number in ten passes the Luhn check by chance."""

    ENTITY = "SIREN"
    PATTERNS = (
        (
            r"(?i)\b(?:siren|siret|rcs|entreprise|société|immatricul\w*)\b[^\n\d]{0,20}?"
            r"(?P<pii>" + LEFT + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3})" + RIGHT,
            0.9,
        ),
        (
            r"(?i)(?P<ctx>\bsiren\b)[^\n\d]{0,20}?(?P<pii>"
            + LEFT
            + r"\d{3}"
            + SEP
            + r"\d{3}"
            + SEP
            + r"\d{3})"
            + RIGHT,
            0.85,
        ),
    )
    valid = checked_by(checksums.siren_valid)


class NumeroFiscalRecognizer(RegexRecognizer):
    """Numéro fiscal (SPI): 13 digits starting with 0 to 3, written 4-3-3-3, 1-3-3-3-3 or 2-2-3-3-3 (as on the
    tax notice); the notice's own reference, "25 69 A124578 43" (year, department, a letter and six digits, key)."""

    ENTITY = "NUMERO_FISCAL"
    PATTERNS = (
        (LEFT + r"[0-3]\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3}" + RIGHT, 0.85),
        (LEFT + r"[0-3]\d{12}" + RIGHT, 0.8),
        (LEFT + r"[0-3] \d{3} \d{3} \d{3} \d{3}" + RIGHT, 0.8),
        (LEFT + r"[0-3]\d \d{2} \d{3} \d{3} \d{3}" + RIGHT, 0.8),
        (LEFT + r"\d{2} ?(?:\d{2}|2[AB]) ?[A-Z]\d{6} ?\d{2}" + RIGHT, 0.8),
    )


class RibRecognizer(RegexRecognizer):
    """A French RIB (bank 5 digits, branch 5, account 11 letters or digits, key 2), whose IBAN check cannot apply,
    and a long account number after "RIB" or "compte" in any grouping (a Moroccan RIB has 24 digits)."""

    ENTITY = "IBAN"
    PATTERNS = (
        (LEFT + r"\d{5}[ \u00a0]?\d{5}[ \u00a0]?[0-9A-Z]{11}[ \u00a0]?\d{2}" + RIGHT, 0.85),
        (
            r"(?i)\b(?:rib|relevé d'identité bancaire|compte(?: bancaire)?)\b[^\n\d]{0,20}?(?P<pii>"
            + LEFT
            + r"\d{3,}(?:[ \u00a0.\-]\d{2,}){2,}(?<=\d))"
            + RIGHT,
            0.8,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        return sum(char.isdigit() for char in value) >= 16


class AllocataireRecognizer(RegexRecognizer):
    """CAF / MSA allocataire number: 7 digits (sometimes 8, or a letter), after a keyword, written in one piece or in
    groups ("allocataire 6 602 719", "numero alloc 1 298 551"; not a sum: "caf 1 298 551 €"); the word misspelt too
    ("alocataire", "allocatair", "allocatere" is not read), or glued to the number ("alloc4419027")."""

    ENTITY = "ALLOCATAIRE"
    PATTERNS = (
        (
            # (thirtieth pass, second shift, p85) the number glued to its word, as a phone's keyboard leaves it:
            # "N°alloc4419027", "CAF7790341"
            r"(?i)\b(?:al+ocatai?res?|al+ocatair|alloc|caf|msa|matricule)(?:\b[^\n\d]{0,25}?"
            + LEFT
            + r"|(?=\d))(?P<pii>\d(?:[ \u00a0.]?\d){6,7}[A-Z]?)"
            + RIGHT
            + r"(?!\s*(?:€|euros?\b|eur\b))",
            0.9,
        ),
    )


class FranceTravailRecognizer(RegexRecognizer):
    """France Travail (ex-Pôle emploi) identifier: 7 digits and a letter or digit, e.g. 1234567A."""

    ENTITY = "FRANCE_TRAVAIL"
    PATTERNS = (
        (LEFT + r"\d{7}[A-Z]" + RIGHT, 0.8),
        (
            r"(?i)\b(?:france travail|pôle emploi|pole emploi|demandeur d'emploi|identifiant)\b[^\n\d]{0,25}?"
            r"(?P<pii>" + LEFT + r"\d{7}[0-9A-Z]{1,4})" + RIGHT,
            0.9,
        ),
    )


_NOT_A_TAIL = r"(?<![0-9A-Za-z][\-/])"


class PassportRecognizer(RegexRecognizer):
    """French passport number: 2 digits, 2 letters, 5 digits (e.g. 12AB34567), also copied in groups as it is read
    aloud or printed ("21 AB 345 67", "21-AB-34567"): one space, dot or dash at most between two characters."""

    ENTITY = "PASSEPORT"
    # (second shift, p65: never the tail of a longer code joined by a dash or a slash, "dossier 2024-30-RV-77812",
    # whose reference is read whole)
    PATTERNS = (
        (LEFT + _NOT_A_TAIL + r"\d{2}[A-Z]{2}\d{5}" + RIGHT, 0.85),
        (LEFT + _NOT_A_TAIL + r"\d{2}[ .\-]?[A-Z]{2}[ .\-]?\d(?:[ .\-]?\d){4}" + RIGHT, 0.8),
    )


# A number from one to 999 in words, as a plate's is read aloud: "quatre cent douze", "deux cent trente et un".
_NUMBER_WORDS = (
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|"
    r"quarante|cinquante|soixante|cents?|et)"
)
_SPOKEN_NUMBER = _NUMBER_WORDS + r"(?:[ \-]+" + _NUMBER_WORDS + r"){0,6}"


class PlateRecognizer(RegexRecognizer):
    """Number plates: SIV AB-123-CD (since 2009), FNI 1234 AB 75 (after a keyword), the neighbours' shapes
    (Belgian 1-ABC-234, Dutch, Portuguese) and any group of letters and digits after a word of plates."""

    ENTITY = "PLAQUE"
    PATTERNS = (
        # (a line break inside, as a form's narrow field cuts it: "FR-205-⏎TZ")
        (LEFT + r"[A-HJ-NP-TV-Z]{2}(?:[ \-]|-?\n)?\d{3}(?:[ \-]|-?\n)?[A-HJ-NP-TV-Z]{2}" + RIGHT, 0.85),
        (LEFT + r"[a-hj-np-tv-z]{2}-\d{3}-[a-hj-np-tv-z]{2}" + RIGHT, 0.8),
        # in lower case with spaces only after a word of plates ("ma plaque c'est le ab 123 cd"): alone, "le 100 km"
        (
            r"(?i)\b(?:immatricul\w*|plaques?|véhicule|voiture|moto|scooter)\b[^\n\d]{0,30}?"
            r"(?P<pii>" + LEFT + r"(?-i:[a-hj-np-tv-z]{2}[ \-]?\d{3}[ \-]?[a-hj-np-tv-z]{2}))" + RIGHT,
            0.8,
        ),
        (
            r"(?i)\b(?:immatricul\w*|plaque|véhicule|voiture|moto|scooter|camping-car)\b[^\n]{0,30}?"
            r"(?P<pii>" + LEFT + r"\d{1,4}[ \-]?[A-Z]{1,3}[ \-]?(?:\d{2}|2[AB]|97\d))" + RIGHT,
            0.8,
        ),
        # (thirty-second pass, p94e) a plate read aloud, letter by letter and its number in words or in figures,
        # after a word of plates: "immatriculée f g quatre cent douze x l", "la plaque E H 231 V B"; two single
        # letters, the number, two single letters, so that "a eu" or "y a deux" never start one
        (
            r"(?i)\b(?:immatricul\w*|plaques?|véhicule|voiture|moto|scooter|camping-car)\b[^\n\d]{0,30}?"
            r"(?P<pii>(?<![\w'’])(?-i:[a-hj-np-tv-zA-HJ-NP-TV-Z])[ .\-](?-i:[a-hj-np-tv-zA-HJ-NP-TV-Z])[ .\-]"
            r"(?:\d{3}|" + _SPOKEN_NUMBER + r")"
            r"[ .\-](?-i:[a-hj-np-tv-zA-HJ-NP-TV-Z])[ .\-](?-i:[a-hj-np-tv-zA-HJ-NP-TV-Z]))(?![\w'’])",
            0.8,
        ),
        # FNI without a keyword, only in its usual spacing: "ma Clio 1234 XV 92"
        (LEFT + r"\d{2,4} [A-HJ-NP-Z]{2,3} (?:0[1-9]|[1-8]\d|9[0-5]|2[AB])" + RIGHT, 0.6),
        # Belgium "1-ABC-234", the Netherlands "12-ABC-3" / "AB-123-C", Portugal "AA-12-BB" / "12-AB-34"
        (
            LEFT + r"(?:\d-[A-Z]{3}-\d{3}|\d{1,2}-[A-Z]{2,3}-\d{1,2}|[A-Z]{1,3}-\d{2,3}-[A-Z]{1,2}|"
            r"[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2})" + RIGHT,
            0.8,
        ),
        # A German plate: the district's one to three letters, a dash, one or two letters, a space, up to four
        # digits ("S-HJ 4821", "KA-JH 482", "M-AB 1234E"): the dash then the space is the German way of writing it,
        # which no French word, code or reference takes; above a name's score, as "M-DW" alone reads as a name.
        (LEFT + r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ \u00a0]\d{1,4}[EH]?" + RIGHT, 0.85),
        # Any other country's plate after a word of plates: letters and digits in two to four groups ("B-MW 1234",
        # "1234 BCD", "VD 123456", "TO 123456", "W 12345X")
        (
            r"(?i)\b(?:immatricul\w*|plaques?|plate|number plate|matr[ií]cula|targa|kenteken|kennzeichen|"
            r"nummerplaat)\b[^\n\d]{0,30}?(?P<pii>" + LEFT + r"(?-i:(?=[A-Z\d \-]*[A-Z])(?=[A-Z\d \-]*\d)"
            r"[A-Z\d]{1,6}(?:[ \-][A-Z\d]{1,6}){1,3}))" + RIGHT,
            0.75,
        ),
    )
    FLAGS = re.MULTILINE
