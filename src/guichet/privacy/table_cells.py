"""Personal data laid out as data: CSV lines, JSON fields, form fields with dot leaders, rows without a header.

(forty-sixth pass, engineer-p149e, issue 13.) Lists and tables leak in ways the sentence rules never see:

- a CSV line pasted from a spreadsheet, its cells in double quotes or cut by commas with no space after them
  (`"Haddad","Yasmine","CE2"`, `KHAN,Imran,14/08/1995,Lahore`): `csv_cells` cuts it into cells for the table
  reading of `analyzer` (switch `CSV_ROWS`);
- a JSON object of a notes app: `{"nom": "Benhamou", "prenom": "David"}` (switch `JSON_NAME_FIELDS`);
- in a row of cells, a first name the gazetteer knows beside a cell already masked as a name, and a place's cell
  right after a cell masked as a date of birth (`2024;LAMBERT;Christophe;…`, `…;14/08/1995;Lahore;…`), or the
  town of a form's "À : Bamako (Mali)" line under its "Née le :" line (switch `ROW_NEIGHBOURS`);
- a form's name field with dot leaders instead of a colon: "Nom .......... PELLETIER", "Prénom ....... Jean-Luc
  (fils)" (switch `DOTTED_LABELS`);
- the header row of a table: its French words ("Titulaire", "Locataire", "Élève", "Prénom NOM") are labels, not
  a person, and a cell that says a flat is empty ("vacant") or names a department ("service RH") is no one
  (switch `CLEAR_HEADERS`).

Each switch is read at call time, so the lead can ship any of them on or off.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french

# Shipped on: each fixed a validation string or over-mask, at no measured cost. Shipped off (tested on): each fixed
# only train strings, at no measured cost on train, validation or the fiches (see docs/benchmarks.md, 46th pass).
ROW_NEIGHBOURS = True
CLEAR_HEADERS = True
CSV_ROWS = False
JSON_NAME_FIELDS = False
DOTTED_LABELS = False

# A CSV line: two or more quoted cells joined by commas, or three or more bare cells joined by commas with no
# space after them ("KHAN,Imran,14/08/1995,Lahore"; a sentence's commas are followed by a space).
_QUOTED_LINE = re.compile(r'[ \t]*"[^"\n]*"(?:[ \t]*[,;][ \t]*"[^"\n]*")+[ \t]*')
_BARE_LINE = re.compile(r"[ \t]*[^\s,\"][^,\n\"]*(?:,[^\s,\"][^,\n\"]*){2,}[ \t]*")
_QUOTED_CELL = re.compile(r'"(?P<value>[^"\n]*)"')
_BARE_CELL = re.compile(r"[^,\n]+")


def csv_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of the line `text[start:end]` when it is a CSV line (quotes left out), else None."""
    if not CSV_ROWS:
        return None
    if _QUOTED_LINE.fullmatch(text, start, end):
        return [(m.start("value"), m.end("value")) for m in _QUOTED_CELL.finditer(text, start, end)]
    if _BARE_LINE.fullmatch(text, start, end):
        return [(m.start(), m.end()) for m in _BARE_CELL.finditer(text, start, end) if m.group().strip()]
    return None


# A JSON field that holds a name: "nom", "prenom", "first_name", "lastName"… and a value of letters only.
_JSON_NAME = re.compile(
    r'"(?i:nom|noms|prenom|prénom|prenoms|prénoms|nom_naissance|nom_usage|name|first_?name|last_?name|'
    r'given_?name|family_?name|surname|firstName|lastName)"[ \t]*:[ \t]*"'
    r"(?P<value>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})\""
)


def json_names(text: str) -> Iterator[tuple[int, int]]:
    """See `_JSON_NAME`: the value, no common word in it."""
    if not JSON_NAME_FIELDS or '"' not in text:
        return
    for match in _JSON_NAME.finditer(text):
        if any(is_common(word) for word in match.group("value").split()):
            continue
        yield match.start("value"), match.end("value")


