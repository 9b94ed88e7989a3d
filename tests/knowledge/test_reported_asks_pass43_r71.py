"""Forty-third pass, engineer-r71: a question another person asked, told in a long emotional story ("ma fille m'a
demandé pourquoi je pleurais"), is read as the story when the message asks something else; the writer's own
wondering, the office's question and a message whose only ask is reported keep their ask. Fresh sentences, none from
a corpus."""

import pytest

from guichet.knowledge import reported_asks
from guichet.knowledge.reported_asks import reported_only
from guichet.knowledge.search import understand

CHILD = "Mon petit garçon m'a demandé pourquoi on ne partait plus en vacances comme ses copains."
QUESTION = "Est-ce que j'ai droit à l'allocation de soutien familial si son père ne paie rien ?"
STORY = (
    "Bonjour, je suis seule avec mon fils depuis deux ans, son père a disparu du jour au lendemain. "
    f"{CHILD} Je fais des ménages le soir et je compte chaque euro. {QUESTION}"
)


@pytest.fixture
def rule_on(monkeypatch):
    monkeypatch.setattr(reported_asks, "READ_REPORTED", True)


def test_a_childs_question_is_told_not_asked(rule_on):
    query = understand(STORY)
    assert query.asks == [QUESTION]
    assert CHILD in query.context
    assert query.dense().endswith(QUESTION)


def test_switch_off_keeps_the_forty_second_pass_reading(monkeypatch):
    monkeypatch.setattr(reported_asks, "READ_REPORTED", False)
    query = understand(STORY)
    assert CHILD in query.asks
    assert QUESTION in query.asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Ma mère me demande tous les soirs quand papa rentre de l'hôpital.",
        "Il me demande pourquoi il ne peut pas dormir chez moi le mercredi.",
        "Mon patron m'a demandé quand je comptais partir en congé.",
        "Ma grande nous a demandé si on allait devoir quitter la maison.",
        "Les voisins se demandent comment on tient encore debout.",
        "Le médecin lui a demandé combien de verres il buvait par jour.",
    ],
)
def test_reported_questions(rule_on, sentence):
    assert reported_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je me demande si j'ai droit à la prime d'activité.",  # the writer's own wondering
        "Vous me demandez pourquoi je n'ai pas envoyé l'attestation, je l'ai envoyée deux fois.",  # the office's
        "Ma fille m'a demandé pourquoi, alors je voudrais savoir comment on fait une demande de bourse.",
        "Mon fils m'a demandé pourquoi on déménageait ?",  # a question mark: an ask
        "J'ai demandé à la CAF pourquoi mon APL a baissé.",  # the writer asked: no reported clause
        "Le juge m'a demandé de fournir trois bulletins de salaire.",  # an instruction, no interrogative
        "Peut-on demander l'aide juridictionnelle quand on est en CDD ?",
    ],
)
def test_not_reported(rule_on, sentence):
    assert not reported_only(sentence)


def test_a_message_whose_only_ask_is_reported_keeps_it(rule_on):
    text = "Mon fils m'a demandé pourquoi il n'a plus de bourse au collège cette année."
    query = understand(text)
    assert query.asks == [text]


def test_switch_off_reads_nothing_as_reported(monkeypatch):
    monkeypatch.setattr(reported_asks, "READ_REPORTED", False)
    assert not reported_only(CHILD)
