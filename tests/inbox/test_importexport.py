import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guichet.inbox.enums import Channel, Sentiment
from guichet.inbox.importexport import ImportFormatError, messages_import
from guichet.inbox.models import Message
from tests.inbox.factories import SP_CSV_HEADER, caf_administration

pytestmark = pytest.mark.django_db

HEADER = SP_CSV_HEADER


@pytest.fixture
def caf():
    return caf_administration()


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_csv_semicolon_with_bom_and_malformed_rows(tmp_path, caf):
    text = "\n".join(
        [
            HEADER,
            "e1;Aide au logement;Comment demander l'APL ?;CAF;CAF du Rhône;;Négatif;2024-03-01;Publiée",
            "e2;Sans message;;CAF;;;;2024-03-02;",
            "e3;Trop de champs;texte;CAF;;;;2024-03-03;;en trop;encore",
            'e4;Multi-ligne;"Bonjour,\nj\'ai une question ; laquelle ?";CAF;;;Positif;03/04/2024;',
            "e5;Inconnue;Question;Ministère imaginaire;;;;2024-03-05;",
            "e6;Date;Question datée;CAF;;;;pas une date;",
        ]
    )
    path = _write(tmp_path, "sp.csv", text, encoding="utf-8-sig")
    report = messages_import(path=path)
    assert report.created == 3
    assert sorted(line for line, *_ in report.errors) == [3, 4, 7]
    assert [line for line, *_ in report.warnings] == [8]
    message = Message.objects.get(external_id="e1")
    assert message.administration == caf and message.channel == Channel.IMPORT
    assert message.office.name == "CAF du Rhône" and message.sentiment == Sentiment.NEGATIVE
    assert Message.objects.get(external_id="e4").body.startswith("Bonjour,\nj'ai")
    assert Message.objects.get(external_id="e4").published_at.month == 4


def test_reimport_is_idempotent(tmp_path, caf):
    path = _write(tmp_path, "sp.csv", HEADER + "\ne1;Titre;Texte;CAF;;;;2024-01-01;\n")
    assert messages_import(path=path).created == 1
    second = messages_import(path=path)
    assert second.created == 0 and second.duplicates == 1
    assert Message.objects.count() == 1


def test_comma_separated_csv(tmp_path, caf):
    path = _write(tmp_path, "sp.csv", HEADER.replace(";", ",") + '\ne1,Titre,"Texte, avec virgule",CAF,,,,,\n')
    assert messages_import(path=path).created == 1
    assert Message.objects.get().body == "Texte, avec virgule"


def test_json_and_jsonl(tmp_path, caf):
    records = [
        {"id_experience": "j1", "titre": "T", "description": "Question 1", "intitule_typologie_1": "CAF"},
        {"fields": {"id_experience": "j2", "titre": "T", "description": "Question 2", "intitule_typologie_1": "CAF"}},
    ]
    assert messages_import(path=_write(tmp_path, "sp.json", json.dumps(records))).created == 2
    lines = [
        json.dumps({"administration": "CAF", "title": "A", "message": "Question A", "id": "l1"}),
        "{pas du json",
        json.dumps({"administration": "CAF", "title": "B", "message": "Question B"}),
        json.dumps(["liste"]),
    ]
    path = _write(tmp_path, "m.jsonl", "\n".join(lines))
    report = messages_import(path=path)
    assert report.created == 2 and sorted(line for line, *_ in report.errors) == [2, 4]
    # A line without id gets a content-derived id: importing again creates nothing.
    assert messages_import(path=path).created == 0


def test_unknown_administration_created_on_request(tmp_path, caf):
    path = _write(tmp_path, "m.jsonl", json.dumps({"administration": "Mairie de Test", "message": "Question"}))
    assert messages_import(path=path).created == 0
    assert messages_import(path=path, create_administrations=True).created == 1


def test_whole_file_errors(tmp_path, caf):
    with pytest.raises(ImportFormatError):
        messages_import(path=_write(tmp_path, "x.json", "{oops"))
    with pytest.raises(ImportFormatError):
        messages_import(path=_write(tmp_path, "x.csv", "a;b\n1;2\n"))
    bad = tmp_path / "latin1.csv"
    bad.write_bytes((HEADER + "\ne1;Été;Problème;CAF;;;;;\n").encode("latin-1"))
    with pytest.raises(ImportFormatError):
        messages_import(path=bad)
    with pytest.raises(ImportFormatError):
        messages_import(path=_write(tmp_path, "x.xml", "<a/>"))


def test_import_command_reports_lines_and_exit_code(tmp_path, caf):
    path = _write(tmp_path, "sp.csv", HEADER + "\ne1;T;Texte;CAF;;;;;\ne2;T;;CAF;;;;;\n")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import", str(path), stdout=out, stderr=err)
    assert excinfo.value.returncode == 2
    assert "sp.csv:3: rejeté" in err.getvalue()
    assert "1 importé(s)" in out.getvalue()
    assert Message.objects.count() == 1


def test_export_roundtrip_has_spplus_columns(tmp_path, caf):
    from guichet.inbox.workflow import reply_approve_and_send
    from tests.accounts.factories import member

    path = _write(tmp_path, "sp.csv", HEADER + "\ne1;Aide;Comment demander l'APL ?;CAF;;;Neutre;2024-03-01;\n")
    messages_import(path=path)
    agent = member(caf)
    reply_approve_and_send(message=Message.objects.get(), actor=agent, text="Bonjour, faites la demande en ligne.")
    out_path = tmp_path / "export.csv"
    call_command("export", str(out_path), "--administration", "CAF", stderr=io.StringIO())
    rows = list(csv.DictReader(out_path.open(encoding="utf-8"), delimiter=";"))
    assert len(rows) == 1
    assert rows[0]["id_experience"] == "e1"
    assert rows[0]["reponse_structure_1"] == "Bonjour, faites la demande en ligne."
    assert rows[0]["intitule_typologie_1"] == caf.name
    # Re-importing the export creates no duplicate.
    assert messages_import(path=out_path).duplicates == 1
