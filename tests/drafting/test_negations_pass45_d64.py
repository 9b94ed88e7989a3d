"""Forty-fifth pass (engineer-d64): what the writer says they are not, have not or never did, said back by a draft
without its negation (« je ne suis pas pacsée » / « vous êtes pacsée », « je n'ai jamais cotisé en Belgique » /
« vous avez cotisé en Belgique », « je n'ai ni mutuelle ni CSS » / « vous avez une mutuelle »), and the paraphrases
that keep the negation, which stay. Fresh examples, none from batch c35; each switch turned off or on."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims, negations
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftKind
from tests.drafting.backends import ScriptedBackend
from tests.drafting.persona_helpers import GOOD, dropped
from tests.inbox.factories import make_message


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


BELGIUM = "Je n'ai jamais cotisé en Belgique, toute ma carrière s'est faite à Lille. J'aurai 62 ans en mars."
PACS = "Je ne suis pas pacsée avec mon compagnon, nous vivons ensemble depuis 2019 à Brest."
NEITHER = "Je n'ai ni mutuelle ni complémentaire santé solidaire, et mes lunettes sont cassées."
NOT_YET = "Je n'ai pas encore reçu mon attestation de droits, j'ai envoyé le formulaire il y a trois semaines."
SENTENCED = "Je n'ai jamais été expulsé de mon logement, je paie mon loyer chaque mois."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (BELGIUM, "Vous avez cotisé quelques années en Belgique."),
        (PACS, "Vous êtes pacsée avec votre compagnon."),
        (NEITHER, "Vous avez une mutuelle."),
        (NOT_YET, "Vous avez reçu votre attestation de droits."),
        (SENTENCED, "Vous avez été expulsé de votre logement."),
    ],
)
def test_a_denial_said_back_without_its_negation_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (BELGIUM, "Vous n'avez jamais cotisé en Belgique."),
        (PACS, "Vous vivez avec votre compagnon sans être pacsée."),
        (NEITHER, "Vous n'avez aucune complémentaire santé."),
        (NOT_YET, "Vous n'avez pas encore reçu votre attestation de droits."),
        (NOT_YET, "Vous avez envoyé le formulaire il y a trois semaines."),
        (SENTENCED, "Vous payez votre loyer chaque mois."),
        # another thing of the same verb: not the denied one
        (NEITHER, "Vous avez des lunettes cassées."),
        # a right is the office's judgement: a draft may correct the writer
        ("Je crois que je n'ai pas droit à la prime d'activité.", "Vous avez droit à la prime d'activité."),
        # a condition is no claim
        (PACS, "Si vous êtes pacsée, votre compagnon doit signer."),
    ],
)
def test_a_paraphrase_that_keeps_the_negation_stays(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_no_longer_contradicts_only_the_present() -> None:
    message = "Je ne travaille plus en intérim depuis janvier."
    assert _verdict("Vous travaillez en intérim.", message) == CONTRADICTED
    assert _verdict("Vous avez travaillé en intérim.", message) != CONTRADICTED


def test_a_kept_denial_is_consistent_though_a_trait_meets_another_fact() -> None:
    message = "Je cherche du travail mais je ne suis pas inscrite à France Travail pour le moment."
    assert _verdict("Vous n'êtes pas encore inscrite à France Travail.", message) == CONSISTENT


def test_the_switch_off_reads_no_denial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(negations, "NEGATION_FLIPS", False)
    assert _verdict("Vous avez cotisé quelques années en Belgique.", BELGIUM) != CONTRADICTED
    assert _verdict("Vous avez été expulsé de votre logement.", SENTENCED) != CONTRADICTED


EXCEPT_WINTER = "Je suis logé chez ma sœur toute l'année sauf l'hiver, où je dors au foyer."
EXCEPT_PENSION = "Je n'ai aucune ressource sauf une rente d'accident du travail."


def test_an_exception_dropped_or_made_the_rule_is_a_contradiction_when_switched_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(negations, "EXCEPTIONS", True)
    assert _verdict("Vous êtes hébergé uniquement l'hiver chez votre sœur.", EXCEPT_WINTER) == CONTRADICTED
    assert _verdict("Vous n'avez aucune ressource.", EXCEPT_PENSION) == CONTRADICTED
    assert _verdict("Vous n'avez aucune ressource sauf votre rente.", EXCEPT_PENSION) != CONTRADICTED


def test_exceptions_ship_off() -> None:
    assert negations.EXCEPTIONS is False
    assert _verdict("Vous n'avez aucune ressource.", EXCEPT_PENSION) != CONTRADICTED


def test_ni_negates_a_benefit_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "Je ne reçois plus rien depuis avril : ni APL ni RSA."
    monkeypatch.setattr(negations, "NEGATION_FLIPS", False)
    monkeypatch.setattr(negations, "NI_NEGATES", True)
    assert _verdict("Vous percevez le RSA.", message) == CONTRADICTED
    monkeypatch.setattr(negations, "NI_NEGATES", False)
    assert _verdict("Vous percevez le RSA.", message) != CONTRADICTED


@pytest.mark.django_db
def test_a_model_sentence_that_drops_the_writers_negation_is_removed(ready, mairie) -> None:
    body = (
        "Bonjour, je ne suis pas de nationalité française, je suis tunisienne et je vis à Lyon. "
        "Je dois refaire mon passeport tunisien, combien coûte le timbre ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Vous êtes de nationalité française [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "nationalité française" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)
