"""Forty-second pass (engineer-r70): feelings told in a story leave the words searched (`guichet.knowledge.feelings`),
not the message read. Fresh sentences, none from a corpus."""

from __future__ import annotations

import pytest

from guichet.knowledge import feelings
from guichet.knowledge.analysis import analyze
from guichet.knowledge.feelings import story_clauses
from guichet.knowledge.query import understand

SHIPPED = feelings.READ_FEELINGS  # read before any test turns it on


@pytest.fixture(autouse=True)
def _feelings_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule ships off (`feelings.READ_FEELINGS = False`): its tests read it on."""
    monkeypatch.setattr(feelings, "READ_FEELINGS", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je ne dors plus, je pleure toute la nuit",
        "Je me sens la pire mère du monde",
        "Je suis épuisée et humiliée",
        "Ma fille pleure tous les soirs et je suis à bout",
        "Je culpabilise jour et nuit",
        "Mon monde s'écroule",
    ],
)
def test_a_feeling_alone_leaves_the_story(sentence: str) -> None:
    assert story_clauses(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # a feeling with an object that names a topic (near misses)
        "J'ai peur de perdre mon logement à la fin du mois",
        "Je suis épuisée par les démarches de la succession de mon père",
        "Je ne peux plus payer le loyer depuis mon licenciement",
        "Je suis seule avec trois enfants depuis le départ de leur père",
        "Je ne dors plus dans mon appartement depuis le dégât des eaux",
        "Nous avons tout perdu dans l'incendie de la maison",
    ],
)
def test_a_feeling_that_names_a_topic_stays(sentence: str) -> None:
    assert story_clauses(sentence) == sentence


def test_only_the_feeling_clause_leaves() -> None:
    kept = story_clauses("J'ai honte, je n'ai jamais eu de dettes de ma vie")
    assert "dettes" in kept and "honte" not in kept


MESSAGE = (
    "Mon mari est parti il y a deux mois. Je ne dors plus, je pleure toute la nuit. Je me sens la pire mère du "
    "monde. Il ne verse rien pour les enfants. Est-ce que la CAF peut m'aider ?"
)


def test_feelings_leave_the_lexical_query_but_not_the_message() -> None:
    query = understand(MESSAGE)
    searched = set(analyze(query.lexical()))
    assert not {"pleur", "mer", "dor"} & searched
    assert {"vers", "enfant"} <= searched
    assert any("pleure" in sentence for sentence in query.noise)


def test_the_switch_off_searches_every_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feelings, "READ_FEELINGS", False)
    query = understand(MESSAGE)
    assert {"pleur", "mer"} <= set(analyze(query.lexical()))
    assert story_clauses("Je culpabilise jour et nuit") == "Je culpabilise jour et nuit"


def test_a_danger_said_as_a_feeling_is_still_read() -> None:
    text = "Il m'a encore frappée ce soir. J'ai tellement honte. Je pleure sans arrêt. Qui appeler ?"
    on = understand(text)
    assert [hit.name for hit in on.distress]
    assert not any("pleure" in sentence for sentence in on.context)


@pytest.mark.parametrize("sentence", ["Je ne sais même pas par où commencer.", "Je ne sais plus quoi faire."])
def test_an_ask_that_is_all_feeling_is_noise(sentence: str) -> None:
    query = understand(f"Mon père est mort hier. {sentence} Comment déclarer son décès ?")
    assert sentence.rstrip(".") not in " ".join(query.asks)
    assert any(sentence.rstrip(".") in noise for noise in query.noise)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a question mark, or a topic beside the feeling
        "Je ne sais pas par où commencer ?",
        "Je ne sais pas comment je vais faire pour payer le loyer.",
        "Je voudrais savoir par où commencer pour le dossier MDPH.",
    ],
)
def test_an_ask_with_a_topic_or_a_question_mark_stays(sentence: str) -> None:
    query = understand(f"Mon père est mort hier. {sentence}")
    assert any(sentence.rstrip(".?") in ask for ask in query.asks)


def test_the_ask_switch_off_keeps_the_feeling_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feelings, "READ_FEELING_ASKS", False)
    query = understand("Mon père est mort hier. Je ne sais même pas par où commencer. Comment déclarer son décès ?")
    assert any("par où commencer" in ask for ask in query.asks)


def test_shipped_off_reads_as_the_forty_first_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SHIPPED is False
    monkeypatch.setattr(feelings, "READ_FEELINGS", SHIPPED)
    assert story_clauses("Je culpabilise jour et nuit") == "Je culpabilise jour et nuit"
    assert not feelings.feeling_ask("Je ne sais même pas par où commencer.")
    assert "pleur" in set(analyze(understand(MESSAGE).lexical()))
