"""Item 1 of issue 15: the CSV reader never merges rows and never loses one silently (property-based)."""

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guichet.inbox.csvreader import CsvStructureError, parse_csv

WIDTH = 5
HEADER = ";".join(f"col{n}" for n in range(WIDTH))

# Citizen text: letters, accents, the delimiter, quotes, commas and line breaks (paragraphs).
TEXT = st.text(alphabet=st.sampled_from(list("abcdeé ÀÇ;,'\"\n.?0123456789")), max_size=40)
# Like every real export, a row starts with its identifier; the other columns are free text.
ROW = st.lists(TEXT, min_size=WIDTH - 1, max_size=WIDTH - 1)


def _row_text(fields: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerow(fields)
    return out.getvalue()[:-1]


def _unambiguous(field: str) -> str:
    """A multi-line field ending with the delimiter (`…\n;"`), or holding an inner line that reads as a whole row of
    the file (`"\n0;;;;\n"`: as many delimiters as columns, and a value), is ambiguous with an unclosed quote: the
    reader rejects it, loudly (test_ambiguous_closing_quote_is_rejected_not_merged,
    test_an_inner_line_that_reads_as_a_row_is_rejected_not_merged); generated rows avoid both."""
    if "\n" not in field:
        return field
    first, *inner, last = field.split("\n")
    inner = [line.replace(";", ",") if line.count(";") >= WIDTH - 1 and line.strip("; ") else line for line in inner]
    field = "\n".join([first, *inner, last])
    return field + "." if field.endswith(";") else field


def _row(index: int, text_fields: list[str]) -> list[str]:
    """A row starts with its identifier; its free-text fields avoid the reader's two ambiguities (`_unambiguous`)."""
    return [f"id{index}", *(_unambiguous(f) for f in text_fields)]


def _flat(fields: list[str]) -> list[str]:
    """A corrupted row stays on one physical line (what a real truncated or hand-edited row looks like)."""
    return [field.replace("\n", " ") for field in fields]


def _corrupt(fields: list[str], kind: str, position: int) -> str:
    fields = _flat(fields)
    position %= WIDTH
    if kind == "extra":
        return _row_text([*fields, "en trop"])
    if kind == "missing":
        return _row_text(fields[:-1])
    if kind == "unclosed":
        cells = [_row_text([field]) for field in fields]
        cells[position] = '"' + cells[position].strip('"').replace('"', "")
        return ";".join(cells)
    # a character after a closing quote
    cells = [_row_text([field]) for field in fields]
    cells[position] = '"' + cells[position].strip('"').replace('"', "") + '"x'
    return ";".join(cells)


@st.composite
def files(draw):
    rows = draw(st.lists(ROW, min_size=1, max_size=25))
    corrupted = draw(
        st.dictionaries(
            st.integers(0, len(rows) - 1),
            st.tuples(st.sampled_from(["extra", "missing", "unclosed", "after_quote"]), st.integers(0, WIDTH - 1)),
            max_size=3,
        )
    )
    lines = [HEADER]
    expected_good: dict[int, list[str]] = {}
    expected_bad: list[int] = []
    for index, text_fields in enumerate(rows):
        fields = _row(index, text_fields)
        number = sum(line.count("\n") + 1 for line in lines) + 1
        if index in corrupted:
            kind, position = corrupted[index]
            lines.append(_corrupt(fields, kind, position))
            expected_bad.append(number)
        else:
            lines.append(_row_text(fields))
            expected_good[number] = [field.replace("\r\n", "\n") for field in fields]
    return "\n".join(lines) + "\n", expected_good, expected_bad


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files())
def test_every_row_is_read_intact_or_reported_never_merged(case):
    text, good, bad = case
    try:
        parsed = parse_csv(text)
    except CsvStructureError:
        # Refusing the whole file is allowed (nothing imported); merging or dropping rows is not.
        return
    read = {record.line: record.fields for record in parsed.records}
    rejected = [reject.line for reject in parsed.rejects]
    # every physical line is accounted for: read, rejected or blank
    covered = sum(r.end_line - r.line + 1 for r in parsed.records) + parsed.blank_lines
    covered += sum((r.end_line or r.line) - r.line + 1 for r in parsed.rejects)
    assert covered == parsed.physical_lines - 1
    assert parsed.record_count == len(parsed.records) + len(parsed.rejects)
    # every good row is read exactly, at its own line; every corrupted row is reported at its own line
    assert read == good
    assert rejected == bad


@settings(max_examples=200, deadline=None)
@given(st.lists(ROW, min_size=1, max_size=30))
def test_a_clean_file_round_trips(text_rows):
    rows = [_row(index, fields) for index, fields in enumerate(text_rows)]
    text = HEADER + "\n" + "\n".join(_row_text(fields) for fields in rows) + "\n"
    parsed = parse_csv(text)
    assert [record.fields for record in parsed.records] == rows
    assert parsed.rejects == []


