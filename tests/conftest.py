"""Shared fixtures. Each test app has its own factories in tests/<app>/factories.py."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from guichet.drafting.backends import BACKENDS, forget, get_backend
from tests.drafting.backends import ScriptedBackend


def shared_dir() -> Path:
    """The shared data folder (service-public snapshot, evaluation sets): GUICHET_SHARED_DIR or ../shared."""
    return Path(os.environ.get("GUICHET_SHARED_DIR") or settings.SHARED_DIR)


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    if not (path / "data" / "service-public").is_dir():
        pytest.skip(f"shared data folder not found at {path} (set GUICHET_SHARED_DIR)")
    return path


@pytest.fixture
def scripted_backend(settings):
    """The scripted test backend (tests/drafting/backends.py) as the configured model, for one test only: it is
    registered here and unregistered (with its kept instance) afterwards. Set its answers on `.outputs`."""
    BACKENDS["scripted"] = ScriptedBackend
    settings.GUICHET_LLM_BACKEND = "scripted"
    settings.GUICHET_LLM_MODEL = "scripted"
    yield get_backend()
    forget("scripted")
    del BACKENDS["scripted"]


@pytest.fixture(autouse=True)
def _isolated_index(settings, tmp_path):
    """Each test gets its own search-index directory so tests never see each other's index."""
    settings.GUICHET_INDEX_DIR = tmp_path / "index"
