"""Thirteenth pass, round 2: the story vector as a rank among the candidates (`story_rank`) and against each
candidate's passage vectors (`story_passage`), beside its cosine with the fiche's summary (`story`)."""

import numpy as np
import pytest

from guichet.knowledge.index import get_index
from guichet.knowledge.ingest import ingest
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN, FEATURES, WEIGHTS
from guichet.knowledge.retrieval import _allowed, gather

pytestmark = pytest.mark.django_db

# A told situation that names no procedure: a nurse quits her post to follow her husband, a soldier sent to another
# base; what she lives is only in the story, the question says nothing a title says.
TOLD = (
    "Bonjour, mon mari est militaire et l'armée l'envoie dans une base de l'Est au printemps. "
    "J'ai donné ma démission à la clinique où je soignais depuis six ans pour le suivre. Vais-je toucher quelque "
    "chose en attendant un autre travail ?"
)


def test_the_two_story_columns_have_a_weight_each():
    assert {"story", "story_rank", "story_passage"} <= set(FEATURES)
    assert len(WEIGHTS) == len(FEATURES)


def test_the_story_rank_follows_the_story_cosine_among_the_candidates(dense_index):
    candidates, _, _ = gather(dense_index, understand(TOLD), _allowed(dense_index, None, None), use_dense=True)
    story = candidates.features[:, COLUMN["story"]]
    rank = candidates.features[:, COLUMN["story_rank"]]
    assert rank[int(np.argmax(story))] == 1.0
    order = np.argsort(-story, kind="stable")
    assert (np.diff(rank[order]) <= 0).all()
    ids = [dense_index.fiches[int(f)]["fiche_id"] for f in candidates.fiches]
    assert ids[int(np.argmax(rank))] == "F90002"


def test_the_story_is_read_against_the_candidates_passages(dense_index):
    candidates, _, _ = gather(dense_index, understand(TOLD), _allowed(dense_index, None, None), use_dense=True)
    column = candidates.features[:, COLUMN["story_passage"]]
    assert ((column >= 0) & (column <= 1)).all() and column.any()
    ids = [dense_index.fiches[int(f)]["fiche_id"] for f in candidates.fiches]
    assert ids[int(np.argmax(column))] == "F90002"


def test_without_the_encoder_neither_story_column_is_set(corpus, lexical_only):
    ingest([corpus])
    index = get_index()
    candidates, _, _ = gather(index, understand(TOLD), _allowed(index, None, None), use_dense=False)
    assert len(candidates.fiches)
    assert not candidates.features[:, COLUMN["story_rank"]].any()
    assert not candidates.features[:, COLUMN["story_passage"]].any()
