"""Forty-sixth pass (engineer-d65, issue 14): spoken negation without « ne » (« je suis pas marié »), dates told apart
from their verb (« j'ai perdu mon emploi de cariste chez un transporteur en avril »), and possessives that assume what
the writer denied (« votre conjoint » after « je ne suis pas en couple », « votre véhicule » after « pas de
voiture »). Fresh examples, none from batch d65; each switch turned off shows what it moves; the neighbours that must
not move are asserted beside each case."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, events, find_claims, negations, possessives, read_writer
from guichet.text import fold


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


SPOKEN = "Bonjour, je suis pas mariée et j'habite à Tours depuis 2020, je cherche un logement social."
SPOKEN_NATION = "Je suis pas française, je suis algérienne, j'ai une carte de résident depuis 2015."
SPOKEN_NOTHING = "Depuis l'été j'ai plus de boulot et je touche rien du tout pour l'instant."
CHAINED = "Je n'ai pas de logement à moi et je ne suis pas mariée, j'habite chez ma sœur à Metz."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (SPOKEN, "Vous êtes mariée."),
        (SPOKEN, "Vous êtes mariée et habitez à Tours."),
        (SPOKEN_NATION, "Vous êtes de nationalité française."),
        (SPOKEN_NOTHING, "Vous percevez l'allocation chômage."),
        (CHAINED, "Vous êtes mariée."),
    ],
)
def test_a_spoken_denial_said_back_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence", "expected"),
    [
        (SPOKEN, "Vous n'êtes pas mariée.", CONSISTENT),
        (SPOKEN, "Vous habitez à Tours depuis 2020.", CONSISTENT),
        (SPOKEN_NATION, "Vous êtes de nationalité algérienne.", CONSISTENT),
        # a comparison is no denial: « plus » without « ne » before a number or « que »
        ("Je gagne plus que le SMIC et je suis salariée en CDI.", "Vous êtes salariée en CDI.", CONSISTENT),
    ],
)
def test_what_the_writer_does_say_stays(message: str, sentence: str, expected: str) -> None:
    assert _verdict(sentence, message) == expected


def test_a_comparison_with_plus_is_no_denial() -> None:
    denials = negations.read_negations(fold("Je travaille plus de 35 heures par semaine, je gagne plus que lui."))
    assert denials == []
    spoken = negations.read_negations(fold("je suis plus inscrite a france travail"))
    assert [d[0] for d in spoken] == ["inscri"]


def test_spoken_denials_switched_off_leave_the_draft_unjudged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(negations, "SPOKEN_DENIALS", False)
    assert _verdict("Vous percevez l'allocation chômage.", SPOKEN_NOTHING) != CONTRADICTED
    monkeypatch.setattr(negations, "SPOKEN_DENIALS", True)
    assert _verdict("Vous percevez l'allocation chômage.", SPOKEN_NOTHING) == CONTRADICTED


def test_a_denied_nationality_is_no_nationality(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "french" not in read_writer(fold("Je ne suis pas française, je suis sénégalaise.")).nationality
    monkeypatch.setattr(negations, "DENIED_NATIONALITY", False)
    assert "french" in read_writer(fold("Je ne suis pas française, je suis sénégalaise.")).nationality


def test_every_denial_of_a_sentence_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shipped off (it moves no item of train or validation); what it does when on."""
    message = "Je n'ai pas de voiture et je ne suis pas inscrite à France Travail, j'habite à Metz."
    assert _verdict("Vous êtes inscrite à France Travail.", message) == CONTRADICTED
    assert _verdict("Vous habitez à Metz.", message) != CONTRADICTED
    monkeypatch.setattr(negations, "EVERY_DENIAL", False)
    assert len(negations.read_negations(fold(message))) == 1  # the first denial swallows the second
    monkeypatch.setattr(negations, "EVERY_DENIAL", True)
    assert [d[3][0] for d in negations.read_negations(fold(message))] == ["voiture", "france"]


LOST = (
    "J'ai perdu mon emploi de magasinier dans un entrepôt de la zone nord en mars, puis je me suis inscrit en avril."
)
LEASE = "On a emménagé le 2 mai dans le T3. Le bail, lui, a été signé chez le notaire en avril."
BORN = "Ma fille est née à la maternité de Brest, après une longue nuit, en janvier 2024. Je travaille à mi-temps."


