"""The asked check, fifty-fifth pass (engineer-d92): an entitlement, a verdict or a day of payment given as a fact
when the message only asks (`guichet.drafting.asked_entitlements`). Shipped on: `RIGHT_FORMS`, `NO_EFFECT`,
`TRAILING_CONDITION`, `REQUEST_NOW`, `PAYMENT_DATE`; shipped off: `GETTING_FORMS`. Fresh examples, and items of the
batch corpora/asked/d92.jsonl's train split."""

from pathlib import Path

import pytest

from guichet.corpora import read_corpus
from guichet.drafting import asked_entitlements
from guichet.drafting.asked import find_asked

_CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "asked"
_SWITCHES = ("RIGHT_FORMS", "GETTING_FORMS", "NO_EFFECT", "TRAILING_CONDITION", "REQUEST_NOW", "PAYMENT_DATE")

_ARE = "J'ai cotisé cinq mois comme intérimaire. Est-ce que j'ai droit au chômage ?"
_APA = "Ma mère a 81 ans et vit seule. Est-ce qu'elle peut avoir l'APA ?"
_APPRENTI = "Mon fils de 18 ans commence un apprentissage. Est-ce que ça va faire baisser nos allocations ?"
_PRIME = "Mon fils aura 19 ans en mai. Est-ce que je vais quand même toucher la prime pour lui cette année ?"
_ASPA = "J'ai 66 ans et une petite retraite, je peux demander l'ASPA ?"
_ASPA_FICHE = "L'ASPA est versée aux retraités de 65 ans et plus dont les ressources sont faibles."
_QUAND = "Je suis licenciée depuis le [DATE_1], je touche le chômage à partir de quand ?"  # as pseudonymised
_ATTENTE = "Un délai d'attente de 7 jours s'applique avant le premier versement de l'allocation."


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def _batch(split: str) -> dict[str, dict]:
    return {i["id"]: i for i in read_corpus(_CORPUS) if i["id"].startswith("d92-") and i["split"] == split}


def test_the_shipped_switches() -> None:
    on = {name for name in _SWITCHES if getattr(asked_entitlements, name)}
    assert on == {"RIGHT_FORMS", "NO_EFFECT", "TRAILING_CONDITION", "REQUEST_NOW", "PAYMENT_DATE"}


@pytest.mark.parametrize("on", [True, False])
def test_a_right_said_with_y_under_the_drafts_condition_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_entitlements, "RIGHT_FORMS", on)
    assert _flagged("Si vous avez cotisé moins de six mois, vous n'y avez pas droit.", _ARE) is on


@pytest.mark.parametrize("on", [True, False])
def test_eligible_said_of_a_relative_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_entitlements, "RIGHT_FORMS", on)
    assert _flagged("Votre mère y est éligible.", _APA) is on


@pytest.mark.parametrize("on", [True, False])
def test_no_effect_on_the_benefit_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_entitlements, "NO_EFFECT", on)
    sentence = "Si votre fils gagne moins de 900 €, cela n'aura aucun effet sur vos allocations."
    assert _flagged(sentence, _APPRENTI) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_verdict_before_its_condition_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_entitlements, "TRAILING_CONDITION", on)
    sentence = "Vous toucherez encore la prime pour votre fils cette année, à condition qu'il soit toujours apprenti."
    assert _flagged(sentence, _PRIME) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_request_allowed_now_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_entitlements, "REQUEST_NOW", on)
    sentence = "Vous pouvez déposer votre demande d'ASPA dès maintenant avec votre relevé de carrière."
    assert _flagged(sentence, _ASPA, _ASPA_FICHE) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_day_of_payment_nobody_gave_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_entitlements, "PAYMENT_DATE", on)
    assert _flagged("Votre allocation vous sera versée dès le 1er novembre.", _QUAND, _ATTENTE) is on


def test_a_day_of_payment_the_passage_gives_is_left_alone() -> None:
    passage = "Pour une fin de contrat en octobre, le premier versement intervient le 1er novembre."
    assert not _flagged("Votre allocation vous sera versée dès le 1er novembre.", _QUAND, passage)


def test_the_writers_own_payment_told_back_is_left_alone() -> None:
    message = "J'ai payé ma cantine le 3 octobre par virement. Est-ce que vous l'avez bien reçu ?"
    assert not _flagged("Vous avez payé la cantine le 3 octobre par virement.", message)


def test_a_right_the_passage_gives_is_left_alone() -> None:
    passage = "Vous avez droit à l'ASPA dès 65 ans, sous conditions de ressources."
    sentence = "Vous y avez droit dès 65 ans, sous conditions de ressources."
    assert not _flagged(sentence, "J'ai 66 ans. Ai-je droit à l'ASPA ?", passage)


def test_a_step_after_the_question_is_left_alone() -> None:
    assert not _flagged("Vous pouvez faire une simulation sur le site de la CAF.", _ASPA)


def test_the_batchs_train_answers_are_flagged() -> None:
    items = _batch("train")
    for key in ("d92-005", "d92-020", "d92-004", "d92-006"):  # two moved this pass, two flagged before
        item = items[key]
        assert item["label"] == "asserted"
        assert _flagged(item["sentence"], item["message"], item["passage"]), key


def test_the_batchs_train_look_alikes_pass() -> None:
    items = _batch("train")
    for key, item in items.items():
        if item["label"] in ("reported", "other", "told"):
            assert not _flagged(item["sentence"], item["message"], item["passage"]), key


def test_all_switches_off_give_the_start_behaviour(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _SWITCHES:
        monkeypatch.setattr(asked_entitlements, name, False)
    item = _batch("train")["d92-005"]  # « Si vous avez travaillé moins de quatre mois, vous n'y avez pas droit. »
    assert not _flagged(item["sentence"], item["message"], item["passage"])
