"""The asked check, fifty-second pass (engineer-d82): courtesies, acknowledgements, steps after their purpose and what
a named third party told the writer state nothing the message asks (`guichet.drafting.asked_courtesy`). Shipped on:
`COURTESY_ONLY`, `TOLD_BY_OTHER`, `STEP_AFTER_PURPOSE`; shipped off: `CASE_AFTER_COURTESY`. Fresh examples, not from
the corpora."""

import pytest

from guichet.drafting import asked_courtesy, asked_negations
from guichet.drafting.asked import find_asked

_CANTINE = "Ma fille peut-elle manger à la cantine le mercredi ?"
_VERANDA = "Puis-je construire une véranda de 25 m² sans permis ?"
_CONSERVATOIRE = "Mon fils peut-il s'inscrire au conservatoire en cours d'année ?"
_COUSINE = "Ma cousine m'a dit que la demande de logement social se renouvelle tous les ans, c'est vrai ?"
_ATTESTATION = "Est-ce que je peux avoir mon attestation de droits en ligne ?"
_PIECES = "Est-ce que la caisse a reçu toutes mes pièces ?"
_REFUS = "La mairie peut-elle refuser d'inscrire mon fils à la cantine ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_courtesy.COURTESY_ONLY
    assert asked_courtesy.TOLD_BY_OTHER
    assert asked_courtesy.STEP_AFTER_PURPOSE
    assert not asked_courtesy.CASE_AFTER_COURTESY


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Nous avons bien pris connaissance de votre message concernant la cantine de votre fille.", _CANTINE),
        ("Je transmets votre demande au service de l'urbanisme, qui reviendra vers vous rapidement.", _VERANDA),
        ("Voici les informations utiles pour l'inscription de votre fils au conservatoire.", _CONSERVATOIRE),
    ],
)
def test_a_courtesy_alone_states_nothing(monkeypatch: pytest.MonkeyPatch, sentence: str, message: str) -> None:
    assert not _flagged(sentence, message)
    monkeypatch.setattr(asked_courtesy, "COURTESY_ONLY", False)
    assert _flagged(sentence, message)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        # a colon after the courtesy: the answer follows it
        (
            "Nous avons bien pris connaissance de votre message : votre fille peut manger à la cantine le mercredi.",
            _CANTINE,
        ),
        # « et vous confirmons que »: the courtesy carries a verdict
        (
            "Nous vous présentons nos condoléances et vous confirmons que la pension de réversion vous sera versée.",
            "Mon époux est décédé en mai. La pension de réversion me sera-t-elle versée ?",
        ),
        # an acknowledgement of receipt to a message that asks whether it was received
        (
            "Nous avons bien reçu votre dossier de bourse.",
            "J'ai envoyé mon dossier de bourse la semaine dernière, l'avez-vous bien reçu ?",
        ),
    ],
)
def test_a_courtesy_that_answers_is_still_flagged(sentence: str, message: str) -> None:
    assert _flagged(sentence, message)


def test_what_a_named_teller_told_the_writer_is_told_back(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre cousine vous a indiqué que la demande de logement social se renouvelle chaque année."
    assert not _flagged(sentence, _COUSINE)
    monkeypatch.setattr(asked_courtesy, "TOLD_BY_OTHER", False)
    assert _flagged(sentence, _COUSINE)


def test_a_teller_the_message_does_not_name_is_no_story() -> None:
    # the notary is nowhere in the message: the sentence puts the answer in a new mouth
    sentence = "Votre notaire vous a indiqué que la demande de logement social se renouvelle chaque année."
    assert _flagged(sentence, _COUSINE)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        (
            "Pour obtenir votre attestation, connectez-vous à votre espace personnel et ouvrez l'onglet « Aides ».",
            _ATTESTATION,
        ),
        ("Je vous conseille de garder une copie de chaque pièce envoyée à la caisse.", _PIECES),
    ],
)
def test_a_step_after_its_purpose_is_guidance(monkeypatch: pytest.MonkeyPatch, sentence: str, message: str) -> None:
    assert not _flagged(sentence, message)
    monkeypatch.setattr(asked_courtesy, "STEP_AFTER_PURPOSE", False)
    assert _flagged(sentence, message)


def test_a_step_with_a_figure_of_its_own_is_still_flagged() -> None:
    sentence = "Pour obtenir votre attestation, connectez-vous à votre espace avant le 15 du mois."
    assert _flagged(sentence, _ATTESTATION)


def test_the_clause_after_a_courtesy_is_read_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Nous comprenons votre inquiétude : la mairie ne peut pas refuser votre inscription à la cantine."
    # the denial for the mairie is read by `asked_negations` (fifty-third pass); this switch is tested alone
    monkeypatch.setattr(asked_negations, "THIRD_PARTY_DENIAL", False)
    assert not _flagged(sentence, _REFUS)  # shipped off: the courtesy makes the whole sentence guidance
    monkeypatch.setattr(asked_courtesy, "CASE_AFTER_COURTESY", True)
    assert _flagged(sentence, _REFUS)
