"""French recognisers for numbers and contact details, as Presidio recognisers.

Each recogniser is a list of regular expressions. When a pattern has a `pii` group, only that group is reported (the
keyword before it, "n° allocataire", stays in the text). A checksum, where the identifier has one, must pass, except
after a keyword naming the identifier (a `ctx` group: "NIR : …"), where a mistyped number is still personal data.
"""

import re
from collections.abc import Callable, Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy import checksums

# A separator inside a number as people type it: space (also non-breaking), dot or dash.
SEP = r"[ \u00a0\u202f.\-]?"
# Characters that cannot touch a number on either side.
_NB = r"(?<![0-9A-Za-z])"
_NA = r"(?![0-9A-Za-z])"
# Keywords after which a legal text, not a person, is numbered.
_LEGAL = re.compile(
    r"(?i)(?:cerfa|article|art\.|loi|décret|arrêté|ordonnance|circulaire|règlement|directive|code|formulaire|"
    r"imprimé|notice|annexe|alinéa|l\.|r\.|d\.)\s*(?:n[°º]|no\.?|numéro)?\s*$"
)


class RegexRecognizer(LocalRecognizer):
    """Base class: `ENTITY`, `PATTERNS` as (regex, score) and an optional `valid` check of the value."""

    ENTITY = ""
    PATTERNS: tuple[tuple[str, float], ...] = ()
    FLAGS = re.MULTILINE

    def __init__(self) -> None:
        self.compiled = [(re.compile(pattern, self.FLAGS), score) for pattern, score in self.PATTERNS]
        super().__init__(supported_entities=[self.ENTITY], supported_language="fr", name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the patterns are compiled once in `__init__`."""

    def valid(self, value: str, text: str, start: int) -> bool:
        return True

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for regex, score in self.compiled:
            checked = "ctx" not in regex.groupindex
            for match in regex.finditer(text):
                start, end = match.span("pii") if "pii" in regex.groupindex else match.span()
                if end > start and (not checked or self.valid(text[start:end], text, start)):
                    yield start, end, score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(self.ENTITY, start, end, score, recognition_metadata=self._metadata())
            for start, end, score in self.spans(text)
        ]

    def _metadata(self) -> dict[str, str]:
        return {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}


def _checked(check: Callable[[str], bool]) -> Callable[[RegexRecognizer, str, str, int], bool]:
    def valid(self: RegexRecognizer, value: str, text: str, start: int) -> bool:
        return check(value)

    return valid


class EmailRecognizer(RegexRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = ((r"(?i)(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])", 1.0),)


class PhoneRecognizer(RegexRecognizer):
    """French numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6…, 0033 6…

    Also other countries' numbers written with "+". Numbers starting with 08 are services, not people.
    """

    ENTITY = "TELEPHONE"
    PATTERNS = (
        (_NB + r"(?<!\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-79]|0[1-79])(?:" + SEP + r"\d{2}){4}" + _NA, 0.9),
        # the same digits grouped another way: 06 41 773 208
        (_NB + r"(?<!\+)(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-79]|0[1-79])(?:" + SEP + r"\d){8}" + _NA, 0.85),
        (r"(?<![\w+])\+(?!33)[1-9]\d{1,2}(?:[ .\-]?\(0\))?(?:[ .\-]?\d{1,4}){2,6}" + _NA, 0.8),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        digits = checksums.compact(value)
        return 9 <= len(digits) <= 15


class NirRecognizer(RegexRecognizer):
    """NIR: sex, year, month, department (2A/2B in Corsica), commune, order number, key (mod 97 checked)."""

    ENTITY = "NIR"
    PATTERNS = (
        (
            _NB + r"[1-478]" + SEP + r"\d{2}" + SEP + r"\d{2}" + SEP + r"(?:\d{2}|2[AaBb])" + SEP + r"\d{3}"
            r"" + SEP + r"\d{3}" + r"[ \u00a0.\-]{0,3}" + r"\d{2}" + _NA,
            1.0,
        ),
        (
            r"(?i)(?P<ctx>\b(?:nir|n° ?ss|sécu|secu|sécurité sociale|securite sociale|insee)\b)[^\n\d]{0,25}?"
            r"(?P<pii>" + _NB + r"[1-478](?:[ \u00a0.\-]{0,2}[\dAB]){12,14})" + _NA,
            0.9,
        ),
    )
    valid = _checked(checksums.nir_valid)


class IbanRecognizer(RegexRecognizer):
    """IBAN in groups of four (spaces or dashes) or in one block; mod 97 checked, trailing groups trimmed."""

    ENTITY = "IBAN"
    PATTERNS = ((_NB + r"[A-Za-z]{2}\d{2}(?:" + SEP + r"[A-Za-z0-9]{1,4}){3,8}" + _NA, 1.0),)

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for regex, score in self.compiled:
            for match in regex.finditer(text):
                end = _iban_end(text, match.start(), match.end())
                if end:
                    yield match.start(), end, score


def _iban_end(text: str, start: int, end: int) -> int | None:
    """The end of the longest valid IBAN starting at `start` and ending at a character before `end`."""
    for stop in range(end, start + 14, -1):
        if text[stop - 1].isalnum() and checksums.iban_valid(text[start:stop]):
            return stop
    return None


class SiretRecognizer(RegexRecognizer):
    ENTITY = "SIRET"
    PATTERNS = (
        (_NB + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{5}" + _NA, 0.95),
        (
            r"(?i)(?P<ctx>\bsiret\b)[^\n\d]{0,20}?(?P<pii>"
            + _NB
            + r"\d{3}"
            + SEP
            + r"\d{3}"
            + SEP
            + r"\d{3}"
            + SEP
            + r"\d{5})"
            + _NA,
            0.9,
        ),
    )
    valid = _checked(checksums.siret_valid)


class SirenRecognizer(RegexRecognizer):
    """SIREN: 9 digits, Luhn; only after a keyword, since one number in ten passes the Luhn check by chance."""

    ENTITY = "SIREN"
    PATTERNS = (
        (
            r"(?i)\b(?:siren|siret|rcs|entreprise|société|immatricul\w*)\b[^\n\d]{0,20}?"
            r"(?P<pii>" + _NB + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3})" + _NA,
            0.9,
        ),
        (
            r"(?i)(?P<ctx>\bsiren\b)[^\n\d]{0,20}?(?P<pii>" + _NB + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3})" + _NA,
            0.85,
        ),
    )
    valid = _checked(checksums.siren_valid)


class NumeroFiscalRecognizer(RegexRecognizer):
    """Numéro fiscal (SPI): 13 digits starting with 0 to 3, often written 4-3-3-3."""

    ENTITY = "NUMERO_FISCAL"
    PATTERNS = (
        (_NB + r"[0-3]\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3}" + SEP + r"\d{3}" + _NA, 0.85),
        (_NB + r"[0-3]\d{12}" + _NA, 0.8),
    )


class AllocataireRecognizer(RegexRecognizer):
    """CAF / MSA allocataire number: 7 digits (sometimes 8, or a letter), after a keyword."""

    ENTITY = "ALLOCATAIRE"
    PATTERNS = (
        (
            r"(?i)\b(?:allocataires?|caf|msa|matricule)\b[^\n\d]{0,25}?(?P<pii>" + _NB + r"\d{7,8}[A-Z]?)" + _NA,
            0.9,
        ),
    )


class FranceTravailRecognizer(RegexRecognizer):
    """France Travail (ex-Pôle emploi) identifier: 7 digits and a letter or digit, e.g. 1234567A."""

    ENTITY = "FRANCE_TRAVAIL"
    PATTERNS = (
        (_NB + r"\d{7}[A-Z]" + _NA, 0.8),
        (
            r"(?i)\b(?:france travail|pôle emploi|pole emploi|demandeur d'emploi|identifiant)\b[^\n\d]{0,25}?"
            r"(?P<pii>" + _NB + r"\d{7}[0-9A-Z]{1,4})" + _NA,
            0.9,
        ),
    )


class PassportRecognizer(RegexRecognizer):
    """French passport number: 2 digits, 2 letters, 5 digits (e.g. 12AB34567)."""

    ENTITY = "PASSEPORT"
    PATTERNS = ((_NB + r"\d{2}[A-Z]{2}\d{5}" + _NA, 0.85),)


class PlateRecognizer(RegexRecognizer):
    """Number plates: SIV AB-123-CD (since 2009) and FNI 1234 AB 75 (after a keyword)."""

    ENTITY = "PLAQUE"
    PATTERNS = (
        (_NB + r"[A-HJ-NP-TV-Z]{2}[ \-]?\d{3}[ \-]?[A-HJ-NP-TV-Z]{2}" + _NA, 0.85),
        (_NB + r"[a-hj-np-tv-z]{2}-\d{3}-[a-hj-np-tv-z]{2}" + _NA, 0.8),
        (
            r"(?i)\b(?:immatricul\w*|plaque|véhicule|voiture|moto|scooter|camping-car)\b[^\n]{0,30}?"
            r"(?P<pii>" + _NB + r"\d{1,4}[ \-]?[A-Z]{1,3}[ \-]?(?:\d{2}|2[AB]|97\d))" + _NA,
            0.8,
        ),
    )
    FLAGS = re.MULTILINE


# Words that introduce a personal reference number, and the type the number then gets.
_REFERENCE_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"passeport", "PASSEPORT"),
    (r"carte (?:nationale )?d'identité|cni", "CNI"),
    (r"permis(?: de conduire)?", "PERMIS"),
    (r"fiscal|spi|impôts?|contribuable", "NUMERO_FISCAL"),
    (r"allocataires?|caf", "ALLOCATAIRE"),
    (r"france travail|pôle emploi|pole emploi", "FRANCE_TRAVAIL"),
    (
        r"n[°º]|no\.?|num(?:éro|ero)?\.?|nr|identifiant|id|référence|reference|réf\.?|ref\.?|dossier|"
        r"matricule|étranger|etranger|agdref|titre de séjour|récépissé|demande|pré-demande|contrat|client|"
        r"adhérent|assuré|compte|facture|avis|code",
        "REFERENCE",
    ),
)
_LEGAL_WORD = re.compile(r"(?i)\b(?:cerfa|article|art\.|loi|décret|arrêté|ordonnance|circulaire|code)\b")
_DATE_OR_AMOUNT = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,3}(?: \d{3})+")
_UNIT = re.compile(r"(?i)\s*(?:€|euros?|eur\b|%|km|ans?\b|mois|jours?|heures?|h\b|m2|m²)")
# The number itself: groups of letters and digits joined by - / . or spaces between digit groups.
_REFERENCE_VALUE = r"(?P<pii>(?=[A-Z0-9\-/.]*\d)[A-Z0-9]+(?:[\-/.][A-Z0-9]+)*(?: \d{2,})*)"


class ReferenceRecognizer(LocalRecognizer):
    """A reference number after a keyword: "dossier n° 2024-CI-0458721", "N° étranger 9302871456"…

    Needs at least five digits; numbers of legal texts and forms ("cerfa n° 12100", "article 1234") are not
    personal data.
    """

    MIN_DIGITS = 5

    def __init__(self) -> None:
        self.compiled = [
            (
                re.compile(
                    r"(?i)(?<!\w)(?:"
                    + keywords
                    + r")(?!\w)[^\n\d]{0,25}?(?-i:(?<![0-9A-Za-z+])"
                    + _REFERENCE_VALUE
                    + r")",
                    re.MULTILINE,
                ),
                entity,
            )
            for keywords, entity in _REFERENCE_KEYWORDS
        ]
        entities = sorted({entity for _, entity in _REFERENCE_KEYWORDS})
        super().__init__(supported_entities=entities, supported_language="fr", name="ReferenceRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for regex, entity in self.compiled:
            for match in regex.finditer(text):
                start, end = match.span("pii")
                value = text[start:end].rstrip("./-")
                end = start + len(value)
                if (start, end) in seen or not self._personal(text, match.start(), start, value, entity):
                    continue
                seen.add((start, end))
                score = 0.75 if entity == "REFERENCE" else 0.85
                metadata = {
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                }
                results.append(RecognizerResult(entity, start, end, score, recognition_metadata=metadata))
        return results

    def _personal(self, text: str, keyword_start: int, start: int, value: str, entity: str) -> bool:
        digits = sum(char.isdigit() for char in value)
        letters = sum(char.isalpha() for char in value)
        # A mixed code (X4RTBPFW4) needs fewer digits than a plain number, a named document fewer than a "n°".
        needed = 2 if entity != "REFERENCE" else (3 if letters else self.MIN_DIGITS)
        if digits < needed or len(value) < 6 or _DATE_OR_AMOUNT.fullmatch(value):
            return False
        after = text[start + len(value) : start + len(value) + 12]
        if after.startswith("*") or _UNIT.match(after):  # cerfa 12345*01, 52 000 euros
            return False
        before = text[max(0, keyword_start - 20) : start]
        return not _LEGAL.search(before) and not _LEGAL_WORD.search(before)


class CodeRecognizer(RegexRecognizer):
    """A code of capitals and digits (pré-demande ANTS 7A3B9C2D1E, CNI X4RTBPFW4), without a keyword."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (_NB + r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,20}" + _NA, 0.5),
        # groups joined by dashes: 2024-CI-0458721
        (_NB + r"(?=[A-Z0-9\-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){2,}" + _NA, 0.5),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        digits = sum(char.isdigit() for char in value)
        return digits >= 5 if "-" in value else digits >= 3 and sum(char.isalpha() for char in value) >= 2


