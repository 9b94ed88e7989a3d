"""Fifty-eighth pass, engineer-r111: a fiche that plain BM25 puts clearly first, kept near the top.

`guichet.knowledge.lexical_agreement.keep_near_top` moves the fiche that plain BM25 of the raw message over whole
fiches puts first by a clear margin (`MARGIN` times its second) up to place `TO` when the search ranks it lower,
within `REACH` places; the scores stay in place, nothing is brought in, nothing is put first. The messages are fresh
ones written for these tests, searched over a few shared fiches (lexical search only).
"""

import pytest

from guichet.knowledge import lexical_agreement
from guichet.knowledge.index import get_index

# attestation d'accueil, a foreign student's visa, the French language level, a change of first name, the choice of
# a child's first name, a lost boat licence, flying a drone, a neighbour's noise
FICHES = "F2191 F2231 F11926 F885 F882 F2083 F34630 F612".split()
LOW = ["F2231", "F11926", "F885", "F882", "F2083", "F34630", "F612", "F2191"]
CLEAR = (
    "Ma cousine vient d'Algérie pour un mois et le consulat exige une attestation d'accueil signée par la mairie. "
    "Comment l'obtenir ?"
)
SHARED = "Bonjour, j'ai une question sur mon dossier, merci de me répondre."


@pytest.fixture
def subset(shared_subset, monkeypatch):
    """The fiches ingested, the switch on (it ships off: no validation gain)."""
    shared_subset(FICHES)
    monkeypatch.setattr(lexical_agreement, "KEEP_CLEAR_FIRST", True)
    return get_index()


def _ranked(index, ids: list[str]) -> list[tuple[int, float, list[str]]]:
    return [(index.position[fiche_id], 1.0 - 0.1 * at, [fiche_id]) for at, fiche_id in enumerate(ids)]


def _ids(index, ranked) -> list[str]:
    return [index.fiches[entry[0]]["fiche_id"] for entry in ranked]


def test_shipped_as_measured():
    assert lexical_agreement.KEEP_CLEAR_FIRST is False  # no validation gain (docs/benchmarks.md, r111)
    assert lexical_agreement.TO >= 2  # never put first
    assert len(LOW) > lexical_agreement.TO


@pytest.mark.shared
@pytest.mark.django_db
def test_bm25_clear_first_is_read(subset):
    assert subset.fiches[lexical_agreement.clear_first(subset, CLEAR)]["fiche_id"] == "F2191"


@pytest.mark.shared
@pytest.mark.django_db
def test_no_clear_first_without_the_fiche_words(subset):
    assert lexical_agreement.clear_first(subset, SHARED) is None


@pytest.mark.shared
@pytest.mark.django_db
def test_the_clear_first_fiche_moves_up_to_its_place_and_the_scores_stay(subset):
    ranked = _ranked(subset, LOW)
    moved = lexical_agreement.keep_near_top(subset, CLEAR, ranked)
    ids = _ids(subset, moved)
    assert ids.index("F2191") == lexical_agreement.TO - 1
    assert ids[0] == "F2231"  # never first
    assert [entry[1] for entry in moved] == [entry[1] for entry in ranked]
    assert sorted(ids) == sorted(LOW)


@pytest.mark.shared
@pytest.mark.django_db
def test_switch_off_leaves_the_order(subset, monkeypatch):
    ranked = _ranked(subset, LOW)
    monkeypatch.setattr(lexical_agreement, "KEEP_CLEAR_FIRST", False)
    assert lexical_agreement.keep_near_top(subset, CLEAR, ranked) == ranked


@pytest.mark.shared
@pytest.mark.django_db
def test_already_high_out_of_reach_or_unclear_stays(subset, monkeypatch):
    first = _ranked(subset, ["F2191", *LOW[:-1]])
    assert lexical_agreement.keep_near_top(subset, CLEAR, first) == first
    low = _ranked(subset, LOW)
    monkeypatch.setattr(lexical_agreement, "REACH", 3)
    assert lexical_agreement.keep_near_top(subset, CLEAR, low) == low
    monkeypatch.setattr(lexical_agreement, "REACH", 20)
    assert lexical_agreement.keep_near_top(subset, SHARED, low) == low
    absent = _ranked(subset, LOW[:-1])
    assert lexical_agreement.keep_near_top(subset, CLEAR, absent) == absent


@pytest.mark.shared
@pytest.mark.django_db
def test_a_margin_not_met_stays(subset, monkeypatch):
    ranked = _ranked(subset, LOW)
    monkeypatch.setattr(lexical_agreement, "MARGIN", 1000.0)
    assert lexical_agreement.keep_near_top(subset, CLEAR, ranked) == ranked
