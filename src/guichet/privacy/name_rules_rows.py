"""Messaging handles, patronymics, household rows, names in brackets after a relative, a name after "moi".

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_ages import _lower_first_name
from guichet.privacy.name_rules_cues import _unknown_lower
from guichet.privacy.name_rules_patterns import _W
from guichet.privacy.name_rules_words import _ENGLISH, _FUNCTION_WORDS, _foreign_word, _plain_common, _words
from guichet.privacy.spacy_fr import STOP_WORDS

# The name a writer goes by on a messaging app, after its label: "whatsapp : Binta", "Telegram: Oleksandr K.",
# "messenger : Fatou Diallo" (capitalised words, the first a known first name that is no common word, or a word of
# no language the lexicon knows; not "whatsapp : Oui", not a number).
_MESSAGING = re.compile(
    rf"(?i:\b(?:whatsapp|whats[ \t]?app|wa|telegram|signal|messenger|facebook|fb|instagram|insta|snapchat|snap|"
    rf"skype|viber|imo|tiktok)[ \t]*:[ \t]*)(?P<name>{_W}(?:[ \t]+{_W}){{0,2}})"
)


# "Son of" in Maghrebi and Mauritanian names, in lower case: a known first name before it (even a public figure's,
# "ahmed"), a known name or a word of no language after it (even a French word, "cheikh"): "mohamed ould cheikh",
# "karim ait salem". ("ben" is left out: "bon ben", "et ben".)
_PATRONYMIC = re.compile(
    r"(?<![\w'’\-])(?P<first>[a-zà-ÿ][a-zà-ÿ\-]{2,})[ \t]+(?:ould|ait|aït|bin|abu)[ \t]+"
    r"(?P<last>[a-zà-ÿ][a-zà-ÿ\-]{2,})(?![\w'’\-])"
)


def patronymic_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_PATRONYMIC`."""
    for match in _PATRONYMIC.finditer(text):
        last = match.group("last")
        if _lower_first_name(match.group("first")) and (_lower_first_name(last, first=False) or _unknown_lower(last)):
            yield match.start(), match.end(), 0.7


