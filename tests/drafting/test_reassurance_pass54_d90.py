"""The asked check, fifty-fourth pass (engineer-d90): answers given as a reassurance or as good news
(`guichet.drafting.asked_reassurance`). Shipped on: `REASSURED_CLAIM`, `GOOD_NEWS`. Fresh examples, not from the
corpora."""

import pytest

from guichet.drafting import asked_reassurance
from guichet.drafting.asked import find_asked

_AMENDE = "J'ai payé ma taxe foncière avec dix jours de retard, est-ce que je vais avoir une amende ?"
_MUTUELLE = "Ma complémentaire santé solidaire arrive à échéance en juin, est-ce qu'elle sera coupée si je déménage ?"
_CANTINE = "Mon fils mange à la cantine, est-ce que le tarif réduit reste valable l'an prochain ?"
_STAGE = "Je pars en stage trois mois à Madrid : est-ce que ma bourse sera supprimée ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_reassurance.REASSURED_CLAIM
    assert asked_reassurance.GOOD_NEWS


@pytest.mark.parametrize("on", [True, False])
def test_a_reassurance_that_settles_the_case_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_reassurance, "REASSURED_CLAIM", on)
    assert _flagged("Soyez tranquille : aucune pénalité ne vous sera appliquée.", _AMENDE) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_reassurance_in_other_words_than_the_question_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_reassurance, "REASSURED_CLAIM", on)
    assert _flagged("Aucune inquiétude à avoir, il n'y aura pas de majoration.", _AMENDE) is on


@pytest.mark.parametrize("on", [True, False])
def test_good_news_about_the_case_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_reassurance, "GOOD_NEWS", on)
    assert _flagged("Heureusement, le tarif reste valable et il n'y a rien à refaire.", _CANTINE) is on


def test_a_reassurance_the_passage_backs_is_left_alone() -> None:
    passage = "Le paiement effectué avec moins de quinze jours de retard n'entraîne aucune majoration."
    sentence = (
        "Rassurez-vous : un paiement effectué avec moins de quinze jours de retard n'entraîne aucune majoration."
    )
    assert not _flagged(sentence, _AMENDE, passage)


def test_good_news_the_passage_backs_is_left_alone() -> None:
    passage = "L'étudiant boursier qui part en stage à l'étranger conserve sa bourse pendant toute la durée du stage."
    sentence = "Bonne nouvelle : un étudiant boursier qui part en stage à l'étranger conserve sa bourse."
    assert not _flagged(sentence, _STAGE, passage)


def test_politeness_about_the_worry_is_left_alone() -> None:
    assert not _flagged(
        "Nous comprenons tout à fait votre inquiétude et vous remercions de votre patience.", _MUTUELLE
    )
    assert not _flagged("Ne vous inquiétez pas de nous avoir écrit tardivement.", _MUTUELLE)


def test_the_office_own_doing_after_a_reassurance_is_left_alone() -> None:
    assert not _flagged("Ne vous inquiétez pas, nous allons examiner votre situation.", _MUTUELLE)


def test_a_step_after_good_news_is_left_alone() -> None:
    assert not _flagged("Bonne nouvelle : vous pouvez faire la démarche en ligne sur votre espace.", _MUTUELLE)


def test_the_question_reported_is_left_alone() -> None:
    assert not _flagged("Vous vous inquiétez de savoir si votre bourse sera supprimée pendant le stage.", _STAGE)


def test_the_clause_read() -> None:
    assert asked_reassurance.clause("rassurez-vous, rien ne sera suspendu.") == "rien ne sera suspendu."
    assert asked_reassurance.clause("bonne nouvelle : votre dossier est complet") == "votre dossier est complet"
    assert asked_reassurance.clause("ne vous inquietez pas de nous ecrire") == ""
    assert asked_reassurance.clause("ne vous inquietez pas, nous allons regarder") == ""
