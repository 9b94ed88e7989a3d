"""The asked check, fifty-third pass (engineer-d86): deadlines, dates and amounts answered without a source in a
step's or a rule's shape (`guichet.drafting.asked_deadlines_amounts`). Shipped on: `IMPERATIVE_TO_WRITER`,
`PERMITTED_DEADLINE`, `GENERAL_SUM`, `COUNTED_DOCUMENTS`. Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_deadlines_amounts
from guichet.drafting.asked import find_asked

_CARTE = "Je voudrais savoir combien de temps la préfecture met pour faire un permis de conduire international."
_RECOURS = "Jusqu'à quand je peux contester ma taxe foncière ?"
_PRIME = "La prime de Noël du RSA, c'est combien ?"
_PLAFOND = "Quel est le plafond pour avoir la bourse du collège ?"
_COMMISSION = "Quand est-ce que ma demande de logement passera en commission ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_deadlines_amounts.IMPERATIVE_TO_WRITER
    assert asked_deadlines_amounts.PERMITTED_DEADLINE
    assert asked_deadlines_amounts.GENERAL_SUM
    assert asked_deadlines_amounts.COUNTED_DOCUMENTS


@pytest.mark.parametrize("on", [True, False])
def test_an_imperative_with_a_delay_speaks_to_the_writer(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_deadlines_amounts, "IMPERATIVE_TO_WRITER", on)
    assert _flagged("Comptez environ trois semaines après le dépôt.", _CARTE) is on


def test_the_imperative_delay_a_source_gives_is_left_alone() -> None:
    passage = "Le délai de fabrication est d'environ trois semaines après le dépôt de la demande."
    assert not _flagged("Comptez environ trois semaines après le dépôt.", _CARTE, passage)


def test_a_step_without_a_delay_is_left_alone() -> None:
    assert not _flagged("Prévoyez une photo d'identité récente.", _CARTE)


@pytest.mark.parametrize("on", [True, False])
def test_a_permission_with_its_deadline_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_deadlines_amounts, "PERMITTED_DEADLINE", on)
    assert _flagged("Vous pouvez adresser votre réclamation jusqu'au 15 novembre.", _RECOURS) is on


def test_the_permitted_deadline_a_source_gives_is_left_alone() -> None:
    passage = "La réclamation peut être adressée jusqu'au 15 novembre de l'année suivante."
    assert not _flagged("Vous pouvez adresser votre réclamation jusqu'au 15 novembre.", _RECOURS, passage)


def test_a_permission_without_a_deadline_is_left_alone() -> None:
    assert not _flagged("Vous pouvez adresser votre réclamation en ligne depuis votre espace.", _RECOURS)


def test_the_reading_of_a_permission() -> None:
    assert asked_deadlines_amounts.reading("vous pouvez payer avant le 3 mai") == "vous payer avant le 3 mai"
    assert asked_deadlines_amounts.reading("vous pouvez payer en ligne") == "vous pouvez payer en ligne"


@pytest.mark.parametrize("on", [True, False])
def test_a_sum_said_of_no_one_answers_a_sum_asked(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_deadlines_amounts, "GENERAL_SUM", on)
    assert _flagged("La prime de Noël s'élève à 152,45 € pour une personne seule.", _PRIME) is on
    assert _flagged("Le plafond de ressources est de 21 400 € par an.", _PLAFOND) is on


def test_the_sum_a_source_gives_is_left_alone() -> None:
    passage = "Pour une personne seule, la prime de Noël est de 152,45 €."
    assert not _flagged("La prime de Noël s'élève à 152,45 € pour une personne seule.", _PRIME, passage)


def test_the_writers_own_sum_and_the_question_restated_are_left_alone() -> None:
    message = "Je gagne 1 450 € par mois, quel est le plafond pour avoir la bourse du collège ?"
    assert not _flagged("Vous gagnez 1 450 € par mois.", message)
    assert not _flagged("Vous souhaitez connaître le plafond de ressources de la bourse.", _PLAFOND)


def test_a_sum_not_asked_is_left_to_the_other_readings() -> None:
    assert not asked_deadlines_amounts.sum_asked(["combien de temps faut-il ?"])
    assert asked_deadlines_amounts.sum_asked(["quel est le montant de l'aide ?"])


@pytest.mark.parametrize("on", [True, False])
def test_a_count_of_documents_in_a_step_is_no_answer(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_deadlines_amounts, "COUNTED_DOCUMENTS", on)
    assert _flagged("Dans ce cas, joignez 2 photos d'identité à votre demande.", _COMMISSION) is not on


def test_a_step_with_a_date_still_answers() -> None:
    assert _flagged("Envoyez vos deux dernières quittances avant le 12 mars.", _COMMISSION)
