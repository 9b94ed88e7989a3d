"""Thirteenth pass: the story read by the sentence encoder (a vector of the whole useful text) finds candidates the
subject and the questions miss, and gives every candidate a `story` cosine for the re-ranking."""

import numpy as np
import pytest

from guichet.knowledge import retrieval
from guichet.knowledge.index import get_index
from guichet.knowledge.ingest import ingest
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN, FEATURES, WEIGHTS
from guichet.knowledge.retrieval import _allowed, gather
from guichet.knowledge.search import search

pytestmark = pytest.mark.django_db

# A story that never names the procedure (leaving a job to follow a spouse who moves for work) and asks nothing the
# fiche's title says: what the writer lives is only in the story.
STORY = (
    "Bonsoir. Mon épouse est gendarme et on lui impose une nouvelle caserne à l'autre bout du pays dès la rentrée. "
    "Je lâche donc mon poste de magasinier pour partir avec elle et les petits. Comment ça se passe pour moi ensuite ?"
)


def test_the_story_has_a_column_of_its_own_beside_the_ranks():
    assert "story" in FEATURES and FEATURES[COLUMN["story"]] == "story"
    assert len(WEIGHTS) == len(FEATURES)


def test_every_candidate_gets_the_story_cosine_and_the_story_s_fiche_scores_highest(dense_index):
    query = understand(STORY)
    candidates, _, _ = gather(dense_index, query, _allowed(dense_index, None, None), use_dense=True)
    column = candidates.features[:, COLUMN["story"]]
    assert ((column >= 0) & (column <= 1)).all()
    ids = [dense_index.fiches[int(f)]["fiche_id"] for f in candidates.fiches]
    assert ids[int(np.argmax(column))] == "F90002"


def test_the_story_s_best_fiches_are_candidates_even_when_no_other_source_brings_them(dense_index, monkeypatch):
    allowed = _allowed(dense_index, None, None)
    query = understand(STORY)
    # no first-stage depth, no sub-query or dense source: only the story vector (and the whole-fiche BM25) remain
    monkeypatch.setattr(retrieval, "RERANK_DEPTH", 0)
    monkeypatch.setattr(retrieval, "PER_SOURCE", 0)
    monkeypatch.setattr(retrieval, "PER_WHOLE", 0)
    monkeypatch.setattr(retrieval, "PER_STORY", 0)
    none, _, _ = gather(dense_index, query, allowed, use_dense=True)
    assert len(none.fiches) == 0
    monkeypatch.setattr(retrieval, "PER_STORY", 1)
    story, _, _ = gather(dense_index, query, allowed, use_dense=True)
    assert [dense_index.fiches[int(f)]["fiche_id"] for f in story.fiches] == ["F90002"]


def test_without_the_encoder_the_story_column_stays_empty(corpus, lexical_only):
    ingest([corpus])
    index = get_index()
    candidates, _, _ = gather(index, understand(STORY), _allowed(index, None, None), use_dense=False)
    assert not candidates.features[:, COLUMN["story"]].any()
    # a lexical search still ranks with the column at zero
    assert search("Une démission pour suivre mon conjoint muté ouvre-t-elle le chômage ?", k=1)[0].fiche_id == "F90002"