def messaging_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_MESSAGING`."""
    for match in _MESSAGING.finditer(text):
        words = list(re.finditer(_W, match.group("name")))
        first = words[0].group()
        if not first[0].isupper() or first.lower() in STOP_WORDS | _ENGLISH or is_filler(first):
            continue
        if not (is_name(first, first=True) or _foreign_word(first)):
            continue
        end = words[0].end()
        for word in words[1:]:  # the surname after it: capitalised, no common word
            if (
                not word.group()[0].isupper()
                or _plain_common(word.group())
                or is_french(word.group())
                and not is_name(word.group())
            ):
                break
            end = word.end()
        start = match.start("name")
        yield start, start + end, 0.7


# A household listed line by line or in a table: a row's cells split by tabs, bars, semicolons or dashes ("Lucas
# ⇥ 12/04/2012 ⇥ collège", "| Anli | 12/03/2015 |", "2. Nasma – fille – 27/10/2016"), the row saying it is a person
# by a date, an age or a relative's word in another cell. The first cell that is a name (each word a first name of
# the gazetteer or no French word) is masked: a child's first name alone, which no other rule reads without a cue.
_ROW_MARKER = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+|[\-–•*][ \t]+)?")


_CELL_SPLIT = re.compile(r"[ \t]*(?:\t|\|)[ \t]*|[ \t]*;[ \t]*|[ \t]+[–—\-][ \t]+|,[ \t]+|[ \t]{2,}")


_PERSON_CELL = re.compile(
    r"(?i)^(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|n[ée]e?\b.*|\d{1,2}[ \t]*(?:ans?|mois)\b.*|"
    r"(?:fils|fille|enfant|mère|mere|père|pere|conjointe?|époux|epoux|épouse|epouse|frère|frere|sœur|soeur|"
    r"demandeur|demandeuse|bébé|bebe)\b.*)$"
)


def _name_cell(cell: str) -> bool:
    words = _words(cell)
    if _PERSON_CELL.match(cell):
        return False  # "Époux, épouse ou partenaire": who, not a name
    if not words or len(words) > 3 or not cell[0].isupper() or len("".join(words)) + len(words) - 1 < len(cell):
        return False
    for word in words:
        if word.isupper() and len(word) > 1:
            continue  # a surname in capitals beside the first name
        if word.lower() in STOP_WORDS or is_filler(word) or _plain_common(word):
            return False
        if not (is_name(word, first=True) or (lookup(word) is None and not is_french(word))):
            return False
    return any(not word.isupper() for word in words)


def household_rows(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CELL_SPLIT`."""
    for line in re.finditer(r"[^\n]+", text):
        body = line.group()
        offset = line.start() + _ROW_MARKER.match(body).end()
        row = text[offset : line.end()].rstrip()
        cells: list[tuple[int, str]] = []
        position = 0
        for split in _CELL_SPLIT.finditer(row):
            cells.append((position, row[position : split.start()]))
            position = split.end()
        cells.append((position, row[position:]))
        cells = [(start, cell) for start, cell in cells if cell]
        if len(cells) < 2 or not any(_PERSON_CELL.match(cell) for _, cell in cells[1:]):
            continue
        for start, cell in cells[:2]:
            if _name_cell(cell):
                yield offset + start, offset + start + len(cell), 0.7
                break


# Names in brackets right after who the people are to the writer: "avec le papa (Chhay Vuthy)", "les 3 petits
# (Saindou et Mdahoma)", "mes jumeaux (Noa, Lily)".
_KIN_THEN_BRACKETS = re.compile(
    r"(?<![\w'’\-])(?i:papa|maman|père|pere|mère|mere|petits|petites|petit|petite|enfants|enfant|fils|filles|fille|"
    r"jumeaux|jumelles|frères|freres|frère|frere|sœurs|soeurs|sœur|soeur|bébés|bebes|bébé|bebe|mari|femme|"
    r"conjoint|conjointe|compagnon|compagne|ex|grands-parents|grand-mère|grand-mere|grand-père|grand-pere|"
    r"petits-enfants|neveux|neveu|nièces|nieces|nièce|niece)"
    r"[ \t]*\((?P<inside>[^()\n]{2,60})\)"
)


_GROUP_SEPARATOR = re.compile(r"[ \t]*(?:,|\bet\b|&)[ \t]*")


def kin_then_bracketed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The names in brackets after a word of kin (`_KIN_THEN_BRACKETS`): every group of one to three capitalised
    words, none of them a French, common or function word, a word in capitals or a public name that is no first
    name ("mes enfants (CP et CE2)", "ma mère (Lyon)", "le père (Aide sociale)" are none); all or nothing."""
    for match in _KIN_THEN_BRACKETS.finditer(text):
        inside, offset = match.group("inside"), match.start("inside")
        groups: list[tuple[int, int]] = []
        position = 0
        for separator in [*_GROUP_SEPARATOR.finditer(inside), None]:
            stop = separator.start() if separator is not None else len(inside)
            groups.append((position, stop))
            position = separator.end() if separator is not None else len(inside)
        spans = []
        for a, b in groups:
            value = inside[a:b].strip()
            words = value.split()
            if not 1 <= len(words) <= 3 or not all(_bracketed_kin_word(word) for word in words):
                spans = []
                break
            start = offset + a + (len(inside[a:b]) - len(inside[a:b].lstrip()))
            spans.append((start, start + len(value)))
        for start, end in spans:
            yield start, end, 0.6


def _bracketed_kin_word(word: str) -> bool:
    if not re.fullmatch(_W, word) or not word[0].isupper() or word.isupper() or len(word) < 2:
        return False
    if word.lower() in STOP_WORDS or word.lower() in _FUNCTION_WORDS or _plain_common(word):
        return False
    kind = lookup(word)
    if kind is not None:
        return kind.first and not kind.common or kind.surname and not kind.public and not is_french(word)
    return not is_french(word) and not is_filler(word)


# A first name set apart after "moi": "et moi, Sandeepa, je garde les enfants".
_ME_THEN_NAME = re.compile(
    r"(?<![\w'’\-])(?i:moi)[ \t]*,[ \t]*(?P<name>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)[ \t]*,[ \t]*"
    r"(?i:je|j['’])"
)


def me_then_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_ME_THEN_NAME`: a word no lexicon knows, or a first name that is no common word."""
    for match in _ME_THEN_NAME.finditer(text):
        word = match.group("name")
        if word.isupper() or _plain_common(word) or word.lower() in STOP_WORDS:
            continue
        kind = lookup(word)
        if (kind is not None and kind.first and not kind.common) or (kind is None and not is_french(word)):
            yield match.start("name"), match.end("name"), 0.6
