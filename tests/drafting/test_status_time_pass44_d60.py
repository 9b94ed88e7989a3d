"""Forty-fourth pass (engineer-d60): when a status holds — a change the message announces and a draft says done
(or the reverse), and a home or an employer the writer has left said as the present one. Fresh examples, none from
batches c29 or c32; each rule with near misses that stay silent and its switch turned off."""

import pytest

from guichet.drafting.persona import CONTRADICTED, find_claims, former, places, timing


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


# --- timing: pending in the message, done in the draft, and the reverse ----------------------------------------------

RETIRING = "Je vais partir à la retraite en septembre, je suis encore cheffe de rayon dans un supermarché."
MOVED = "J'ai déménagé à Poitiers il y a un mois et la Caf me demande un justificatif."
EXPIRING = "Ma carte de résident expire dans six semaines, que dois-je préparer ?"


def test_a_retirement_announced_is_not_a_retirement_done() -> None:
    assert _verdict("Vous êtes retraitée depuis septembre.", RETIRING) == CONTRADICTED
    assert _verdict("Vous partirez à la retraite en septembre.", RETIRING) != CONTRADICTED


def test_a_move_done_is_not_a_move_to_come() -> None:
    assert _verdict("Vous allez déménager à Poitiers.", MOVED) == CONTRADICTED
    assert _verdict("Vous avez déménagé récemment.", MOVED) != CONTRADICTED


def test_a_permit_that_will_expire_has_not_expired() -> None:
    assert _verdict("Votre carte de résident a expiré.", EXPIRING) == CONTRADICTED
    assert _verdict("Si votre carte a expiré, vous devez prendre rendez-vous.", EXPIRING) != CONTRADICTED


def test_a_pacs_a_birthday_and_a_contract_end_to_come() -> None:
    assert _verdict("Vous êtes pacsés.", "Nous allons nous pacser en mai.") == CONTRADICTED
    assert _verdict("Vous avez 25 ans.", "J'aurai 25 ans en décembre, puis-je demander le RSA ?") == CONTRADICTED
    ending = "Mon contrat d'intérim se termine vendredi prochain."
    assert _verdict("Votre contrat a pris fin.", ending) == CONTRADICTED


def test_a_retirement_done_is_not_announced() -> None:
    retired = "Je suis à la retraite depuis 2021."
    assert _verdict("Vous prendrez votre retraite prochainement.", retired) == CONTRADICTED


def test_near_misses_stay_silent() -> None:
    # "pas encore": pending in both
    assert _verdict("Vous n'avez pas encore accouché.", "Je vais accoucher en mars.") != CONTRADICTED
    # advice is no claim of a time
    assert _verdict("Vous devrez signaler votre déménagement à la Caf.", MOVED) != CONTRADICTED
    # another person's change is not the writer's
    assert _verdict("Vous êtes marié.", "Mon fils va se marier en juin.") != CONTRADICTED
    # an application for a pension is not the state of a retiree
    asked = "Je voudrais faire une demande de retraite."
    assert _verdict("Vous avez déjà déposé votre demande de retraite.", asked) != CONTRADICTED


def test_timing_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timing, "STATUS_TIMING", False)
    assert _verdict("Vous allez déménager à Poitiers.", MOVED) != CONTRADICTED
    assert _verdict("Votre carte de résident a expiré.", EXPIRING) != CONTRADICTED


# --- former: a home or an employer left, said as the present one -----------------------------------------------------

LEFT_BREST = "Avant je vivais à Brest, je suis à Quimper depuis l'été avec mes deux filles."


def test_a_town_left_is_not_the_home_now() -> None:
    assert _verdict("Vous habitez à Brest.", LEFT_BREST) == CONTRADICTED
    assert _verdict("Vous habitez à Quimper.", LEFT_BREST) != CONTRADICTED


def test_an_employer_left_is_not_the_employer_now() -> None:
    message = "Je ne travaille plus chez Auchan depuis l'an dernier, je cherche un emploi."
    assert _verdict("Vous travaillez chez Auchan.", message) == CONTRADICTED


def test_a_place_still_held_or_only_wished_stays_silent() -> None:
    still = "J'habite toujours à Rouen, j'y vivais déjà enfant."
    assert _verdict("Vous habitez à Rouen.", still) != CONTRADICTED
    assert _verdict("Vous vivez à Nice.", "Je voudrais vivre à Nice près de ma sœur.") != CONTRADICTED
    widow = "Nous avions acheté la maison avec mon mari, je suis veuve."
    assert _verdict("Vous vivez seule depuis le décès de votre mari.", widow) != CONTRADICTED


def test_former_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(former, "FORMER_STATUS", False)
    # Since the forty-eighth pass the places read by role (`places.PLACE_ROLES`) also give the former home: both off.
    monkeypatch.setattr(places, "PLACE_ROLES", False)
    assert _verdict("Vous habitez à Brest.", LEFT_BREST) != CONTRADICTED