_CUT = re.compile(r"[ \t]*[;\t|][ \t]*")
_WORD_CELL = re.compile(r"[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2}")
_DATE_CELL = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def line_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line cut by semicolons, tabs, bars or CSV commas (blank cells left out)."""
    csv = csv_cells(text, start, end)
    if csv is not None:
        return csv
    cells = []
    position = start
    for split in _CUT.finditer(text, start, end):
        cells.append((position, split.start()))
        position = split.end()
    cells.append((position, end))
    return [(a, b) for a, b in cells if text[a:b].strip()]


def _first_name(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.first and not is_common(word)


def _a_place_word(value: str) -> bool:
    """A cell that reads as a town: capitalised words, none common, none a plain French word unless a name."""
    if not _WORD_CELL.fullmatch(value):
        return False
    words = re.findall(r"[^\W\d_]+", value)
    return not any(is_common(word) or (is_french(word) and lookup(word) is None) for word in words)


def row_neighbours(text: str, spans: list[tuple[str, int, int]], person: str) -> Iterator[tuple[str, int, int]]:
    """In each line of 3+ cells: a known first name beside a cell masked as a name (`person`), and a town's cell
    right after a date's cell that follows a name's cell (the date masked as a birth date when nothing had)."""
    if not ROW_NEIGHBOURS:
        return
    for line in re.finditer(r"(?m)^[^\n]*", text):
        cells = line_cells(text, line.start(), line.end())
        if len(cells) < 3:
            continue
        kinds = [_kind_of(spans, a, b) for a, b in cells]
        if person not in kinds:
            continue
        for i, (a, b) in enumerate(cells):
            if kinds[i] is not None:
                continue
            value = text[a:b]
            beside = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(cells)}
            if person in beside and re.fullmatch(r"[A-ZÀ-Ý][\w'’\-]+", value) and _first_name(value):
                yield person, a, b
            elif (
                i > 0
                and kinds[i - 1] in {"DATE_NAISSANCE", "DATE", None}
                and person in kinds[: i - 1]
                and _DATE_CELL.fullmatch(text[cells[i - 1][0] : cells[i - 1][1]])
                and _a_place_word(value)
            ):
                # name, date, town: a birth's three cells; the date too when nothing masked it
                if kinds[i - 1] is None:
                    yield "DATE_NAISSANCE", *cells[i - 1]
                yield "LIEU_NAISSANCE", a, b


def _kind_of(spans: list[tuple[str, int, int]], a: int, b: int) -> str | None:
    """The type of the span that covers `a..b` whole, if any."""
    for kind, start, end in spans:
        if start <= a and b <= end:
            return kind
    return None


# A form's birth date line, then a line whose label asks where: "NÉE LE : 07/05/1988⏎À : Bamako (Mali)".
_BORN_THEN_WHERE = re.compile(
    r"(?im)^[ \t>*\-–•]*(?:né|née|né\(e\)|nee|ne)[ \t]+le[ \t.]*:[ \t]*\d[^\n]*\n"
    r"[ \t>*\-–•]*(?:à|a|lieu|ville)[ \t.]*:[ \t]*(?P<value>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2}"
    r"(?:[ \t]+\([A-ZÀ-Ý][^()\n]{1,30}\))?)[ \t.]*$"
)


def birthplace_lines(text: str) -> Iterator[tuple[str, int, int]]:
    """See `_BORN_THEN_WHERE`: the town (and its country in brackets), masked as a place of birth."""
    if not ROW_NEIGHBOURS:
        return
    for match in _BORN_THEN_WHERE.finditer(text):
        town = re.match(r"[^(]+", match.group("value"))
        if town and _a_place_word(town.group().strip()):
            yield "LIEU_NAISSANCE", match.start("value"), match.end("value")


# Cells that say no one is there, or name a department: never a person.
EMPTY_CELLS = frozenset({"vacant", "vacante", "vide", "libre", "inoccupé", "inoccupée", "inconnu", "inconnue"})


def a_label(value: str, *, loose: bool = False) -> bool:
    """A header's or a department's words: every word a French word the gazetteer knows as no name, or a short
    acronym ("Prénom NOM", "service RH", "Titulaire"); when `loose`, a French word that is also a name counts
    ("Lien", "Ville", "Membre du foyer": for a header row that holds a strict label beside them)."""
    words = re.findall(r"[^\W\d_]+", value)
    if not words:
        return False
    for word in words:
        if word.isupper() and len(word) <= 4 and lookup(word) is None:
            continue
        if word.lower() in {"nom", "noms", "prénom", "prénoms", "prenom", "prenoms"}:
            continue
        kind = lookup(word)
        if not is_french(word):
            return False
        if kind is not None and (kind.first or kind.surname) and not is_common(word):
            if not (loose and kind.common):
                return False
    return True


def header_labels(text: str, start: int, end: int) -> bool:
    """The header row `text[start:end]` holds at least one cell made of strict labels ("Activité", "Nom")."""
    return any(a_label(text[a:b]) for a, b in line_cells(text, start, end))


def header_rows(text: str) -> Iterator[tuple[int, int]]:
    """The first line of each block of 2+ lines cut into the same number (2+) of cells (a Markdown rule row
    skipped), when it has no digit: a table's header row."""
    if not CLEAR_HEADERS:
        return
    lines = list(re.finditer(r"(?m)^[^\n]*", text))
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if not re.search(r"[;\t|]", line.group()) and csv_cells(text, line.start(), line.end()) is None:
            continue
        cells = line_cells(text, line.start(), line.end())
        below = line_cells(text, nxt.start(), nxt.end())
        if re.fullmatch(r"[\s|:\-]*", nxt.group()) and i + 2 < len(lines):
            below = line_cells(text, lines[i + 2].start(), lines[i + 2].end())  # a Markdown rule row
        if len(cells) < 2 or len(below) != len(cells) or re.search(r"\d", line.group()):
            continue
        if i > 0 and len(line_cells(text, lines[i - 1].start(), lines[i - 1].end())) == len(cells):
            continue  # not the first row of its block
        yield line.start(), line.end()


# A form's name field with dot leaders: "Nom .......... PELLETIER", "  Prénom ....... Jean-Luc (fils)".
_DOTTED = re.compile(
    r"(?im)^[ \t>*\-–•]*(?:nom|noms|prénoms?|prenoms?|prénom\(s\)|nom[ \t]+de[ \t]+naissance|nom[ \t]+d['’]usage)"
    r"[ \t]*(?:\.{3,}|…+)[ \t.…]*:?[ \t]*"
    r"(?P<value>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})(?:[ \t]+\([^()\n]{1,20}\))?[ \t.]*$"
)


def dotted_fields(text: str) -> Iterator[tuple[int, int]]:
    """See `_DOTTED`: each word capitalised or in capitals, none common."""
    if not DOTTED_LABELS or "..." not in text and "…" not in text:
        return
    for match in _DOTTED.finditer(text):
        words = match.group("value").split()
        if all(word[0].isupper() and not is_common(word) for word in words):
            yield match.start("value"), match.end("value")
