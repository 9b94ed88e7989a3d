"""Numbers as people write them, read before the identifier is named: digit groups joined by spaces, dots, dashes,
slashes, an ellipsis or one line break, with the letter O typed for a zero ("2 88 O5 13 055 412 37", "FR76 … 2345
⏎ 678", "044 / 2024 / 118 592", "2 0 7 1 3 5 8 8 4 4 6 1 2").

`digit_runs` finds each run of groups and its digits once; `DigitRunRecognizer` then reads the digits, not the
spelling: fifteen digits of a NIR's shape, thirteen of a tax number's, a file number in groups joined by slashes, and
any number of six digits or more right after a word that names a number ("n°", "dossier", "allocataire", "numéro
fiscal :" and the number on the next line).
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy import checksums
from guichet.privacy.recognizers.base import recognition_metadata

# A group: digits, with the letter O typed for a zero inside or before them ("O5", "2 O41 775", "O78").
_GROUP = re.compile(r"(?<![\w])[0-9O]*[0-9][0-9O]*(?![\w])")
# Between two groups: spaces, one dot or an ellipsis, a dash, a slash (spaces around), or one line break.
_SEPARATOR = re.compile(r"[ \t\u00a0\u202f]*(?:\.{1,3}|…|[\-/–])[ \t\u00a0\u202f]*|[ \t\u00a0\u202f]+|[ \t]*\n[ \t]*")
_MAX_GROUPS = 20


@dataclass(frozen=True)
class Group:
    start: int
    end: int
    digits: str  # the O read as 0
    separator: str  # what joins it to the group before ("" for the first)


def digit_runs(text: str) -> Iterator[list[Group]]:
    """The runs of digit groups of `text`, in order (a run ends at anything that is no separator)."""
    run: list[Group] = []
    for match in _GROUP.finditer(text):
        if run:
            between = text[run[-1].end : match.start()]
            if _SEPARATOR.fullmatch(between) and len(run) < _MAX_GROUPS:
                run.append(Group(match.start(), match.end(), match.group().replace("O", "0"), between))
                continue
            yield run
        run = [Group(match.start(), match.end(), match.group().replace("O", "0"), "")]
    if run:
        yield run


# A word naming a number, up to 30 characters before it (one line break allowed: "Numéro fiscal :⏎2 0 7 …").
_NUMBER_WORD = re.compile(
    r"(?i)(?<!\w)(?P<word>n[°º]|no\.?|num(?:éro|ero)?s?\.?|nr\.?|identifiant|id|référence|reference|réf\.?|ref\.?|"
    r"dossier|al+ocatai?res?|al+ocatair|alloc|caf|msa|matricule|fiscal|spi|sécu|secu|sécurité sociale|"
    r"securite sociale|nir|"
    r"assurée?|adhérent|récépissé|recepisse|étranger|etranger|titre de séjour|agdref|mdph)(?!\w)"
    r"[^\n\d]{0,30}\n?[^\n\d]{0,8}$"
)
_CAF_WORD = re.compile(r"(?i)^(?:al+ocatai?res?|al+ocatair|alloc|caf|msa|matricule)$")
_LEGAL = re.compile(
    r"(?i)\b(?:cerfa|article|art\.|loi|décret|decret|arrêté|arrete|ordonnance|circulaire|directive|instruction|note|"
    r"code|formulaire|page|"
    r"annexe|alinéa|tél|tel|téléphone|telephone|fax|siret|siren)\b"
)
_UNIT = re.compile(r"(?i)\s*(?:€|euros?\b|eur\b|%|km\b|ans?\b|mois\b|jours?\b|heures?\b|h\b|m2|m²|\*)")
_DATE_SHAPE = re.compile(r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-](?:\d{2}|\d{4}))?")


def _nir_shaped(digits: str) -> bool:
    """Fifteen digits a NIR can be: sex 1 or 2 (7, 8: a temporary number), a month 01-12 or 20-99."""
    if len(digits) != 15 or digits[0] not in "12478":
        return False
    month = int(digits[3:5])
    return not (month == 0 or 13 <= month <= 19)


class DigitRunRecognizer(LocalRecognizer):
    """Identifiers read from their digits whatever the spelling (see the module docstring)."""

    ENTITIES = ("NIR", "NUMERO_FISCAL", "ALLOCATAIRE", "REFERENCE", "TELEPHONE")

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language="fr", name="DigitRunRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = recognition_metadata(self)
        return [
            RecognizerResult(entity, start, end, score, recognition_metadata=dict(metadata))
            for entity, start, end, score in self.spans(text)
        ]

    def spans(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for whole_run in digit_runs(text):
            for line in _phone_line_apart(whole_run):
                for run in house_number_apart(text, line):
                    found = self._in_run(text, run)
                    if found is not None:
                        yield found

    def _in_run(self, text: str, run: list[Group]) -> tuple[str, int, int, float] | None:
        # the longest stretch of the run that reads as an identifier; a NIR or a tax number may follow other digits
        for size in range(len(run), 0, -1):
            for first in range(len(run) - size + 1):
                part = run[first : first + size]
                found = self._read(text, part, whole=size == len(run))
                if found is not None:
                    return found
        return None

    def _read(self, text: str, part: list[Group], *, whole: bool) -> tuple[str, int, int, float] | None:
        start, end = part[0].start, part[-1].end
        digits = "".join(group.digits for group in part)
        separators = [group.separator for group in part[1:]]
        if len(digits) == 15 and (_nir_shaped(digits) or checksums.nir_valid(digits)):
            if checksums.nir_valid(digits) or len(part) >= 5 or self._named(text, start):
                return "NIR", start, end, 0.95
        fiscal = len(digits) == 13 and digits[0] in "0123" and not digits.startswith("00")  # 00…: a phone abroad
        if fiscal and (len(part) >= 4 or self._named(text, start)):
            return "NUMERO_FISCAL", start, end, 0.9
        if not whole or len(part) < 2 or _UNIT.match(text, end) or _DATE_SHAPE.fullmatch(text[start:end]):
            return None
        if re.fullmatch(r"0\d{9}", digits):
            odd = "O" in text[start:end] or len(part) >= 8  # not a service's "0 970 82 33 35"
            if odd and re.fullmatch(r"0[1-79]\d{8}", digits):
                return "TELEPHONE", start, end, 0.85  # "O6 12 34 56 78", "0 6 1 2 3 4 5 6 7 8": odd spellings
            return None  # a service's number (08…) is no one's
        word = self._named(text, start)
        if word and len(digits) >= 6 and not _LEGAL.search(text[max(0, start - 40) : start]):
            entity = "ALLOCATAIRE" if _CAF_WORD.match(word) and len(digits) in (7, 8) else "REFERENCE"
            return entity, start, end, 0.75
        if sum("/" in separator for separator in separators) >= 2 and len(digits) >= 7:
            return "REFERENCE", start, end, 0.7  # a file number in slashes: "075/2025/00 4412", not a date
        return None

    @staticmethod
    def _named(text: str, start: int) -> str:
        """The word naming a number right before `start` ("" if none)."""
        match = _NUMBER_WORD.search(text[max(0, start - 45) : start])
        return match.group("word") if match else ""


def _phone_line_apart(run: list[Group]) -> list[list[Group]]:
    """The run, or its two parts when the groups after its last line break are a French phone number with digits
    before the break ("n° dossier MDPH 18-2022-3391⏎06 28 74 51 09"): two numbers on two lines are read apart (the
    phone's rule finds the phone, the number word the first one), never as one number across the break."""
    breaks = [index for index, group in enumerate(run) if "\n" in group.separator]
    if not breaks or re.fullmatch(r"0[1-9]\d{8}", "".join(group.digits for group in run[breaks[-1] :])) is None:
        return [run]
    return [run[: breaks[-1]], run[breaks[-1] :]]


# (forty-fourth pass, p140e) A house number: a group right before a street's word ("12 rue", "3 bis avenue", "21,
# allée"). `HOUSE_NUMBER_APART` cuts it off the run of digits before it: "SIRET : 808 614 277 00015⏎2 rue des Vignes"
# or "numéro fiscal 1 43 92 770 184 66⏎21 avenue d'Italie" read the identifier and the house number as one number of
# fifteen digits (a NIR, scored above the address), which won over the whole address and left the street, the
# postcode and the town in the text.
HOUSE_NUMBER_APART = True
_STREET_AFTER = re.compile(
    r"(?:[ \t]?(?i:bis|ter|quater)|[A-Da-d])?[ \t]*,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|impasse|all[ée]e|chemin|"
    r"route|place|quai|cours|square|lotissement|r[ée]sidence|cit[ée]|hameau|lieu-dit|chauss[ée]e|faubourg|sentier|"
    r"passage|voie|rond-point|promenade|esplanade|ruelle|venelle|traverse|mont[ée]e|parvis|villa|clos)(?![\w'’])"
)


def house_number_apart(text: str, run: list[Group]) -> list[list[Group]]:
    """The run, or the run without its last group when that group is a house number (`_STREET_AFTER` right after
    it) and digits come before it: the identifier is read alone, the address rule finds the street with its number."""
    if not HOUSE_NUMBER_APART or len(run) < 2 or len(run[-1].digits) > 4:
        return [run]
    if _STREET_AFTER.match(text, run[-1].end) is None:
        return [run]
    return [run[:-1], run[-1:]]


# A phone number said in words: "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit".
_NUMBER_WORDS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "et": -1,
}  # fmt: skip
_WORD = re.compile(r"(?i)(?<!\w)(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w])")
_BETWEEN_WORDS = re.compile(r"[ \t,\-]*")


