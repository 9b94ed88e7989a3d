"""Forty-third pass, engineer-r71: `feelings.FEELING_ASKS_ALONE` lets the feeling-ask rule read with the story rule
off — "je ne sais même pas par où commencer." is noise, not an ask, while the story's feeling clauses stay in the
words searched. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import feelings
from guichet.knowledge.search import understand

LOST = "Je ne sais même pas par où commencer."
STORY = "Je pleure tous les soirs dans la voiture, je suis à bout."
QUESTION = "Comment demander le capital décès quand on est la veuve d'un salarié ?"
TEXT = f"Mon mari est mort d'une crise cardiaque au travail il y a dix jours. {STORY} {LOST} {QUESTION}"


@pytest.fixture
def alone(monkeypatch):
    monkeypatch.setattr(feelings, "READ_FEELINGS", False)
    monkeypatch.setattr(feelings, "FEELING_ASKS_ALONE", True)


def test_a_feeling_ask_is_noise_with_the_story_rule_off(alone):
    query = understand(TEXT)
    assert query.asks == [QUESTION]
    assert LOST in query.noise
    assert STORY in query.context  # the story's feelings are still searched


def test_switch_off_keeps_it_an_ask(monkeypatch):
    monkeypatch.setattr(feelings, "READ_FEELINGS", False)
    monkeypatch.setattr(feelings, "FEELING_ASKS_ALONE", False)
    assert LOST in understand(TEXT).asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Je ne sais pas comment faire une demande de RSA.",  # an object a fiche answers
        "Je ne sais plus quoi faire ?",  # a question mark asks
        "Je ne sais pas où envoyer le formulaire de la CAF.",
    ],
)
def test_near_misses_stay_asks(alone, sentence):
    assert not feelings.feeling_ask(sentence)


def test_the_ask_rule_still_needs_its_own_switch(alone, monkeypatch):
    monkeypatch.setattr(feelings, "READ_FEELING_ASKS", False)
    assert not feelings.feeling_ask(LOST)
