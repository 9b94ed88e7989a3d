"""Thirty-seventh pass (p113e): the throughput changes leave what pseudonymisation finds unchanged.

The regex recognisers read each pattern's gate, reported group and check once (`RegexRecognizer._steps`), and follow
a replaced pattern list or gate table; `guichet pseudonymize --jsonl` runs spaCy over a whole block of lines at once
and writes, line by line, what `pseudonymise_message` makes of each message.
"""

import io
import json
import re

from django.core.management import call_command

from guichet.privacy.literal_gate import LiteralGate
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.contact import EmailRecognizer, PhoneRecognizer


class _Numbered(RegexRecognizer):
    ENTITY = "REFERENCE"
    PATTERNS = ((r"(?i)\bdossier[ \t]+n°[ \t]*(?P<pii>\d{4,})", 0.8),)


def test_a_pii_group_is_reported_alone_and_a_plain_pattern_whole() -> None:
    text = "Mon dossier n° 482913 est bloqué. Écrivez à awa.ndiaye@exemple.fr ou au 06 41 77 32 08."
    assert list(_Numbered().spans(text)) == [(15, 21, 0.8)]
    assert {text[a:b] for a, b, _ in EmailRecognizer().spans(text)} == {"awa.ndiaye@exemple.fr"}
    assert {text[a:b] for a, b, _ in PhoneRecognizer().spans(text)} == {"06 41 77 32 08"}


def test_the_patterns_are_read_again_when_they_are_replaced() -> None:
    recognizer = _Numbered()
    text = "dossier n° 55102 ; référence 88-771-02"
    assert [text[a:b] for a, b, _ in recognizer.spans(text)] == ["55102"]
    regex = re.compile(r"référence[ \t]+(?P<pii>[\d\-]{6,})")
    recognizer.compiled = [(regex, 0.7)]
    recognizer.gates = {regex: LiteralGate(regex)}
    assert [text[a:b] for a, b, _ in recognizer.spans(text)] == ["88-771-02"]
    recognizer.compiled.append((re.compile(r"dossier n° (?P<pii>\d+)"), 0.6))  # a pattern added in place
    assert [text[a:b] for a, b, _ in recognizer.spans(text)] == ["88-771-02", "55102"]


def test_the_same_spans_without_the_gates() -> None:
    recognizer = PhoneRecognizer()
    text = "Joignable au +33 6 12 48 90 17, sinon au 02 98 70 12 31 le soir."
    gated = list(recognizer.spans(text))
    recognizer.gates = {}
    assert list(recognizer.spans(text)) == gated
    assert {text[a:b] for a, b, _ in gated} == {"+33 6 12 48 90 17", "02 98 70 12 31"}


def test_jsonl_writes_what_pseudonymise_message_returns_across_spacy_blocks(tmp_path) -> None:
    names = ["Nguyễn Thị Lan", "Kofi Mensah", "Ioana Popescu", "Joaquim Ferreira", "Yasmina Belkacem"]
    rows = [
        {
            "id": f"m{n}",
            "title": f"Dossier de {names[n % 5].split()[-1]}" if n % 3 else "Question",
            "message": f"Bonjour,\nmon fils est né le {n % 28 + 1:02d}/03/2019.\nCordialement,\n{names[n % 5]}\n"
            f"06 41 77 {n % 90 + 10} 08" + " " * (n // 5),
        }
        for n in range(70)  # more than one block of 64 lines
    ]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    out = io.StringIO()
    call_command("pseudonymize", "--jsonl", str(source), stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 70
    for row, line in zip(rows, lines, strict=True):
        title, body = pseudonymise_message(title=row["title"], body=row["message"])
        assert line == {"id": row["id"], "title": title.text, "message": body.text}
        assert row["message"].split("\n")[3] not in line["message"]
