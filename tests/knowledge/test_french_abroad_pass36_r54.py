"""Thirty-sixth pass, engineer-r54: a French writer abroad is not a foreigner in France."""

import numpy as np

from guichet.knowledge import french_abroad
from guichet.knowledge.analysis import fold
from guichet.knowledge.french_abroad import employee_abroad, foreign_person_title, french_writer
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN, Candidates
from tests.knowledge.rerank_helpers import equal_evidence, index_of_titles

EXPELLED = {
    "F18362": "Obligation de quitter la France (OQTF)",
    "F13517": "Européen en France : refus d'entrée et éloignement",
    "F15963": "Un Français peut-il être expulsé d'un pays européen ?",
}
CHARLEROI = (
    "Ordre de quitter la Belgique\nBonjour, je vis à Charleroi depuis 2 ans, j'ai perdu mon travail et la commune "
    "m'a envoyé un ordre de quitter le territoire belge. Mais je suis français, européen, ils ont le droit ?"
)
NATURALISED = (
    "Nationalité\nBonjour, je suis tunisien, je vis en France depuis 12 ans, marié avec une française. "
    "Je veux demander la nationalité française, par où commencer ?"
)


def _mismatched(titles: dict[str, str], message: str) -> set[str]:
    ids, candidates = equal_evidence(titles, message)
    return {ids[i] for i in range(len(ids)) if candidates.features[i, COLUMN["mismatch"]] > 0}


def test_titles_for_a_foreign_person_are_told_from_titles_for_a_place_abroad():
    assert foreign_person_title(fold("Obligation de quitter la France (OQTF)"))
    assert foreign_person_title(fold("Un étranger peut-il faire valoir ses droits au chômage acquis dans l'EEE ?"))
    assert foreign_person_title(fold("Carte de séjour pour étranger retraité ou conjoint de retraité"))
    assert not foreign_person_title(fold("Peut-on toucher le RSA à l'étranger ?"))
    assert not foreign_person_title(fold("Un Français peut-il être expulsé d'un pays européen ?"))
    assert not foreign_person_title(fold("Scolarité en France d'un enfant arrivant de l'étranger"))


def test_the_writer_is_read_as_french_only_on_a_french_sign_and_no_foreign_national():
    assert french_writer(fold("je suis française par ma mère et j'habite au Brésil"), frozenset())
    assert french_writer(fold("je suis inscrit sur la liste consulaire à Dubai"), frozenset())
    assert french_writer(fold("nous rentrons de Montréal en juin"), frozenset({"retour en France"}))
    # a relative abroad, a student abroad who wants to come, a foreigner who asks for French nationality
    assert not french_writer(fold("ma mère vit en Belgique et vient cet été"), frozenset({"à l'étranger"}))
    assert not french_writer(fold("j'habite à Dakar et je veux étudier en France"), frozenset({"à l'étranger"}))
    assert not french_writer(fold(NATURALISED), frozenset())
    assert not french_writer(fold("je suis française, le titre de séjour de mon mari expire"), frozenset())


def test_a_french_writer_ordered_out_of_belgium_gets_the_french_persons_fiche_first():
    assert _mismatched(EXPELLED, CHARLEROI) >= {"F18362", "F13517"}
    assert "F15963" not in _mismatched(EXPELLED, CHARLEROI)


def test_a_foreigner_keeps_the_foreigners_fiches():
    titles = {"F2213": "Naturalisation", "F2726": "Nationalité française par mariage"}
    assert "F2213" not in _mismatched(titles, NATURALISED)


def test_switch_off_gives_back_the_earlier_reading(monkeypatch):
    monkeypatch.setattr(french_abroad, "READ_FRENCH_ABROAD", False)
    assert not french_writer(fold(CHARLEROI), frozenset())


EXPATRIATE = {
    "F23998": "Recrutement de salariés expatriés ou détachés à l'étranger",
    "F55": "Salarié expatrié à l'étranger",
}
SAO_PAULO = (
    "Poste à São Paulo\nBonsoir, on me propose un poste d'expatrié à São Paulo dans la filiale de mon groupe. "
    "Je sors de la sécurité sociale française ? Je perds quoi : chômage, retraite, maladie ?"
)


def _mismatched_with_audiences(titles: dict[str, str], message: str, professionals: set[str]) -> set[str]:
    index = index_of_titles(titles)
    for fiche in index.fiches:
        fiche["audiences"] = ["professionnels"] if fiche["fiche_id"] in professionals else ["particuliers"]
    ones = np.ones(len(index.fiches), dtype=np.float32)
    candidates = Candidates.build(
        index,
        understand(message),
        np.arange(len(index.fiches)),
        first=ones,
        lexical=ones,
        sub_best=ones,
        coverage=ones,
        dense=None,
        passage=None,
    )
    ids = [fiche["fiche_id"] for fiche in index.fiches]
    return {ids[i] for i in range(len(ids)) if candidates.features[i, COLUMN["mismatch"]] > 0}


def test_the_employers_fiche_is_a_neighbour_for_a_french_employee_abroad():
    assert _mismatched_with_audiences(EXPATRIATE, SAO_PAULO, {"F23998"}) == {"F23998"}


def test_the_employers_fiche_stays_for_an_employer():
    employer = "Je dirige une PME et nous voulons envoyer un salarié expatrié au Brésil : quelles démarches ?"
    assert employee_abroad(fold(employer), ["professionnels"]) is False
    assert _mismatched_with_audiences(EXPATRIATE, employer, {"F23998"}) == set()
