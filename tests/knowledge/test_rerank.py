"""The re-ranking's rules over given candidates: what decides the order beside the fitted weights."""

import numpy as np

from guichet.knowledge.analysis import fold
from guichet.knowledge.facets import facets_in_message, facets_in_title
from guichet.knowledge.rerank import COLUMN, FEATURES, Candidates, other_event, rerank


def _candidates(rows: list[dict[str, float]], *, route_named: bool = False) -> Candidates:
    features = np.zeros((len(rows), len(FEATURES)), dtype=np.float32)
    for i, row in enumerate(rows):
        for name, value in row.items():
            features[i, COLUMN[name]] = value
    return Candidates(np.arange(len(rows)), features, [[] for _ in rows], route_named=route_named)


def test_a_recourse_route_comes_after_the_problem_s_own_fiche():
    # candidate 0: the médiateur, lifted by the recourse route; 1: the fiche of the problem disputed
    candidates = _candidates([{"recourse": 1.0, "first": 1.0}, {"first": 0.9, "lexical": 0.9}, {"first": 0.1}])
    ranked = rerank(candidates)
    assert [fiche for fiche, _, _ in ranked][:2] == [1, 0]
    assert ranked[0][1] >= ranked[1][1] >= ranked[2][1]  # scores still decrease (margins are never negative)


def test_a_recourse_route_the_message_names_may_come_first():
    rows = [{"recourse": 1.0, "first": 1.0}, {"first": 0.9, "lexical": 0.9}]
    assert rerank(_candidates(rows, route_named=True))[0][0] == 0
    # a route that is also the name the message uses (a vocabulary pointer) is the problem's fiche: it keeps its place
    assert rerank(_candidates([{**rows[0], "vocabulary": 1.0}, rows[1]]))[0][0] == 0


def test_the_fiche_that_protects_a_person_in_danger_comes_first():
    # candidate 0: the allowance the message asks about; 1: the fiche of the danger it describes (violence conjugale)
    rows = [{"first": 1.0, "lexical": 1.0, "ask": 1.0}, {"first": 0.6, "distress": 1 / 3}, {"first": 0.2}]
    features = np.zeros((len(rows), len(FEATURES)), dtype=np.float32)
    for i, row in enumerate(rows):
        for name, value in row.items():
            features[i, COLUMN[name]] = value
    candidates = Candidates(np.arange(3), features, [[] for _ in rows], protects=1)
    ranked = rerank(candidates)
    assert [fiche for fiche, _, _ in ranked][:2] == [1, 0]
    assert ranked[0][1] >= ranked[1][1] >= ranked[2][1]
    # without a person in danger, the weights decide
    assert rerank(_candidates(rows))[0][0] == 0


def test_a_fiche_for_another_event_of_the_same_thing_is_a_neighbour():
    theft = facets_in_message(fold("Mon sac a été volé au marché avec mon titre de séjour, comment le remplacer ?"))
    assert other_event(
        facets_in_title(fold("Que doit faire un étranger en cas de perte de sa carte de séjour ?")), theft
    )
    assert other_event(facets_in_title(fold("Renouvellement du passeport d'un majeur")), theft)
    assert not other_event(facets_in_title(fold("Vol du permis de conduire")), theft)
    # a title that names no event, or a message that names none, is not concerned
    assert not other_event(facets_in_title(fold("Carte de séjour : quel justificatif de domicile ?")), theft)
    assert not other_event(facets_in_title(fold("Passeport d'un majeur : en cas de perte")), frozenset({"coût"}))
