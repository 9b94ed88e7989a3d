"""The asked check, fifty-sixth pass (engineer-d94): a date or a day of payment given to a message that asks when
(`guichet.drafting.asked_dates_answered`). Fresh examples, as the pseudonymisation leaves them, and items of the
batch corpora/asked/d94.jsonl's train split."""

import pytest

from guichet.drafting import asked_dates_answered
from guichet.drafting.asked import find_asked
from tests.batches import batch_item

_SWITCHES = ("NEW_MASKED_DATE", "PAYMENT_DAY")

_CONSEIL = "Mon fils passe en conseil de discipline la semaine prochaine. Quand aura-t-on la décision ?"
_NOTIFIEE = "Le conseil se prononcera le [DATE_1]."
_BOURSE = "J'ai reçu la notification de bourse le [DATE_1]. Quand est-ce que le premier versement arrive ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert {name for name in _SWITCHES if getattr(asked_dates_answered, name)} == set(_SWITCHES)


@pytest.mark.parametrize("on", [True, False])
def test_a_masked_date_only_the_draft_holds_answers_when(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_dates_answered, "NEW_MASKED_DATE", on)
    assert _flagged(_NOTIFIEE, _CONSEIL) is on


def test_the_messages_own_masked_date_told_back_is_no_new_date() -> None:
    assert not asked_dates_answered.new_masked_date(
        "vous avez recu la notification de votre bourse le [date_1].", "j'ai recu la notification le [date_1].", [""]
    )
    item = batch_item("asked", "d94", "d94-029", train=True)  # told: « Vous avez reçu le [DATE_1] la notification … »
    assert not _flagged(item["sentence"], item["message"], item["passage"])


def test_a_source_that_gives_a_date_leaves_the_masked_one_alone() -> None:
    passage = "La décision est notifiée à la famille le 15 juin au plus tard."
    sentence = "la decision vous sera notifiee le [date_1]."
    assert not asked_dates_answered.new_masked_date(sentence, "quand ?", [passage])


def test_a_reported_question_with_a_date_asked_is_no_answer() -> None:
    assert not _flagged("Vous nous demandez à quelle date la décision sera prise.", _CONSEIL)


@pytest.mark.parametrize("on", [True, False])
def test_a_day_of_payment_said_of_the_aid_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_dates_answered, "PAYMENT_DAY", on)
    item = batch_item("asked", "d94", "d94-002", train=True)  # « La bourse du Crous sera versée le 5 de ce mois. »
    assert item["label"] == "asserted"
    assert _flagged(item["sentence"], item["message"], item["passage"]) is on


def test_a_day_of_payment_the_source_gives_is_sourced() -> None:
    passage = "La bourse est versée le 5 de chaque mois, de septembre à juin."
    assert not _flagged("La bourse du Crous sera versée le 5 de ce mois.", "qd est ce que la bourse tombe ?", passage)


def test_a_day_of_payment_to_a_question_about_no_payment_is_left_to_the_other_readings() -> None:
    assert not asked_dates_answered.payment_day(
        "la bourse sera versee le 5.", ["quand dois-je deposer mon dossier ?"], "", [""]
    )


def test_a_payment_asked_without_a_time_is_not_read() -> None:
    assert not asked_dates_answered.asks_time([("est-ce que la bourse est versee aux parents ?", True)])
    assert asked_dates_answered.asks_time([("slt jvoulais savoir qd ", False), ("est ce que la bourse tombe", True)])
    assert _flagged("Le premier versement arrivera le 10 du mois prochain.", _BOURSE)


def test_a_date_worked_out_from_the_rule_the_sentence_states_is_left_alone() -> None:
    sentence = "il doit se faire recenser dans les trois mois suivant ses 16 ans, soit au plus tard le [date_2]."
    assert not asked_dates_answered.new_masked_date(sentence, "il aura 16 ans le [date_1]. jusqu'a quand ?", [""])


def test_a_day_of_payment_beside_a_masked_date_of_the_message_is_left_to_asked_masked() -> None:
    message = "mon arret a commence le [date_1]. a partir de quand la secu me paye ?"
    sentence = "vos indemnites vous seront versees a partir du 6 mars, apres le delai de carence."
    assert not asked_dates_answered.payment_day(sentence, ["a partir de quand la secu me paye ?"], message, [""])
