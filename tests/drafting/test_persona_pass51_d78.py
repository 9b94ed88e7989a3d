"""Fifty-first pass (engineer-d78, issue 14): ages and lengths the message only lets one work out
(`persona.reckoned_ages`). A relative's age told in the future is a year less today (« mon neveu aura 12 ans en
octobre » / « votre neveu a 12 ans », `COMING_AGES`), a draft's age to come is read with its offset (« votre fille
sera majeure dans trois ans », `COMING_DRAFT`), two years bound a length (« de 2011 à 2017 » / « six ans »,
`YEAR_SPANS`), a relative's birth year gives their age (« mon oncle, né en 1925 », `RELATIVE_BIRTH_YEARS`). All four
ship on; each is shown at work, with a look-alike it must leave alone, and switched off. Fresh messages, none from
batch d78 nor any corpus."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, reckoned_ages


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


NEPHEW = "Mon neveu aura 12 ans en octobre et je voudrais l'inscrire au club de judo de la commune."
TWINS_LATER = "Dans trois ans, ma fille aura 18 ans : pourra-t-elle garder sa bourse au lycée ?"
OWN_LATER = "Dans trois ans j'aurai 67 ans, faut-il que je dépose ma demande de pension dès maintenant ?"
SON_NOW = "Mon fils a 14 ans et il voudrait faire un stage d'observation dans une boulangerie."
SPAN = "J'ai été aide-soignante à l'hôpital de 2011 à 2017, ensuite j'ai élevé mes enfants."
UNCLE = "Mon oncle, né en 1925, vit encore seul dans sa maison à la campagne."
AUNT_DATED = "Ma tante est née en 1950 et elle est partie à la retraite en 2012, je gère ses papiers."


def test_a_relative_age_to_come_is_a_year_less_today() -> None:
    assert _verdict("Votre neveu a 12 ans.", NEPHEW) == CONTRADICTED
    assert _verdict("Votre neveu a 11 ans.", NEPHEW) == CONSISTENT


def test_an_age_with_an_offset_is_worked_back() -> None:
    assert _verdict("Votre fille a 15 ans.", TWINS_LATER) == CONSISTENT
    assert _verdict("Votre fille est majeure.", TWINS_LATER) == CONTRADICTED
    assert _verdict("Vous avez 64 ans.", OWN_LATER) == CONSISTENT


def test_coming_ages_off_reads_the_future_age_as_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_ages, "COMING_AGES", False)
    assert _verdict("Votre neveu a 12 ans.", NEPHEW) != CONTRADICTED


def test_a_draft_age_to_come_is_read_with_its_offset() -> None:
    assert _verdict("Votre fils aura 17 ans dans trois ans.", SON_NOW) == CONSISTENT
    assert _verdict("Votre fils aura 18 ans dans deux ans.", SON_NOW) == CONTRADICTED
    assert _verdict("Votre fils sera majeur dans quatre ans.", SON_NOW) == CONSISTENT
    assert _verdict("Votre fils aura 15 ans en mars.", SON_NOW) == CONSISTENT


def test_a_majority_without_a_time_or_an_age_untold_says_nothing() -> None:
    assert _verdict("Votre fils sera majeur.", SON_NOW) == "none"
    assert _verdict("Votre fille aura 18 ans en mai.", SON_NOW) == "none"  # no daughter told


def test_coming_draft_off_reads_the_draft_age_as_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_ages, "COMING_DRAFT", False)
    assert _verdict("Votre fils aura 17 ans dans trois ans.", SON_NOW) == CONTRADICTED


def test_two_years_bound_a_length() -> None:
    assert _verdict("Vous avez travaillé six ans à l'hôpital.", SPAN) == CONSISTENT
    assert _verdict("Vous avez travaillé douze ans à l'hôpital.", SPAN) == CONTRADICTED


def test_year_spans_off_gives_no_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_ages, "YEAR_SPANS", False)
    assert _verdict("Vous avez travaillé douze ans à l'hôpital.", SPAN) in {UNSUPPORTED, "none"}


def test_a_relative_birth_year_gives_their_age() -> None:
    assert _verdict("Votre oncle a plus de 90 ans.", UNCLE) == CONSISTENT
    assert _verdict("Votre oncle a moins de 80 ans.", UNCLE) == CONTRADICTED


def test_an_age_at_a_dated_event_is_not_read_as_today() -> None:
    assert _verdict("Votre tante est partie à la retraite à 62 ans.", AUNT_DATED) == CONSISTENT
    assert _verdict("Votre tante est partie à la retraite à 55 ans.", AUNT_DATED) == CONTRADICTED


def test_relative_birth_years_off_gives_no_age(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_ages, "RELATIVE_BIRTH_YEARS", False)
    assert _verdict("Votre oncle a moins de 80 ans.", UNCLE) != CONTRADICTED