class LongNumberRecognizer(RegexRecognizer):
    """Any run of 9 or more digits that no other recogniser claimed: in a citizen's message it is an identifier."""

    ENTITY = "REFERENCE"
    PATTERNS = ((_NB + r"\d{9,}" + _NA, 0.5),)


class AddressRecognizer(RegexRecognizer):
    """Postal addresses: "6 rue des Cordiers, 33000 Bordeaux", "au 5 rue Pasteur", "17000 La Rochelle"."""

    ENTITY = "ADRESSE"
    _NUMBER = r"\b\d{1,4}(?:\s?(?:bis|ter|quater|[a-dA-D])\b)?,?\s+"
    _TYPE = (
        r"(?i:rue|avenue|av\.|bd|boulevard|place|impasse|allée|allee|chemin|route|rte|quai|cours|square|passage|"
        r"voie|résidence|residence|lotissement|lieu-dit|cité|cite|hameau|faubourg|fbg|rond-point|sentier|villa|"
        r"parvis|esplanade|promenade|domaine|montée|ruelle|traverse|clos|sente|chaussée|mail|za|zi|zac)\b"
    )
    _NAME_WORD = r"(?:(?:de|du|des|la|le|les|aux?|et|sur|sous|en|lès)\b|(?:[ldLD]['’])?[A-ZÀ-Ý0-9][\w'’\-]*\.?)"
    _CITY_WORD = r"[^\W\d_][\w'’\-]*"
    _CITY = _CITY_WORD + r"(?:[ \-](?:[A-ZÀ-Ý][\w'’\-]*|sur|sous|lès|les|en|de|du|la|le|cedex(?: \d{1,2})?))*"
    _POSTCODE = r"(?<!\d[ \u00a0.])(?<!\d)(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\d{3}\b"
    PATTERNS = (
        # number, street type, any words, postcode and city
        (_NUMBER + _TYPE + r"[^\n\d]{1,60}?,?\s*" + _POSTCODE + r"\s+" + _CITY, 0.85),
        # number, street type, capitalised name
        (_NUMBER + _TYPE + r"(?:\s+" + _NAME_WORD + r"){1,6}", 0.8),
        # postcode and city alone
        (_POSTCODE + r"\s+[A-ZÀ-Ý][\w'’\-]*(?:[ \-](?:[A-ZÀ-Ý][\w'’\-]*|sur|sous|lès|en|cedex(?: \d{1,2})?))*", 0.6),
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().spans(text):
            value = text[start:end].rstrip(" ,.'’-")
            if re.search(r"\s(?:de|du|des|la|le|les|et|sur|sous|en|aux?)$", value):
                value = value.rsplit(None, 1)[0]
            yield start, start + len(value), score


_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre|janv\.?|févr\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?)"
)
_DATE = r"(?:\d{1,2}(?:er)?[ ./\-](?:\d{1,2}|" + _MONTH + r")[ ./\-](?:19|20)?\d{2})"


