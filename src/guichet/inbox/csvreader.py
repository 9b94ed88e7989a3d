"""A CSV reader that never merges rows and never loses one silently.

Python's `csv` module follows an unclosed quote to the next quote character, wherever it is: one stray quote in a
description swallows the rows after it into one field (other citizens' words inside one message), and the row
count no longer matches the file. This reader works line by line instead:

* a record starts on a physical line; a quoted field may continue onto the next lines (a message with paragraphs),
  up to `max_quoted_lines` lines;
* a multi-line record is accepted only if it closes within that limit, has exactly the header's number of columns,
  has no character after a closing quote other than the delimiter, and none of its inner lines is itself a
  complete record of the file (the sign of a quote that was never closed);
* otherwise the record's first line is rejected with its line number, an excerpt and the reason, and reading
  starts again on the next line: the rows after it are read, not merged;
* the file is refused as a whole (`CsvStructureError`) when its structure cannot be trusted: a run of consecutive
  rows with the same wrong number of columns (two formats mixed, a wrong delimiter), or more rejected rows than
  `max_rejected_ratio` allows.

Every record of the file is either in `records` or in `rejects`: `len(records) + len(rejects) == record count`,
and each record knows its first and last physical line (the header is line 1).
"""

import re
from dataclasses import dataclass, field

MAX_QUOTED_LINES = 200
DRIFT_RUN = 5
MAX_REJECTED_RATIO = 0.05
MIN_REJECTED_BEFORE_REFUSAL = 20
EXCERPT_CHARS = 80

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class CsvStructureError(ValueError):
    """The file's structure is broken: reading it row by row would give wrong rows."""


@dataclass(frozen=True)
class CsvRecord:
    line: int  # first physical line of the record (the header is line 1)
    end_line: int
    fields: list[str]
    first_line: str = ""  # the raw text of the record's first line (for excerpts in reports)


@dataclass(frozen=True)
class CsvReject:
    line: int
    reason: str
    excerpt: str
    width: int | None = None  # number of columns found, when the line could be split
    end_line: int | None = None  # last line of a rejected multi-line row (None: the rejection is one line)


@dataclass
class CsvParse:
    header: list[str]
    delimiter: str
    records: list[CsvRecord] = field(default_factory=list)
    rejects: list[CsvReject] = field(default_factory=list)
    physical_lines: int = 0
    blank_lines: int = 0

    @property
    def record_count(self) -> int:
        return len(self.records) + len(self.rejects)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a line, control characters shown as spaces, cut at `limit` characters."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text.strip())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") >= header_line.count(",") else ","


