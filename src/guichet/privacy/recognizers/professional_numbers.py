"""Numbers in digit groups that identify a person, known by their label or by their shape (issue 13, forty-second
pass, engineer-p133e).

Health and social-care professionals write their own numbers, and their patients', as the card prints them or as
they dictate them: "RPPS 10 00 12 34 56 7", "ADELI 75.1.23456.7", "FINESS de l'officine : 49 0 78912 3", "n° AM 49 1
23456 7", "ordonnance n° 2611 4873 0092". The other recognisers read a number after "n°", "numéro" or "dossier", and
a long number in groups of two to five digits; a group of one digit broke both ("10 1 234 567 89", "69 93 1045 2").

- **By its label** (`LABELLED`): a run of digit groups of seven to fifteen digits within a few words after a
  professional's or a care file's label — RPPS, ADELI, FINESS, "AM" (the Assurance Maladie's number of a
  professional), "identifiant" or "numéro de facturation", "prescripteur", "n° d'ordonnance" or "de prescription"
  — or right before such a label in brackets ("10 00 12 34 56 7 (RPPS)"). A Corsican département starts the number
  with 2A or 2B ("ADELI 2B 6 01234 5"). A prescription's number needs nine digits: a law's "ordonnance n°
  2020-1525" has eight at most.
- **By its shape** (`GROUPED`): nine to fourteen digits in three groups or more joined by spaces or by dots, one
  group of a single digit among them ("10 0 034 889 12 7", "49.6.02587.1"): no amount, date, phone number or
  law's number is written so. Left alone: a phone number (ten digits from 0, a service's "0 800 360 360"
  included), an amount or a quantity (a unit after it), a number after a law's or a form's word.

`LABELLED = False` or `GROUPED = False` turns each rule off at run time.
"""

import re
from collections.abc import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy.recognizers.base import recognition_metadata
from guichet.privacy.recognizers.numbers import Group, digit_runs

LABELLED = True
GROUPED = True
# (forty-third pass, p137e) a labelled number holds six digits at least (seven, or six after a Corsican "2A"/"2B")
# and fifteen at most: a run of another length is left before the label is looked for in the 60 characters before it
# (every "2 enfants", every year). The same spans; `COUNT_FIRST = False` reads the label first, as before.
COUNT_FIRST = True

ENTITY = "REFERENCE"
SCORE = 0.7

# A professional's or a care file's label, up to 30 characters of words (no digit, no line break) before the number.
_LABEL_BEFORE = re.compile(
    r"(?:(?i:(?<![\w])(?P<word>rpps|adeli|finess|"
    r"(?:identifiant|num[ée]ro|n[°º]|code)[ \t]+(?:de[ \t]+)?(?:facturation|prescripteur)|prescripteur|"
    r"(?:num[ée]ro|n[°º])[ \t]+(?:d['’][ \t]*ordonnance|de[ \t]+(?:l['’][ \t]*)?(?:ordonnance|prescription))|"
    r"(?P<prescription>ordonnance|prescription)[ \t]+(?:n[°º]|num[ée]ro|no\.?)))"
    r"|(?<![\w])(?:n[°º]|num[ée]ro|N[°º]|Num[ée]ro)?[ \t]*(?-i:AM))"
    r"(?![\w])(?P<between>[^\n\d]{0,30})$"
)
# The same label right after the number, in brackets or after a dash: "10 00 12 34 56 7 (RPPS)".
_LABEL_AFTER = re.compile(r"(?i)[ \t]*[(\-–,][ \t]*(?:rpps|adeli|finess)(?![\w])")
# Words between a label and a number that make the number another one's: a phone, a fax, a date, an amount.
_NOT_BETWEEN = re.compile(r"(?i)(?<![\w])(?:t[ée]l|t[ée]l[ée]phone|portable|fax|mobile|depuis|€|euros?)(?![\w])")
_DATE = re.compile(r"\d{1,2}[ ./\-]\d{1,2}[ ./\-](?:\d{2}|\d{4})")
# A law's, a form's or a text's word right before a number: its number is no one's.
_LEGAL = re.compile(
    r"(?i)(?<![\w])(?:cerfa|article|art\.|loi|décret|decret|arrêté|arrete|circulaire|directive|code|formulaire|"
    r"annexe|alinéa|page|tél|tel|téléphone|telephone|fax|siret|siren)(?![\w])[^\n\d]{0,15}$"
)
_UNIT = re.compile(
    r"(?i)[ \t]*(?:€|euros?\b|eur\b|%|km\b|ans?\b|mois\b|jours?\b|heures?\b|h\b|m2|m²|kg\b|mg\b|ml\b|g\b|fois\b)"
)
_CORSICA = re.compile(r"(?<![\w])2[AB][ \t.]?$")


def _digits(run: list[Group]) -> str:
    return "".join(group.digits for group in run)


def _labelled(text: str, run: list[Group]) -> tuple[int, int] | None:
    """The span of `run` when a professional's label names it, else None."""
    start, end = run[0].start, run[-1].end
    digits = _digits(run)
    if COUNT_FIRST and not 6 <= len(digits) <= 15:
        return None
    corsica = _CORSICA.search(text, max(0, start - 3), start)
    if corsica:
        start = corsica.start()
    before = text[max(0, start - 60) : start]
    match = _LABEL_BEFORE.search(before)
    if match is not None:
        if _NOT_BETWEEN.search(match.group("between")):
            return None
        least = 9 if match.group("prescription") or "ordonnance" in match.group(0).lower() else 7
    elif _LABEL_AFTER.match(text, end):
        least = 7
    else:
        return None
    if not least <= len(digits) + (1 if corsica else 0) <= 15 or _UNIT.match(text, end):
        return None
    if _DATE.fullmatch(text[run[0].start : end]):
        return None
    return start, end


def _grouped(text: str, run: list[Group]) -> tuple[int, int] | None:
    """The span of `run` when its shape alone makes it an identifier, else None."""
    digits = _digits(run)
    separators = {group.separator.strip(" \t\u00a0\u202f") for group in run[1:]}
    if not 9 <= len(digits) <= 14 or len(run) < 3 or not separators <= {"", "."}:
        return None
    if not any(len(group.digits) == 1 for group in run) or re.fullmatch(r"0\d{9}", digits):
        return None
    start, end = run[0].start, run[-1].end
    if _UNIT.match(text, end) or _LEGAL.search(text[max(0, start - 40) : start]):
        return None
    return start, end


def spans(text: str) -> Iterator[tuple[int, int]]:
    """The professional and grouped numbers of `text`, each switch read now."""
    labelled, grouped = LABELLED, GROUPED
    if not (labelled or grouped):
        return
    for whole in digit_runs(text):
        for run in _lines(whole):
            found = (labelled and _labelled(text, run)) or (grouped and _grouped(text, run))
            if found:
                yield found


def _lines(run: list[Group]) -> Iterator[list[Group]]:
    """The parts of `run` on one line each: a number never goes on past a line break ("RPPS 10003458712⏎12 place
    Carnot" is a number, then an address)."""
    part: list[Group] = []
    for group in run:
        if part and "\n" in group.separator:
            yield part
            part = []
        part.append(group)
    if part:
        yield part


class ProfessionalNumberRecognizer(LocalRecognizer):
    """A number in digit groups known by a professional's label or by its shape (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], supported_language="fr", name="ProfessionalNumberRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = recognition_metadata(self)
        return [
            RecognizerResult(ENTITY, start, end, SCORE, recognition_metadata=dict(metadata))
            for start, end in spans(text)
        ]
