"""Forty-eighth pass (engineer-d71, issue 14): relative dates (« il y a trois mois », « le mois dernier ») compared
for the same fact, a civil status corrected by another (« marié depuis 2015. Non en fait on est pacsés »), a negation
with an elided pronoun (« on ne s'est jamais mariés »), two months told across a year's end (« décembre … février »).
Fresh examples, none from batch d71; each switch turned off shows what it moves; the cases each must leave alone are
asserted beside it."""

import pytest

from guichet.drafting.persona import (
    CONSISTENT,
    CONTRADICTED,
    elided_negations,
    find_claims,
    relative_dates,
    status_corrections,
    year_turn,
)


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


RSA = "Bonjour, j'ai envoyé ma demande de RSA il y a quatre mois et la CAF ne m'a jamais répondu. Je suis seule."
GRANDMOTHER = "Ma grand-mère est décédée la semaine dernière et je suis son unique petite-fille. Que dois-je faire ?"
PACS = "Je suis mariée depuis 2015. Non en fait on est pacsés, je mélange toujours. Nous avons deux enfants."
YEAR_FIXED = "Je suis mariée depuis 2015, pardon, depuis 2016. Nous avons deux enfants."
NEVER = "Nous vivons ensemble depuis six ans mais on ne s'est jamais mariés. Nous avons un fils."
WINTER = "J'ai été licencié en décembre. Je me suis inscrit à France Travail en février, sur les conseils d'un ami."
LONG_GAP = "Je me suis inscrit à France Travail en septembre. J'ai été licencié en février, après mon arrêt."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (RSA, "Vous avez envoyé votre demande de RSA il y a deux semaines."),
        (GRANDMOTHER, "Votre grand-mère est décédée il y a trois ans."),
    ],
)
def test_a_relative_date_the_message_gives_otherwise_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (RSA, "Vous avez envoyé votre demande de RSA il y a environ quatre mois."),
        (GRANDMOTHER, "Votre grand-mère est décédée il y a quelques jours."),
        # another fact, another date: the message does not date the CAF's answer
        (RSA, "Vous avez reçu une réponse de la CAF il y a deux semaines."),
        # advice is no claim of a date
        (RSA, "Si vous avez envoyé votre demande il y a plus de deux mois, relancez la CAF."),
    ],
)
def test_a_relative_date_kept_or_of_another_fact_is_not_removed(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_a_relative_date_kept_makes_the_writers_clause_consistent() -> None:
    message = "Il y a quinze jours, j'ai signé mon bail pour un studio à Tours."
    assert _verdict("Vous avez signé votre bail il y a deux semaines.", message) == CONSISTENT


def test_relative_dates_switched_off_compare_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relative_dates, "RELATIVE_DATES", False)
    assert _verdict("Vous avez envoyé votre demande de RSA il y a deux semaines.", RSA) != CONTRADICTED
    assert _verdict("Votre grand-mère est décédée il y a trois ans.", GRANDMOTHER) != CONTRADICTED


def test_a_status_corrected_by_another_drops_the_first() -> None:
    assert _verdict("Vous êtes mariée depuis 2015.", PACS) == CONTRADICTED
    assert _verdict("Vous êtes mariée.", PACS) == CONTRADICTED
    assert _verdict("Vous êtes pacsée depuis 2015.", PACS) != CONTRADICTED


def test_a_year_corrected_keeps_the_status() -> None:
    assert _verdict("Vous êtes mariée.", YEAR_FIXED) == CONSISTENT
    assert _verdict("Vous êtes mariée depuis 2016.", YEAR_FIXED) != CONTRADICTED


def test_status_swaps_switched_off_keep_the_marriage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_corrections, "STATUS_SWAPS", False)
    assert _verdict("Vous êtes mariée depuis 2015.", PACS) != CONTRADICTED


def test_a_negation_with_an_elided_pronoun_denies_the_marriage() -> None:
    assert _verdict("Vous êtes marié.", NEVER) == CONTRADICTED
    assert _verdict("Vous vivez en couple.", NEVER) != CONTRADICTED
    assert _verdict("Vous êtes mariée.", "Je n'ai pas d'enfant, je suis mariée depuis 2019.") == CONSISTENT


def test_elided_negations_switched_off_read_a_marriage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(elided_negations, "ELIDED_NEGATIONS", False)
    assert _verdict("Vous êtes marié.", NEVER) != CONTRADICTED


def test_two_months_across_a_new_year_are_ordered() -> None:
    assert _verdict("Vous vous êtes inscrit à France Travail avant votre licenciement.", WINTER) == CONTRADICTED
    assert _verdict("Vous avez été licencié avant de vous inscrire à France Travail.", WINTER) == CONSISTENT


def test_two_months_too_far_apart_across_a_year_give_no_order() -> None:
    assert _verdict("Vous avez été licencié avant de vous inscrire à France Travail.", LONG_GAP) != CONTRADICTED
    assert _verdict("Vous vous êtes inscrit à France Travail avant votre licenciement.", LONG_GAP) != CONTRADICTED


def test_year_turn_switched_off_gives_no_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(year_turn, "YEAR_TURN", False)
    assert _verdict("Vous vous êtes inscrit à France Travail avant votre licenciement.", WINTER) != CONTRADICTED
