"""Fixtures for the knowledge tests: small hand-written fiches copied to a temporary source folder."""

import shutil
from pathlib import Path

import pytest

from guichet.knowledge.index import get_index
from guichet.knowledge.ingest import ingest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A source folder with the hand-written corpus (particuliers + associations copies)."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target


@pytest.fixture
def fixture_file():
    def read(relative: str) -> bytes:
        return (FIXTURES / relative).read_bytes()

    return read


@pytest.fixture
def lexical_only(settings):
    """Most tests do not need the embedder: keep them fast and independent of it."""
    settings.GUICHET_SEARCH_DENSE = False


@pytest.fixture
def dense_index(corpus, settings):
    """The hand-written corpus ingested with the embedder (dense search on)."""
    settings.GUICHET_SEARCH_DENSE = True
    ingest([corpus])
    return get_index()


@pytest.fixture
def shared_subset(shared, tmp_path, lexical_only):
    """Ingest these shared fiches (`particuliers/`, by id) alone, lexical search only; asserts each was added."""

    def ingest_ids(fiche_ids: list[str]) -> None:
        folder = shared / "data" / "service-public" / "particuliers"
        subset = tmp_path / "subset" / "particuliers"
        subset.mkdir(parents=True)
        for fiche_id in fiche_ids:
            shutil.copy(folder / f"{fiche_id}.xml", subset / f"{fiche_id}.xml")
        report = ingest([subset.parent])
        assert report.added == len(fiche_ids)

    return ingest_ids
