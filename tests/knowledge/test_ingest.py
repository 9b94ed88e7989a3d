import shutil
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied

from guichet.knowledge.ingest import ingest
from guichet.knowledge.models import Chunk, Fiche, FicheVersion, IngestRun, SourceChange
from guichet.knowledge.sources import SourceError

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.django_db


def test_first_ingest_adds_everything_and_merges_audiences(corpus):
    report = ingest([corpus])
    assert (report.added, report.updated, report.unchanged, report.removed, report.rejected) == (4, 0, 0, 0, 0)
    chomage = Fiche.objects.get(fiche_id="F90002")
    assert chomage.audiences == ["associations", "particuliers"]
    assert "/particuliers/" in chomage.url  # the particuliers copy wins
    passeport = Fiche.objects.get(fiche_id="F90001")
    assert passeport.current_version.date.isoformat() == "2020-06-01"
    assert Chunk.objects.filter(version=passeport.current_version, heading="Mineur > Coût").exists()
    assert SourceChange.objects.filter(kind="added").count() == 4
    assert IngestRun.objects.get(pk=report.run_id).added == 4


def test_reingest_unchanged_writes_nothing(corpus):
    ingest([corpus])
    chunk_ids = set(Chunk.objects.values_list("id", flat=True))
    report = ingest([corpus])
    assert (report.added, report.updated, report.unchanged, report.removed) == (0, 0, 4, 0)
    assert set(Chunk.objects.values_list("id", flat=True)) == chunk_ids
    assert not report.changed


def test_changed_fiche_gets_a_new_version_and_keeps_the_previous_one(corpus):
    ingest([corpus])
    fiche = Fiche.objects.get(fiche_id="F90001")
    first = fiche.current_version
    shutil.copy(FIXTURES / "changed" / "fixture-F90001.xml", corpus / "particuliers" / "fixture-F90001.xml")
    report = ingest([corpus])
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    fiche.refresh_from_db()
    assert fiche.current_version != first
    assert fiche.current_version.date.isoformat() == "2021-01-04"
    assert FicheVersion.objects.filter(pk=first.pk).exists()  # drafts cite it
    assert not Chunk.objects.filter(version=first).exists()  # only the current version is searchable
    change = SourceChange.objects.filter(fiche=fiche, kind="updated").get()
    assert change.previous_version == first
    assert change.new_version == fiche.current_version


def test_removed_fiche_is_marked_and_journalled_then_restored(corpus):
    ingest([corpus])
    moved = corpus.parent / "fixture-F90001.xml"
    shutil.move(corpus / "particuliers" / "fixture-F90001.xml", moved)
    report = ingest([corpus])
    assert report.removed == 1
    fiche = Fiche.objects.get(fiche_id="F90001")
    assert fiche.removed_at is not None
    assert not Fiche.objects.active().filter(fiche_id="F90001").exists()
    assert SourceChange.objects.filter(fiche=fiche, kind="removed").exists()
    shutil.move(moved, corpus / "particuliers" / "fixture-F90001.xml")
    report = ingest([corpus])
    assert report.added == 1
    assert SourceChange.objects.filter(fiche=fiche, kind="restored").exists()
    assert FicheVersion.objects.filter(fiche=fiche).count() == 1  # same content: the version is reused


def test_malformed_files_are_reported_and_the_rest_ingested(corpus):
    for name in ("fixture-F90005.xml", "fixture-F90006.xml", "fixture-F90007.xml"):
        shutil.copy(FIXTURES / "bad" / name, corpus / "particuliers" / name)
    report = ingest([corpus])
    assert report.added == 4
    assert report.rejected == 3
    assert any("F90005" in error for error in report.errors)
    assert not Fiche.objects.filter(fiche_id__in=["F90005", "F90006", "F90007"]).exists()


def test_a_rejected_file_does_not_remove_its_fiche(corpus):
    ingest([corpus])
    (corpus / "particuliers" / "fixture-F90001.xml").write_text("<Publication ID='F90001'><oops></Publication>")
    report = ingest([corpus])
    assert report.rejected == 1
    assert report.removed == 0
    assert Fiche.objects.active().filter(fiche_id="F90001").exists()


def test_zip_source(corpus, tmp_path):
    archive = shutil.make_archive(str(tmp_path / "vosdroits"), "zip", corpus)
    report = ingest([archive])
    assert report.added == 4


def test_missing_source_raises_a_clear_error(tmp_path):
    with pytest.raises(SourceError, match="introuvable"):
        ingest([tmp_path / "nope"])


def test_source_change_journal_is_append_only(corpus):
    ingest([corpus])
    change = SourceChange.objects.first()
    with pytest.raises(PermissionDenied):
        change.save()
    with pytest.raises(PermissionDenied):
        SourceChange.objects.all().delete()


def test_rechunk_replaces_chunks_from_stored_content(corpus):
    from guichet.knowledge.index import db_version
    from guichet.knowledge.ingest import rechunk

    ingest([corpus])
    before = set(Chunk.objects.values_list("id", flat=True))
    headings = sorted(Chunk.objects.values_list("heading", flat=True))
    version = db_version()
    assert rechunk() == 4
    assert before.isdisjoint(Chunk.objects.values_list("id", flat=True))
    assert sorted(Chunk.objects.values_list("heading", flat=True)) == headings
    assert db_version() != version  # the index will be rebuilt
