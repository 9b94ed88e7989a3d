"""Item 1 of issue 15: an import reports every row it could not read, at its real line, and loses none."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guichet.inbox.importexport import ImportFormatError, messages_import
from guichet.inbox.models import Message
from tests.inbox.factories import SP_CSV_HEADER, caf_administration

pytestmark = pytest.mark.django_db

HEADER = SP_CSV_HEADER


@pytest.fixture
def caf():
    return caf_administration()


def _rows(count: int, broken_at: int | None = None) -> str:
    lines = [HEADER]
    for n in range(count):
        body = f"Question numéro {n} sur mon allocation"
        if n == broken_at:
            body = '"' + body  # a quote opened and never closed
        lines.append(f"e{n};Titre {n};{body};CAF;;;;2024-03-01;")
    return "\n".join(lines) + "\n"


def test_unclosed_quote_loses_one_row_not_the_rest(tmp_path, caf):
    path = tmp_path / "sp.csv"
    path.write_text(_rows(40, broken_at=10), encoding="utf-8")
    report = messages_import(path=path)
    assert report.records == 40 and report.created == 39 and report.accounted
    assert [(error.line, error.excerpt[:14]) for error in report.errors] == [(12, 'e10;Titre 10;"')]
    # nobody's words inside another citizen's message
    assert not Message.objects.filter(body__contains="\n").exists()
    assert Message.objects.get(external_id="e11").body == "Question numéro 11 sur mon allocation"


def test_command_says_the_accounting_and_the_excerpt(tmp_path, caf):
    path = tmp_path / "sp.csv"
    path.write_text(_rows(6, broken_at=2) + "e9;T;   ;CAF;;;;;\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import", str(path), stdout=out, stderr=err)
    assert excinfo.value.returncode == 2
    assert "7 enregistrement(s) dans le fichier = 5 importé(s) + 0 déjà présent(s) + 2 rejeté(s)" in out.getvalue()
    assert "sp.csv:4: rejeté : ligne CSV illisible" in err.getvalue() and "« e2;Titre 2;" in err.getvalue()
    assert "sp.csv:8: rejeté : message vide" in err.getvalue()


def test_dry_run_writes_nothing_and_says_what_would_happen(tmp_path, caf):
    path = tmp_path / "sp.csv"
    path.write_text(_rows(5) + "e0;Doublon;Encore;CAF;;;;;\ne7;T;Texte;Inconnue;;;;;\n", encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import", str(path), "--dry-run", stdout=out, stderr=io.StringIO())
    assert "7 enregistrement(s) dans le fichier = 5 à importer + 1 déjà présent(s) + 1 rejeté(s)" in out.getvalue()
    assert "rien n'a été écrit" in out.getvalue()
    assert Message.objects.count() == 0


def test_broken_structure_refuses_the_file_before_writing(tmp_path, caf):
    path = tmp_path / "sp.csv"
    mixed = _rows(5) + "".join(f"f{n},T,Texte,CAF,,,,,\n" for n in range(6))
    path.write_text(mixed, encoding="utf-8")
    with pytest.raises(ImportFormatError, match="à partir de la ligne 7"):
        messages_import(path=path)
    assert Message.objects.count() == 0
    with pytest.raises(CommandError, match="fichier refusé"):
        call_command("import", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def test_external_id_over_100_characters_is_a_clear_rejection(tmp_path, caf):
    path = tmp_path / "sp.csv"
    path.write_text(HEADER + "\n" + "x" * 101 + ";T;Texte;CAF;;;;;\n", encoding="utf-8")
    report = messages_import(path=path)
    assert report.created == 0 and report.accounted
    assert "101 caractères (maximum 100)" in report.errors[0].reason


def test_same_id_twice_in_a_file_is_one_message(tmp_path, caf):
    path = tmp_path / "sp.csv"
    path.write_text(_rows(3) + "e1;Titre;Autre texte;CAF;;;;;\n", encoding="utf-8")
    report = messages_import(path=path)
    assert (report.created, report.duplicates, report.records) == (3, 1, 4)
