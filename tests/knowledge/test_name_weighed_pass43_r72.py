"""Forty-third pass, engineer-r72: a benefit's name weighed against the rest of the message (`name_weighed`), and
each fiche's best chunk read through the index's fiche-sorted view (`retrieval.SORTED_FICHE_MAX`). Titles of real
fiches, invented messages, cosines of the rest given by hand (no encoder)."""

from types import SimpleNamespace

import numpy as np
import pytest

from guichet.knowledge import name_weighed, retrieval
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN, Candidates
from tests.knowledge.rerank_helpers import index_of_titles

HANDICAP = {
    "F12242": "Allocation aux adultes handicapés (AAH)",
    "F14809": "Allocation d'éducation de l'enfant handicapé (AEEH)",
}
CHILD = (
    "AAH pour notre fils\nNotre fils a 8 ans, il est autiste. Il a besoin d'orthophonie et j'ai réduit mon temps de "
    "travail. Comment demander l'AAH pour lui ?"
)


@pytest.fixture
def switched_on(monkeypatch):
    monkeypatch.setattr(name_weighed, "READ_NAME_WEIGHED", True)


def test_the_rest_is_the_message_without_its_names(switched_on):
    rest = name_weighed.rest_text(understand(CHILD))
    assert rest is not None
    assert "aah" not in rest.split()
    assert "autiste" in rest and "orthophonie" in rest


def test_the_switch_off_reads_no_rest(monkeypatch):
    monkeypatch.setattr(name_weighed, "READ_NAME_WEIGHED", False)
    assert name_weighed.rest_text(understand(CHILD)) is None


@pytest.mark.parametrize(
    "message",
    [
        "Question\nComment renouveler mon passeport qui expire en mars ?",  # no name that points to a fiche
        "AAH\nEt l'AAH ?",  # a name, and nothing else told
    ],
)
def test_no_rest_without_a_name_or_without_a_situation(switched_on, message):
    assert name_weighed.rest_text(understand(message)) is None


def _build(message: str, rest: np.ndarray) -> Candidates:
    index = index_of_titles(HANDICAP)
    ones = np.ones(len(index.fiches), dtype=np.float32)
    return Candidates.build(
        index,
        understand(message),
        np.arange(len(index.fiches)),
        first=ones,
        lexical=ones,
        sub_best=ones,
        coverage=ones,
        dense=None,
        passage=None,
        rest=rest,
    )


def test_a_name_the_rest_speaks_against_counts_as_context(switched_on):
    candidates = _build(CHILD, np.array([0.28, 0.41], dtype=np.float32))  # the rest prefers the AEEH by 0.13
    aah = 0
    assert candidates.features[aah, COLUMN["vocabulary"]] == 0.0
    assert candidates.features[aah, COLUMN["vocabulary_context"]] > 0.0
    assert candidates.extra is not None and candidates.extra[1] > candidates.extra[0]


def test_a_name_the_rest_agrees_with_keeps_its_weight(switched_on):
    candidates = _build(CHILD, np.array([0.40, 0.35], dtype=np.float32))
    assert candidates.features[0, COLUMN["vocabulary"]] > 0.0
    assert candidates.extra is None


def test_a_small_preference_of_the_rest_is_no_evidence(switched_on):
    candidates = _build(CHILD, np.array([0.35, 0.40], dtype=np.float32))  # below `REST_MARGIN`
    assert candidates.features[0, COLUMN["vocabulary"]] > 0.0


def test_without_rest_cosines_the_name_counts_whole():
    candidates = _build(CHILD, None)
    assert candidates.features[0, COLUMN["vocabulary"]] > 0.0
    assert candidates.extra is None


def _chunked(chunk_fiche: list[int], fiches: int) -> SimpleNamespace:
    groups = np.array(chunk_fiche, dtype=np.int32)
    order = np.argsort(groups, kind="stable")
    return SimpleNamespace(
        chunk_fiche=groups,
        n_fiches=fiches,
        _order=order,
        _bounds=np.searchsorted(groups[order], np.arange(fiches + 1)),
    )


@pytest.mark.parametrize("sorted_view", [True, False])
def test_each_fiche_best_chunk_either_way(monkeypatch, sorted_view):
    monkeypatch.setattr(retrieval, "SORTED_FICHE_MAX", sorted_view)
    index = _chunked([2, 0, 2, 0, 4, 2], fiches=5)  # fiches 1 and 3 have no chunk
    values = np.array([0.5, 1.0, 3.0, 0.0, 2.0, 1.5], dtype=np.float32)
    best = retrieval._fiche_max(index, values)
    assert best.tolist() == [1.0, -np.inf, 3.0, -np.inf, 2.0]


def test_the_sorted_view_gives_the_same_values_on_random_chunks():
    rng = np.random.default_rng(43)
    index = _chunked(rng.integers(0, 300, size=5000).tolist(), fiches=320)
    values = rng.random(5000, dtype=np.float32)
    fast = retrieval._fiche_max(index, values)
    slow = retrieval._group_max(values, index.chunk_fiche, index.n_fiches)
    assert np.array_equal(fast, slow)


def test_a_message_in_distress_keeps_its_names_whole(switched_on, monkeypatch):
    message = (
        "CMU\nJe veux mourir, je n'en peux plus. Je suis malade, sans argent, seule avec mes enfants, et j'attends "
        "la CMU depuis trois mois."
    )
    query = understand(message)
    assert query.distress
    assert name_weighed.rest_text(query) is None
    monkeypatch.setattr(name_weighed, "SKIP_DISTRESS", False)
    assert name_weighed.rest_text(query) is not None
