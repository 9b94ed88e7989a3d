"""Twelfth pass, round 2: the whole-fiche BM25 is written with the index and read from disk, not built per process.

An index built before (no `whole/` in its build folder) still answers the same, from a copy built in memory.
"""

import json
import logging
import shutil

import numpy as np
import pytest

from guichet.knowledge import index
from guichet.knowledge.analysis import analyze
from guichet.knowledge.baseline import bm25_whole_fiches, whole_fiche_scores
from guichet.knowledge.ingest import ingest
from guichet.knowledge.search import search

pytestmark = pytest.mark.django_db

MESSAGES = [
    "Ma fille de quinze ans part en voyage scolaire à l'étranger, il lui faut un passeport : on paie combien ?",
    "J'ai quitté mon emploi pour rejoindre ma compagne mutée dans le Sud, est-ce que France Travail m'indemnise ?",
    "zyxwv qwertz",
]


@pytest.fixture
def ingested(corpus, lexical_only):
    ingest([corpus])
    index.clear_cache()
    return corpus


def _as_older_build() -> None:
    """Make the published build look like one written before the twelfth pass (no whole-fiche BM25, format 2)."""
    root = index.index_dir()
    pointer = json.loads((root / "current.json").read_text(encoding="utf-8"))
    build = root / pointer["build"]
    shutil.rmtree(build / "whole")
    (build / "whole_fiches.npy").unlink()
    pointer["format"] = 2
    (root / "current.json").write_text(json.dumps(pointer), encoding="utf-8")
    index.clear_cache()


def test_the_build_writes_the_whole_fiche_bm25_and_the_index_reads_it_from_disk(ingested):
    loaded = index.get_index()
    assert (loaded.path / "whole").is_dir() and (loaded.path / "whole_fiches.npy").is_file()
    assert loaded.whole_bm25 is not None
    # the practical fiches only, in the index's order: the theme page and the form are not documents
    expected = [i for i, fiche in enumerate(loaded.fiches) if fiche["kind"] == "F"]
    assert loaded.whole_fiches.tolist() == expected
    assert index.is_current(dense=False)


def test_the_index_read_from_disk_scores_exactly_like_one_built_in_memory(ingested):
    loaded = index.get_index()
    kept, docs = index.whole_fiche_docs(loaded.fiches, loaded.chunk_fiche, loaded.chunk_heading, loaded.chunk_text)
    in_memory = index.whole_fiche_bm25(docs)
    assert kept.tolist() == loaded.whole_fiches.tolist()
    for message in MESSAGES[:2]:
        from_disk = whole_fiche_scores(loaded, message)
        assert from_disk.any()
        tokens = [t for t in analyze(message) if t in in_memory.vocab_dict]
        expected = np.zeros(loaded.n_fiches, dtype=np.float32)
        expected[kept] = in_memory.get_scores(tokens)
        np.testing.assert_array_equal(from_disk, expected)


def test_an_index_built_before_still_answers_the_same_with_a_log_line(ingested, caplog):
    before = {m: ([(h.fiche_id, h.score) for h in search(m, k=3)], bm25_whole_fiches(m)) for m in MESSAGES}
    scores_before = [whole_fiche_scores(index.get_index(), m) for m in MESSAGES]
    _as_older_build()
    assert not index.is_current(dense=False)  # the next `guichet ingest` rebuilds it
    with caplog.at_level(logging.INFO, logger="guichet.knowledge.baseline"):
        loaded = index.get_index()
        assert loaded.whole_bm25 is None and loaded.whole_fiches is None
        after = {m: ([(h.fiche_id, h.score) for h in search(m, k=3)], bm25_whole_fiches(m)) for m in MESSAGES}
    assert after == before
    assert before[MESSAGES[0]][0][0][0] == "F90001" and before[MESSAGES[2]] == ([], [])
    for message, expected in zip(MESSAGES, scores_before, strict=True):
        np.testing.assert_array_equal(whole_fiche_scores(loaded, message), expected)
    assert any("construit en mémoire" in record.getMessage() for record in caplog.records)


def test_a_build_of_an_empty_base_has_an_empty_whole_fiche_index(lexical_only):
    built = index.build(dense=False)
    assert (built / "whole_fiches.npy").is_file() and not (built / "whole").exists()
    loaded = index.get_index()
    assert loaded.whole_fiches.size == 0 and loaded.whole_bm25 is not None
    assert not whole_fiche_scores(loaded, MESSAGES[0]).any()
    assert bm25_whole_fiches(MESSAGES[0]) == []
    assert search(MESSAGES[0]) == []
