"""Eighteenth pass: a death points to the guide of the steps and to the declaration only when the steps are what the
writer asks; a bereaved writer who asks something else of the death (an inheritance, a leave, a benefit) keeps the
ranking of that thing. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.situations import DEATH, distress


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        "Mon père est décédé hier soir à l'hôpital de Rodez. Je ne sais pas par où commencer.",
        "Ma mère est morte il y a trois jours, quelles démarches faut-il faire et dans quel ordre ?",
        "Mon mari est décédé ce matin. Qui doit déclarer le décès, moi ou l'hôpital ?",
        "Mon frère est mort cette nuit dans un accident. Qu'est-ce que je dois faire maintenant ?",
        "Ma femme est décédée d'une longue maladie dimanche, je suis perdu avec toutes ces formalités.",
    ],
)
def test_a_death_whose_steps_are_asked_points_to_the_guide(message):
    assert DEATH in _names(message)
    query = understand(message)
    assert any(hit.name == DEATH and hit.fiches[0] == "F16507" for hit in query.distress)


@pytest.mark.parametrize(
    "message",
    [
        # the children's inheritance
        "Mon compagnon est mort d'une crise cardiaque en avril. Nos enfants de 4 et 8 ans héritent de la maison : "
        "puis-je la vendre seule pour eux ?",
        # the leave for the funeral
        "Ma sœur est décédée hier. Combien de jours de congé mon employeur doit-il me donner pour l'enterrement ?",
        # a benefit for the widow
        "Mon mari est mort il y a deux semaines, il était maçon. Est-ce que j'ai droit à une pension de sa caisse ?",
    ],
)
def test_a_death_told_beside_another_ask_leaves_the_ranking_to_that_ask(message):
    assert DEATH not in _names(message)


def test_the_switch_restores_the_seventeenth_pass_reading(monkeypatch):
    message = "Ma sœur est décédée hier. Combien de jours de congé mon employeur me doit-il pour l'enterrement ?"
    monkeypatch.setattr(situations, "READ_DEATH_STEPS", False)
    assert DEATH in _names(message)
