"""The asked check, fifty-fourth pass (engineer-d89): documents and procedures answered without a source — a duty or
a destination said as the procedure, a verdict on the form (`guichet.drafting.asked_documents`). Shipped on:
`PROCEDURE_DUTY`, `PROCEDURE_VERDICT`. Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_documents
from guichet.drafting.asked import find_asked

_OU = "Ma demande de prime de naissance, je dois la renvoyer où exactement ?"
_PAPIERS = "Pour l'allocation de rentrée, quels papiers faut-il donner ?"
_COPIE = "Pour le dossier de bourse, le livret de famille en photocopie ça passe ou il faut l'original ?"
_GUICHET = "Le changement d'adresse de la carte grise, je peux le faire au guichet de la sous-préfecture ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_documents.PROCEDURE_DUTY
    assert asked_documents.PROCEDURE_VERDICT


@pytest.mark.parametrize("on", [True, False])
def test_a_destination_said_as_a_duty_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_documents, "PROCEDURE_DUTY", on)
    assert _flagged("La demande est à adresser à la caisse d'allocations familiales de Rennes.", _OU) is on


@pytest.mark.parametrize("on", [True, False])
def test_documents_listed_as_a_duty_answer(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_documents, "PROCEDURE_DUTY", on)
    sentence = "Vous devez fournir un certificat de scolarité et votre dernier avis d'imposition."
    assert _flagged(sentence, _PAPIERS) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_verdict_on_the_online_way_answers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(asked_documents, "PROCEDURE_VERDICT", on)
    sentence = "Cette démarche se fait désormais uniquement en ligne, sur le site de l'ANTS."
    assert _flagged(sentence, _GUICHET) is on


def test_the_destination_a_source_gives_is_left_alone() -> None:
    passage = "La demande de prime est à adresser à la caisse d'allocations familiales du lieu de résidence."
    assert not _flagged("La demande est à adresser à la caisse d'allocations familiales.", _OU, passage)


def test_the_online_way_a_source_gives_is_left_alone() -> None:
    passage = "Le changement d'adresse sur la carte grise se fait uniquement en ligne sur le site de l'ANTS."
    sentence = "Le changement d'adresse se fait uniquement en ligne, sur le site de l'ANTS."
    assert not _flagged(sentence, _GUICHET, passage)


def test_the_question_restated_is_left_alone() -> None:
    assert not _flagged("Vous souhaitez savoir si une photocopie du livret de famille suffit.", _COPIE)


def test_what_the_writer_sent_is_left_alone() -> None:
    message = "J'ai envoyé la photocopie du livret de famille à la caisse lundi. Le dossier est complet ?"
    assert not _flagged("Vous avez envoyé la photocopie du livret de famille à la caisse lundi.", message)


def test_a_duty_to_a_question_on_no_procedure_is_left_to_the_other_readings() -> None:
    assert not asked_documents.answers(
        "vous devez fournir un certificat de scolarite.", ["est-ce que la bourse augmente cette annee ?"], [], ""
    )