def _spoken_digits(words: list[str]) -> str | None:
    """The digits of number words read two by two as people say a phone number ("zéro six" is 06, "douze" 12)."""
    digits, index = "", 0
    values = [_NUMBER_WORDS[word.lower()] for word in words]
    while index < len(values):
        value = values[index]
        index += 1
        if value < 0:
            continue
        if value == 4 and index < len(values) and values[index] == 20:  # quatre-vingt(s)
            value, index = 80, index + 1
        if value in (20, 30, 40, 50, 60, 80) and index < len(values):
            if values[index] < 0:
                index += 1  # "vingt et un"
            if index < len(values) and 0 < values[index] < 10:
                value, index = value + values[index], index + 1
            elif value in (60, 80) and index < len(values) and 10 <= values[index] <= 16:
                value, index = value + values[index], index + 1
                if value in (70, 90) and index < len(values) and 7 <= values[index] <= 9:
                    value, index = value + values[index], index + 1
        elif value == 10 and index < len(values) and 7 <= values[index] <= 9:
            value, index = 10 + values[index], index + 1
        digits += str(value)
    return digits or None


class SpokenPhoneRecognizer(LocalRecognizer):
    """A French phone number written in words, ten digits starting with 0 (see `_spoken_digits`)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["TELEPHONE"], supported_language="fr", name="SpokenPhoneRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = recognition_metadata(self)
        results = []
        for start, end in self._runs(text):
            words = [match.group() for match in _WORD.finditer(text, start, end)]
            digits = _spoken_digits(words)
            if digits is not None and re.fullmatch(r"0[1-79]\d{8}", digits):
                results.append(RecognizerResult("TELEPHONE", start, end, 0.8, recognition_metadata=dict(metadata)))
        return results

    @staticmethod
    def _runs(text: str) -> Iterator[tuple[int, int]]:
        """Runs of five number words or more, joined by spaces, commas or dashes."""
        run: list[re.Match[str]] = []
        for match in _WORD.finditer(text):
            if run and _BETWEEN_WORDS.fullmatch(text, run[-1].end(), match.start()):
                run.append(match)
                continue
            if len(run) >= 5:
                yield run[0].start(), run[-1].end()
            run = [match]
        if len(run) >= 5:
            yield run[0].start(), run[-1].end()


# An identifier said in words after a word that names a number: "mon numéro allocataire c'est deux millions six
# cent quarante mille trois cent douze" (a keyboard without digits, a message dictated to a helper).
_FIGURE_WORDS = {"zéro", "zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"}
_LARGE_WORDS = {"cent", "cents", "mille", "million", "millions", "milliard", "milliards"}
_SPOKEN_WORD = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(sorted({*_NUMBER_WORDS, *_LARGE_WORDS} - {"et"}, key=len, reverse=True)) + r"|et)"
    r"(?![\w])"
)


class SpokenNumberRecognizer(LocalRecognizer):
    """Five number words or more with "mille" or "million" in them, six or more said in groups between commas
    ("zéro quatre, quarante-six, vingt-trois, …"), or eight or more in a row (a number dictated: "un cinquante-deux
    zéro trois soixante-neuf…"), right after a word that names a number (not a law's, nor an amount: "euros" after
    it)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["ALLOCATAIRE", "REFERENCE"], supported_language="fr", name="SpokenNumberRecognizer"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = recognition_metadata(self)
        results = []
        for run in self._runs(text):
            words = [word.lower() for word in run[2]]
            start, end = run[0], run[1]
            large = len(words) >= 5 and {"mille", "million", "millions"} & set(words)
            # or said by groups, as one reads a long number aloud: "zéro quatre, quarante-six, vingt-trois, …"
            grouped = len(words) >= 6 and text.count(",", start, end) >= 3
            # or dictated in one breath, digit by digit or two by two: "un cinquante-deux zéro trois soixante-neuf…"
            dictated = len(words) >= 8
            # or figure by figure, as a seven-figure CAF number is read: "deux huit quatre un zéro neuf trois"
            figures = len(words) >= 6 and all(word in _FIGURE_WORDS for word in words)
            if not (large or grouped or dictated or figures):
                continue
            before = text[max(0, start - 45) : start]
            label = _NUMBER_WORD.search(before)
            if label is None or _LEGAL.search(before) or _UNIT.match(text, end):
                continue
            caf = any(_CAF_WORD.match(word) for word in re.findall(r"\w+", before))
            entity = "ALLOCATAIRE" if caf else "REFERENCE"
            results.append(RecognizerResult(entity, start, end, 0.75, recognition_metadata=dict(metadata)))
        return results

    @staticmethod
    def _runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
        """Runs of number words joined by spaces, commas or dashes ("et" inside a run only)."""
        run: list[re.Match[str]] = []
        for match in _SPOKEN_WORD.finditer(text):
            if run and _BETWEEN_WORDS.fullmatch(text, run[-1].end(), match.start()):
                run.append(match)
                continue
            while run and run[-1].group().lower() == "et":
                run.pop()
            if run:
                yield run[0].start(), run[-1].end(), [m.group() for m in run]
            run = [] if match.group().lower() == "et" else [match]
        while run and run[-1].group().lower() == "et":
            run.pop()
        if run:
            yield run[0].start(), run[-1].end(), [m.group() for m in run]