class _Broken(Exception):
    def __init__(self, reason: str, width: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.width = width
        self.last = None  # index of the last line of the rejected record, when known to span several lines


def _split_line(line: str, delimiter: str, *, strict: bool = True) -> tuple[list[str], str | None]:
    """Split one physical line. Returns (fields, open_field): `open_field` is the text of a quoted field that is
    still open at the end of the line (None when every quote is closed). `strict` also refuses a quote inside an
    unquoted field (what a continuation line of a multi-line field looks like, and a well-formed row never has)."""
    if '"' not in line:
        return line.split(delimiter), None
    fields: list[str] = []
    pos = 0
    size = len(line)
    while True:
        if pos < size and line[pos] == '"':
            value, pos, closed = _quoted(line, pos + 1)
            if not closed:
                return fields, value
            if pos < size and line[pos] != delimiter:
                raise _Broken("caractère après un guillemet fermant (guillemet mal placé ou non refermé)")
            fields.append(value)
        else:
            end = line.find(delimiter, pos)
            if end < 0:
                end = size
            if strict and '"' in line[pos:end]:
                raise _Broken("guillemet dans un champ sans guillemets")
            fields.append(line[pos:end])
            pos = end
        if pos >= size:
            return fields, None
        pos += 1  # skip the delimiter
        if pos == size:
            fields.append("")
            return fields, None


def _quoted(text: str, pos: int) -> tuple[str, int, bool]:
    """Read a quoted field's content from `pos` (after the opening quote). Returns (value, next pos, closed)."""
    parts: list[str] = []
    while True:
        end = text.find('"', pos)
        if end < 0:
            parts.append(text[pos:])
            return "".join(parts), len(text), False
        parts.append(text[pos:end])
        if end + 1 < len(text) and text[end + 1] == '"':
            parts.append('"')
            pos = end + 2
            continue
        return "".join(parts), end + 1, True


def _continue_quoted(
    lines: list[str], start: int, fields: list[str], open_value: str, delimiter: str, max_lines: int
) -> tuple[list[str], int]:
    """Follow a quoted field opened on line index `start` onto the next lines. Returns (fields, last index)."""
    value_parts = [open_value]
    index = start
    while True:
        index += 1
        if index >= len(lines):
            raise _Broken("guillemet ouvert jamais refermé (fin du fichier atteinte)")
        if index - start + 1 > max_lines:
            raise _Broken(f"guillemet ouvert sur plus de {max_lines} lignes (guillemet non refermé ?)")
        line = lines[index]
        content, pos, closed = _quoted(line, 0)
        value_parts.append(content)
        if not closed:
            continue
        if pos >= 2 and line[pos - 2] == delimiter:
            # `…;"` : this quote opens a field of a new row; the quote before it was never closed
            raise _Broken("guillemet non refermé : une ligne suivante ouvre un nouveau champ")
        if pos < len(line) and line[pos] != delimiter:
            raise _Broken("caractère après un guillemet fermant (guillemet mal placé ou non refermé)")
        fields = [*fields, "\n".join(value_parts)]
        if pos >= len(line):
            return fields, index
        rest, still_open = _split_line(line[pos + 1 :], delimiter)
        fields.extend(rest)
        if still_open is None:
            return fields, index
        return _continue_quoted(lines, index, fields, still_open, delimiter, max_lines - (index - start))


def _is_complete_record(line: str, delimiter: str, width: int) -> bool:
    """Whether a line inside a quoted field reads as a row of its own: the right number of fields, every quote
    closed, and a value somewhere (a line of delimiters alone, "\n;;;;\n" in a citizen's text, is no row to import)."""
    try:
        fields, open_value = _split_line(line, delimiter)
    except _Broken:
        return False
    return open_value is None and len(fields) == width and any(field.strip() for field in fields)


def _read_record(
    lines: list[str], index: int, delimiter: str, width: int, max_lines: int, *, check_next: bool = True
) -> tuple[list[str], int]:
    """The record starting on line index `index`: (fields, index of its last line). Raises _Broken.

    `check_next=False` is used to ask whether a well-formed record starts on a line (no recursion)."""
    fields, open_value = _split_line(lines[index], delimiter)
    last = index
    if open_value is not None:
        fields, last = _continue_quoted(lines, index, fields, open_value, delimiter, max_lines)
        if len(fields) == width:
            inner = lines[index + 1 : last]
            if any(_is_complete_record(other, delimiter, width) for other in inner) or (
                check_next and _starts_record(lines, index + 1, delimiter, width, max_lines)
            ):
                raise _Broken("guillemet non refermé : les lignes suivantes se lisent comme des lignes du fichier")
    if len(fields) != width:
        broken = _Broken(f"{len(fields)} champs au lieu de {width}", width=len(fields) if last == index else None)
        if last > index and check_next:
            # a well-formed multi-line row with a wrong column count: reject it whole, unless one of its inner
            # lines could start a row (then the quote may be a stray one: read on from the next line)
            if not any(
                _starts_record(lines, other, delimiter, width, max_lines) for other in range(index + 1, last + 1)
            ):
                broken.last = last
        raise broken
    return fields, last


def _starts_record(lines: list[str], index: int, delimiter: str, width: int, max_lines: int) -> bool:
    """Whether a well-formed record with a value starts on line index `index` (then a quote left open before it is
    an error, not the start of a multi-line field; a line of delimiters alone is no evidence of a row)."""
    if index >= len(lines) or not lines[index].strip():
        return False
    try:
        fields, _ = _read_record(lines, index, delimiter, width, max_lines, check_next=False)
    except _Broken:
        return False
    return any(field.strip() for field in fields)


def parse_csv(
    text: str,
    *,
    delimiter: str | None = None,
    max_quoted_lines: int = MAX_QUOTED_LINES,
    drift_run: int = DRIFT_RUN,
    max_rejected_ratio: float = MAX_REJECTED_RATIO,
) -> CsvParse:
    """Read a whole CSV text (header on the first line). Raises CsvStructureError when the file can't be trusted."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it does not start a new one
    if not lines or not lines[0].strip():
        raise CsvStructureError("Fichier CSV vide ou sans ligne d'en-tête.")
    delimiter = delimiter or sniff_delimiter(lines[0])
    try:
        header_fields, open_value = _split_line(lines[0], delimiter)
    except _Broken as exc:
        raise CsvStructureError(f"Ligne d'en-tête illisible : {exc.reason}.") from exc
    if open_value is not None:
        raise CsvStructureError("Ligne d'en-tête illisible : guillemet non refermé.")
    header = [name.strip() for name in header_fields]
    width = len(header)
    parsed = CsvParse(header=header, delimiter=delimiter, physical_lines=len(lines))
    run_width: int | None = None
    run_start = 0
    run_length = 0
    index = 1
    while index < len(lines):
        line = lines[index]
        number = index + 1
        if not line.strip():
            parsed.blank_lines += 1
            index += 1
            continue
        last = index
        try:
            fields, last = _read_record(lines, index, delimiter, width, max_quoted_lines)
        except _Broken as exc:
            end_line = exc.last + 1 if exc.last is not None else None
            reason = exc.reason + (f" (lignes {number} à {end_line})" if end_line else "")
            parsed.rejects.append(
                CsvReject(line=number, reason=reason, excerpt=excerpt(line), width=exc.width, end_line=end_line)
            )
            if exc.width is not None and exc.width == run_width:
                run_length += 1
            else:
                run_width, run_start, run_length = exc.width, number, 1
            if run_width is not None and run_length >= drift_run:
                raise CsvStructureError(
                    f"Structure du fichier incohérente : à partir de la ligne {run_start}, {run_length} lignes "
                    f"consécutives ont {run_width} colonnes au lieu de {width} (séparateur « {delimiter} »). "
                    "Le fichier mélange-t-il deux formats ? Rien n'a été importé."
                ) from None
            # resynchronise on the next physical line (never merge rows), or after a whole well-formed row
            index = exc.last + 1 if exc.last is not None else index + 1
            continue
        run_width, run_length = None, 0
        parsed.records.append(CsvRecord(line=number, end_line=last + 1, fields=fields, first_line=line))
        index = last + 1
    total = parsed.record_count
    if len(parsed.rejects) > max(MIN_REJECTED_BEFORE_REFUSAL, max_rejected_ratio * total):
        first = ", ".join(str(reject.line) for reject in parsed.rejects[:10])
        raise CsvStructureError(
            f"{len(parsed.rejects)} lignes illisibles sur {total} (plus de {max_rejected_ratio:.0%}) : le fichier "
            f"n'est pas un CSV cohérent (premières lignes en cause : {first}). Rien n'a été importé."
        )
    return parsed
