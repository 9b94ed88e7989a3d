"""Twenty-second pass: a hardship told in the story (no money left, debts) beside a question that names another fiche
gives way to that fiche, and stays among the first five; a hardship the asks say themselves, a question that names no
topic, and a person in danger keep their pointer first. "Je n'ai nulle part où aller" is no question. Fresh sentences,
none from a corpus."""

import numpy as np

from guichet.knowledge import rerank as rerank_module
from guichet.knowledge.query import question_sentences, understand
from guichet.knowledge.rerank import COLUMN, FEATURES, Candidates, rerank
from tests.knowledge.rerank_helpers import index_of_titles

ANSWER = "F2258"
NO_MONEY = "F19778"
DEBTS = "F134"
TITLES = {
    ANSWER: "Congés payés du salarié : comment sont-ils calculés ?",
    NO_MONEY: "RSA demandeur de 25 ans et plus",
    DEBTS: "Déposer un dossier de surendettement",
    "F12544": "Violence conjugale",
    "F33953": "Comment alerter la police ou la gendarmerie en cas d'urgence ?",
    **{f"F9000{n}": f"Fiche voisine numéro {n} sur un autre sujet" for n in range(6)},
}


def _order(message: str) -> list[str]:
    """The re-ranked ids when the answer fiche leads on every lexical score, the pointed fiches come close on the whole
    message but far behind on its asks, and six neighbours trail."""
    index = index_of_titles(TITLES)
    ids = [fiche["fiche_id"] for fiche in index.fiches]
    whole = np.array([1.0 if f == ANSWER else 0.5 if f.startswith("F9000") else 0.8 for f in ids], dtype=np.float32)
    asks = np.array([1.0 if f == ANSWER else 0.5 if f.startswith("F9000") else 0.2 for f in ids], dtype=np.float32)
    candidates = Candidates.build(
        index,
        understand(message),
        np.arange(len(ids)),
        first=whole,
        lexical=whole,
        sub_best=asks,
        coverage=whole,
        dense=None,
        passage=None,
    )
    return [index.fiches[position]["fiche_id"] for position, _, _ in rerank(candidates)]


MONEY_IN_STORY = (
    "Depuis que la boulangerie m'a remercié je n'ai plus aucun revenu, on mange grâce aux voisins. "
    "Mon ancien patron doit-il me payer les jours de congés payés que je n'ai jamais pris avant mon départ ?"
)
DEBTS_IN_STORY = (
    "J'ai des dettes partout depuis mon divorce et le crédit de la voiture me étrangle. "
    "Au magasin, mes congés payés sont-ils calculés sur mes heures réelles ou sur le contrat de vingt heures ?"
)


def test_a_hardship_told_in_the_story_gives_way_to_the_fiche_the_question_names():
    order = _order(MONEY_IN_STORY)
    assert order[0] == ANSWER
    assert NO_MONEY in order[:5]


def test_debts_told_in_the_story_give_way_and_stay_in_view():
    order = _order(DEBTS_IN_STORY)
    assert order[0] == ANSWER
    assert DEBTS in order[:5]


def test_the_hardship_asked_itself_keeps_its_fiche_first():
    order = _order(
        "Je travaillais dans une boulangerie et depuis mon licenciement, est-ce normal que je n'aie plus aucun revenu "
        "alors que j'ai des congés payés à toucher ?"
    )
    assert order[0] == NO_MONEY


def test_a_question_that_names_no_topic_keeps_the_hardship_first():
    order = _order("Je n'ai plus aucun revenu depuis la fin de mon contrat à la boulangerie. Je fais quoi ?")
    assert order[0] == NO_MONEY


def test_a_person_in_danger_keeps_the_protecting_fiche_first():
    order = _order(
        "Mon mari me frappe quand il a bu et je n'ai plus aucun revenu à moi. "
        "Mes congés payés de la cantine seront-ils payés si je quitte mon poste pour partir chez ma sœur ?"
    )
    assert order[0] == "F12544"


def test_the_switch_restores_the_whole_pointer(monkeypatch):
    monkeypatch.setattr(rerank_module, "READ_STORY_HARDSHIP", False)
    assert _order(MONEY_IN_STORY)[0] == NO_MONEY


def test_the_fiche_that_gave_way_is_kept_among_the_first_five():
    features = np.zeros((8, len(FEATURES)), dtype=np.float32)
    features[:, COLUMN["lexical"]] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.1]
    candidates = Candidates(np.arange(8), features, [[] for _ in range(8)], aside=7)
    order = [position for position, _, _ in rerank(candidates)]
    assert order[:5] == [0, 1, 2, 3, 7]
    scores = [score for _, score, _ in rerank(candidates)]
    assert scores == sorted(scores, reverse=True)


def test_nowhere_to_go_is_told_not_asked():
    text = "Mon bail s'arrête vendredi et je n'ai nulle part où aller. Où dormir avec ma fille samedi soir ?"
    assert question_sentences(text) == ["Où dormir avec ma fille samedi soir ?"]