def test_unclosed_quote_does_not_swallow_the_next_rows():
    text = "\n".join(
        [
            HEADER,
            "e1;titre;\"Bonjour je n'ai pas reçu;a;b",
            "e2;titre;texte du deuxième usager;a;b",
            'e3;titre;"Bonjour,\nsur deux lignes";a;b',
            "e4;titre;texte;a;b",
        ]
    )
    parsed = parse_csv(text)
    assert [(r.line, r.fields[0]) for r in parsed.records] == [(3, "e2"), (4, "e3"), (6, "e4")]
    assert [(r.line, r.excerpt[:10]) for r in parsed.rejects] == [(2, 'e1;titre;"')]
    assert "guillemet" in parsed.rejects[0].reason


def test_quote_open_until_the_end_of_the_file_rejects_one_line():
    parsed = parse_csv(HEADER + '\ne1;t;"ouvert;a;b\ne2;t;x;a;b\n')
    assert [r.line for r in parsed.rejects] == [2]
    assert [r.line for r in parsed.records] == [3]


def test_quote_open_beyond_the_limit_refuses_the_file_rather_than_merge():
    body = "\n".join(f"paragraphe {n}" for n in range(10))
    text = f'{HEADER}\ne1;t;"{body}";a;b\ne2;t;x;a;b\n'
    assert parse_csv(text).records[0].fields[2] == body
    # past the limit, line 2 is rejected and the lines after it do not fit the header: the file is refused
    with pytest.raises(CsvStructureError, match="à partir de la ligne 3"):
        parse_csv(text, max_quoted_lines=5)


def test_drifting_column_counts_refuse_the_file():
    rows = [f"e{n};t;x;a;b" for n in range(10)] + [f"f{n},t,x,a,b;c" for n in range(6)]
    with pytest.raises(CsvStructureError, match="à partir de la ligne 12"):
        parse_csv(HEADER + "\n" + "\n".join(rows))


def test_too_many_unreadable_rows_refuse_the_file():
    rows = [f"e{n};t;x;a;b" if n % 2 else f"e{n};t;x" for n in range(200)]
    with pytest.raises(CsvStructureError, match="100 lignes illisibles sur 200"):
        parse_csv(HEADER + "\n" + "\n".join(rows))


def test_line_numbers_follow_multiline_rows_and_blank_lines():
    text = f'{HEADER}\r\ne1;t;"a\r\nb\r\nc";a;b\r\n\r\ne2;t;x;a\r\ne3;t;x;a;b\r\n'
    parsed = parse_csv(text)
    assert [(r.line, r.end_line) for r in parsed.records] == [(2, 4), (7, 7)]
    assert parsed.records[0].fields[2] == "a\nb\nc"
    assert [(r.line, r.reason) for r in parsed.rejects] == [(6, "4 champs au lieu de 5")]
    assert parsed.blank_lines == 1


def test_empty_file_is_refused():
    with pytest.raises(CsvStructureError):
        parse_csv("")


def test_ambiguous_closing_quote_is_rejected_not_merged():
    # `;"` closing a multi-line field may be the opening quote of the next row's field: refuse to guess
    parsed = parse_csv(f'{HEADER}\nid0;;;;"ouvert\nid1;a;b;c;"fermé ?"\nid2;a;b;c;d\n')
    assert [r.line for r in parsed.rejects] == [2]
    assert [r.fields[0] for r in parsed.records] == ["id1", "id2"]


def test_a_well_formed_multiline_row_with_a_wrong_width_is_one_rejection():
    parsed = parse_csv(f'{HEADER}\nid0;t;"a\nb\nc";a;b;en trop\nid1;t;x;a;b\n')
    assert [(r.line, r.end_line) for r in parsed.rejects] == [(2, 4)]
    assert "lignes 2 à 4" in parsed.rejects[0].reason
    assert [r.fields[0] for r in parsed.records] == ["id1"]


def test_a_line_of_delimiters_alone_inside_a_quoted_field_stays_in_it():
    # found by hypothesis in the nineteenth pass's CI run: the inner line ";;;;" was read as a row of its own
    fields = ["id7", "", "", "", "Bonjour,\n;;;;\nvoici mon tableau"]
    text = HEADER + "\n" + _row_text(fields) + "\n"
    parsed = parse_csv(text)
    assert [record.fields for record in parsed.records] == [fields]
    assert parsed.rejects == []


def test_an_inner_line_that_reads_as_a_row_is_rejected_not_merged():
    # found by hypothesis in the thirty-seventh pass's clean-clone run: a quoted field holding "\n0;;;;\n" — a line
    # with as many delimiters as columns and a value — is read as a quote never closed, and the row is rejected
    parsed = parse_csv(f'{HEADER}\nid0;;;;"\n0;;;;\n"\n')
    assert [r.line for r in parsed.rejects][0] == 2
    assert "guillemet non refermé" in parsed.rejects[0].reason
    assert all("\n" not in field for record in parsed.records for field in record.fields)  # nothing merged