class BirthDateRecognizer(RegexRecognizer):
    """Dates of birth: "né le 05/06/1958", "née le 12 mai 1946", "date de naissance : 1er mars 1980"."""

    ENTITY = "DATE_NAISSANCE"
    PATTERNS = (
        (
            r"(?i)\b(?:n[ée](?:\(?e\)?)?s?|date de naissance|naissance|ddn)(?!\w)\s*(?:le|:|en|du)?\s*(?P<pii>"
            + _DATE
            + r")\b",
            0.9,
        ),
        (
            r"(?i)\b(?:n[ée](?:\(?e\)?)?s?|date de naissance|naissance)\s+(?:en\s+)?(?P<pii>(?:" + _MONTH + r"\s+)?"
            r"(?:19|20)\d{2})\b",
            0.7,
        ),
    )


RECOGNIZERS: tuple[type[LocalRecognizer], ...] = (
    EmailRecognizer,
    PhoneRecognizer,
    NirRecognizer,
    IbanRecognizer,
    SiretRecognizer,
    SirenRecognizer,
    NumeroFiscalRecognizer,
    AllocataireRecognizer,
    FranceTravailRecognizer,
    PassportRecognizer,
    PlateRecognizer,
    ReferenceRecognizer,
    CodeRecognizer,
    LongNumberRecognizer,
    AddressRecognizer,
    BirthDateRecognizer,
)
