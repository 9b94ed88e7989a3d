"""Forty-second pass, engineer-r69: a writer who wants to take the body they dispute to court asks for its recourse
route (`rerank.COURT_NAMED`): the médiateur's fiche may come first, as when the message names the médiateur. Titles
of real fiches, equal first-stage evidence (`rerank_helpers.equal_evidence`), invented messages."""

import pytest

from guichet.knowledge import rerank as rerank_module
from guichet.knowledge.rerank import rerank
from tests.knowledge.rerank_helpers import equal_evidence

CAF = {
    "F20851": "Saisir le tribunal judiciaire (fusion tribunal d'instance et de grande instance)",
    "F20841": "Comment recourir au médiateur de la Caf ou de la MSA ?",
}
SCHOOL = {
    "F22331": "Peut-on contester la note obtenue à un examen de l'Éducation nationale ?",
    "F1897": "Comment recourir au médiateur de l'éducation nationale ?",
}


def _first(titles: dict[str, str], message: str) -> str:
    ids, candidates = equal_evidence(titles, message)
    return ids[rerank(candidates)[0][0]]


@pytest.mark.parametrize(
    "message",
    [
        "Trop-perçu\nLa CAF me réclame 900 euros que je ne dois pas. Je veux porter l'affaire au tribunal.",
        "Dette CAF\nLa CAF refuse de revoir ma dette injuste, quel tribunal je dois saisir ?",
        "Procès\nJe vais faire un procès à la CAF, ils contestent mes ressources et me réclament tout.",
        "Justice\nLa CAF m'a supprimé mes allocations, c'est injuste, je veux les attaquer en justice.",
    ],
)
def test_a_court_named_against_the_body_lets_its_route_come_first(message):
    assert _first(CAF, message) == "F20841"


def test_the_rule_is_what_lets_the_route_first(monkeypatch):
    message = "Trop-perçu\nLa CAF me réclame 900 euros que je ne dois pas. Je veux porter l'affaire au tribunal."
    monkeypatch.setattr(rerank_module, "READ_COURT_NAMED", False)
    assert _first(CAF, message) == "F20851"  # the problem's fiche first, the route second (the forty-first pass)


def test_attacking_a_school_decision_gets_the_mediator_of_the_education_nationale():
    message = (
        "Redoublement refusé\nLe collège refuse le redoublement de mon fils, je veux attaquer l'Éducation nationale."
    )
    assert _first(SCHOOL, message) == "F1897"


@pytest.mark.parametrize(
    "message",
    [
        # a dispute, no court: the problem's fiche stays first (the route second)
        "Trop-perçu\nLa CAF me réclame 900 euros que je ne dois pas, je ne suis pas d'accord.",
        # a "procès-verbal" is no lawsuit
        "Contrôle CAF\nLe contrôleur de la CAF a écrit un procès-verbal faux, je conteste ce qu'il dit.",
    ],
)
def test_near_misses_keep_the_problem_first(message):
    assert _first(CAF, message) == "F20851"


def test_a_court_without_a_disputed_body_changes_nothing():
    message = "Audience\nLe tribunal m'a convoqué le 12 mars pour mon divorce, je dois venir avec un avocat ?"
    assert not rerank_module.COURT_NAMED.search("je veux porter plainte a la gendarmerie")
    ids, candidates = equal_evidence(CAF, message)
    assert not candidates.route_named
