"""Forty-third pass (engineer-d58): numbers in the writer's life — grandchildren counted apart from children, one
child said with "seul" or "unique", years of contribution (a relative's told apart from the writer's), disability
rates read in more forms and as a detail of the disability, and things the writer says they never had, got or did
said back as had. Fresh examples, none from batch c30; each rule with near misses that stay silent and its switch
turned off."""

import pytest

from guichet.drafting.persona import (
    CONSISTENT,
    CONTRADICTED,
    UNSUPPORTED,
    contribution_years,
    denied_things,
    disability_rates,
    find_claims,
    only_child,
)


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


# --- children: grandchildren apart, one child said with "seul" or "unique" ----------------------------------------

GRANDMOTHER = "Je suis mamie de 5 petits-enfants et je n'ai qu'un seul fils, qui habite à Brest."


def test_grandchildren_are_no_count_of_children() -> None:
    assert _verdict("Vous avez cinq enfants.", GRANDMOTHER) == CONTRADICTED
    assert _verdict("Vous avez un enfant.", GRANDMOTHER) == CONSISTENT


def test_a_child_said_unique_with_a_possessive_is_one_child() -> None:
    message = "J'élève seul ma fille unique depuis le décès de ma femme."
    assert _verdict("Vous avez trois enfants.", message) == CONTRADICTED


def test_the_writer_who_is_an_only_child_still_counts_their_own() -> None:
    message = "Je suis fille unique, j'ai quatre enfants et ma mère vit chez nous."
    assert _verdict("Vous avez quatre enfants.", message) == CONSISTENT


def test_children_and_grandchildren_both_counted_keep_the_children() -> None:
    message = "Nous avons 2 enfants et 6 petits-enfants qui viennent l'été."
    assert _verdict("Vous avez deux enfants.", message) == CONSISTENT


def test_the_children_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(only_child, "GRANDCHILDREN_APART", False)
    monkeypatch.setattr(only_child, "ONLY_CHILD", False)
    assert _verdict("Vous avez cinq enfants.", GRANDMOTHER) == CONSISTENT


# --- years of contribution ----------------------------------------------------------------------------------------

COUPLE = "Mon époux a cotisé 44 ans dans le bâtiment, et moi 29 seulement, j'ai arrêté pour les enfants."


def test_a_relatives_years_are_not_the_writers() -> None:
    assert _verdict("Vous avez cotisé pendant 44 ans.", COUPLE) == CONTRADICTED
    assert _verdict("Vous avez cotisé pendant 29 ans.", COUPLE) == CONSISTENT


def test_years_of_contribution_in_words_and_digits() -> None:
    message = "Avec trente-neuf ans de cotisations, je voudrais savoir quand partir."
    assert _verdict("Vous avez cotisé pendant 39 ans.", message) == CONSISTENT
    assert _verdict("Vous avez cotisé pendant 35 ans.", message) == CONTRADICTED


def test_years_required_or_missing_are_no_years_held() -> None:
    message = "Il faut 43 ans de cotisation pour le taux plein, je suis né en 1965."
    assert _verdict("Vous avez cotisé pendant 40 ans.", message) == "none"


def test_the_contribution_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contribution_years, "CONTRIBUTION_YEARS", False)
    assert _verdict("Vous avez cotisé pendant 44 ans.", COUPLE) == "none"


# --- disability rates ---------------------------------------------------------------------------------------------

RECOGNISED = "La CDAPH a reconnu mon handicap à 45 % en mars, je voudrais contester."


def test_a_rate_recognised_in_other_words() -> None:
    assert _verdict("Votre taux d'incapacité a été fixé à 80 %.", RECOGNISED) == CONTRADICTED
    assert _verdict("Votre taux d'incapacité est inférieur à 50 %.", RECOGNISED) == CONSISTENT


def test_a_rate_the_message_does_not_give_leaves_the_disability_unsupported() -> None:
    message = "Je suis reconnue handicapée depuis mon accident de travail."
    assert _verdict("Votre taux d'incapacité est de 50 %.", message) == UNSUPPORTED


def test_a_daughters_rate_is_not_the_writers() -> None:
    message = "Ma fille a un taux d'incapacité de 80 %, elle a 9 ans."
    assert _verdict("Votre taux d'incapacité est de 50 %.", message) != CONTRADICTED


def test_the_rate_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disability_rates, "WIDER_RATES", False)
    monkeypatch.setattr(disability_rates, "RATE_AS_DETAIL", False)
    assert _verdict("Votre taux d'incapacité a été fixé à 80 %.", RECOGNISED) == CONSISTENT


# --- things never had, got or done ---------------------------------------------------------------------------------

NO_PAY = "Depuis l'accident, je n'ai perçu aucune indemnité, mon dossier est bloqué."


def test_a_thing_denied_said_back_as_received() -> None:
    assert _verdict("Vous percevez des indemnités journalières depuis l'accident.", NO_PAY) == CONTRADICTED
    assert _verdict("Vous n'avez perçu aucune indemnité.", NO_PAY) == CONSISTENT


def test_a_request_never_made_said_back_as_a_file_filed() -> None:
    message = "Je n'ai jamais fait de demande de logement social, on me dit que c'est long."
    assert _verdict("Vous avez déposé un dossier de logement social.", message) == CONTRADICTED


def test_what_another_person_does_not_get_is_not_the_writers() -> None:
    message = "Ma sœur ne touche aucune pension, moi je perçois une pension d'invalidité."
    assert _verdict("Vous percevez une pension d'invalidité.", message) != CONTRADICTED


def test_no_longer_received_leaves_the_past_alone() -> None:
    message = "Je ne touche plus d'allocation chômage depuis février."
    assert _verdict("Vous avez touché l'allocation chômage jusqu'en janvier.", message) != CONTRADICTED
    assert _verdict("Vous touchez l'allocation chômage.", message) == CONTRADICTED


def test_a_denial_bounded_in_time_leaves_the_present_alone() -> None:
    message = "Je n'ai perçu aucune allocation en 2022, j'ai fait ma demande en janvier 2023."
    assert _verdict("Vous percevez l'allocation de logement.", message) != CONTRADICTED
    since = "Je ne perçois aucune allocation depuis 2022, on ne me répond pas."
    assert _verdict("Vous percevez l'allocation de logement.", since) == CONTRADICTED


def test_the_denied_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(denied_things, "DENIED_THINGS", False)
    assert _verdict("Vous percevez des indemnités journalières depuis l'accident.", NO_PAY) == "none"