@pytest.mark.parametrize(
    ("message", "sentence", "expected"),
    [
        (LOST, "Vous avez perdu votre emploi en mars.", CONSISTENT),
        (LOST, "Vous avez perdu votre emploi en avril.", CONTRADICTED),
        (LEASE, "Vous avez signé le bail en avril.", CONSISTENT),
        (LEASE, "Vous avez signé le bail en mai.", CONTRADICTED),
        (BORN, "Votre fille est née en janvier 2024.", CONSISTENT),
        (BORN, "Votre fille est née en 2023.", CONTRADICTED),
    ],
)
def test_a_step_dated_apart_from_its_verb(message: str, sentence: str, expected: str) -> None:
    assert _verdict(sentence, message) == expected


def test_more_steps_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events, "MORE_STEPS", False)
    assert _verdict("Vous avez signé le bail en mai.", LEASE) == CONSISTENT  # « mai » is somewhere in the message
    assert _verdict("Vous avez perdu votre emploi en avril.", LOST) == "none"


def test_a_lease_signature_is_a_step_and_a_season_gives_its_months(monkeypatch: pytest.MonkeyPatch) -> None:
    signed = "Nous avons emménagé le 15 juillet ; le 1er juillet, c'était la signature du bail."
    assert _verdict("Vous avez signé votre bail le 1er juillet.", signed) == CONSISTENT
    assert _verdict("Vous avez signé votre bail le 15 juillet.", signed) == CONTRADICTED
    summer = "La procédure de divorce est en cours depuis janvier. Je ne vis plus avec mon mari depuis l'été dernier."
    assert _verdict("Vous êtes séparée de votre époux depuis l'été dernier.", summer) != CONTRADICTED
    assert _verdict("Vous êtes séparée de votre époux depuis mars.", summer) == CONTRADICTED
    monkeypatch.setattr(events, "SEASON_MONTHS", False)
    assert _verdict("Vous êtes séparée de votre époux depuis l'été dernier.", summer) == CONTRADICTED


def test_a_filing_dated_words_apart_stays_consistent() -> None:
    message = "J'ai déposé mon dossier à la mairie de Nancy, après trois rendez-vous, c'était en juin."
    assert _verdict("Vous avez déposé votre dossier en juin.", message) == CONSISTENT
    assert _verdict("Vous avez déposé votre dossier en mai.", message) == CONTRADICTED


ALONE = "Je vis seul, je ne suis pas en couple. Je cherche un studio à Lille."
NO_CAR = "Je n'ai pas de voiture, je prends le tram pour aller à l'usine."
NO_WORK = "Je suis sans emploi depuis 2022 et je voudrais faire une formation de soudeur."
NO_BANK = "Je n'ai pas de compte bancaire, on m'a refusé à la Poste."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (ALONE, "Votre compagne devra aussi signer le bail."),
        (ALONE, "Les revenus de votre conjointe seront pris en compte."),
        (SPOKEN, "Votre époux doit fournir son avis d'imposition."),
        (NO_CAR, "Pensez à assurer votre véhicule avant le contrôle technique."),
        (NO_WORK, "Votre employeur doit remplir l'attestation de salaire."),
        (NO_BANK, "L'aide sera versée sur votre compte bancaire."),
    ],
)
def test_a_possessive_of_a_denied_thing_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a condition, a former one, or a thing the writer has
        (NO_CAR, "Si vous achetez une voiture, votre véhicule devra être assuré."),
        (
            "J'ai été licencié en mars, je suis sans emploi depuis.",
            "Votre employeur doit vous remettre l'attestation.",
        ),
        ("J'ai une voiture mais pas de permis.", "Votre voiture doit être assurée."),
        # a couple said without what the writer denied: "sans être" keeps the denial
        (SPOKEN, "Vous vivez en couple sans être mariée."),
        # not married is not alone: a partner may be there
        (SPOKEN, "Votre compagnon peut vous accompagner au rendez-vous."),
        # a writer who says nothing of a couple
        ("Je cherche un studio à Lille.", "Votre conjoint devra aussi signer le bail."),
    ],
)
def test_a_possessive_the_message_allows_stays(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_possessive_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(possessives, "DENIED_POSSESSIVES", False)
    assert _verdict("Pensez à assurer votre véhicule avant le contrôle technique.", NO_CAR) == "none"
    monkeypatch.setattr(possessives, "DENIED_COUPLE", False)
    assert _verdict("Votre compagne devra aussi signer le bail.", ALONE) != CONTRADICTED
