"""Forty-first pass (engineer-d54): people who tell time — a separation's length said with the partner's name, a
partner's death or leaving that dates the writer's own state, "il y a deux ans", a couple or an activity told in the
past, a birth year in two digits, a sum's period said after its name, the year of arrival in France. Fresh examples,
none from batch c26; each rule with a near-miss that stays silent and a contradiction that stays removed."""

import pytest

from guichet.drafting.persona import (
    CONSISTENT,
    CONTRADICTED,
    UNSUPPORTED,
    born_years,
    find_claims,
    lengths_owner,
    past_activity,
    past_couple,
    sum_periods,
)


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


# --- the writer's length, with the partner named as a complement (the cause of last pass's c18-004) -----------------

SEPARATED = "Je suis séparée de mon mari depuis deux ans. Cela fait six mois que j'ai fait ma demande."


def test_a_separation_said_with_the_husband_named_keeps_its_length() -> None:
    assert _verdict("Vous êtes séparée depuis deux ans.", SEPARATED) == CONSISTENT


def test_a_separation_of_another_length_is_still_removed() -> None:
    assert _verdict("Vous êtes séparée depuis huit mois.", SEPARATED) == CONTRADICTED


def test_the_switch_off_gives_the_fortieth_pass_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lengths_owner, "WRITERS_COMPLEMENT", False)
    assert _verdict("Vous êtes séparée depuis deux ans.", SEPARATED) == CONTRADICTED


def test_a_son_who_works_keeps_his_own_length() -> None:
    message = "Je vis avec mon fils qui travaille depuis 3 ans dans un garage."
    assert _verdict("Vous travaillez depuis trois ans.", message) == UNSUPPORTED


def test_a_partner_who_left_dates_the_separation() -> None:
    message = "Mon compagnon est parti il y a un an et demi, je vis seule avec mes deux garçons."
    assert _verdict("Vous êtes séparée depuis dix-huit mois.", message) == CONSISTENT
    assert _verdict("Vous êtes séparée depuis cinq ans.", message) == CONTRADICTED


def test_a_husband_s_death_dates_the_widowhood() -> None:
    message = "Mon époux est décédé il y a trois mois. Je voudrais connaître mes droits."
    assert _verdict("Vous êtes veuve depuis trois mois.", message) == CONSISTENT
    assert _verdict("Vous êtes veuve depuis trois ans.", message) == CONTRADICTED


def test_a_son_who_left_for_his_studies_dates_no_separation() -> None:
    message = "Mon fils est parti il y a deux ans faire ses études à Rennes."
    assert _verdict("Vous êtes séparée depuis deux ans.", message) == UNSUPPORTED


# --- a couple or an activity told in the past ------------------------------------------------------------------------


def test_a_widow_was_married() -> None:
    message = "Mon mari est décédé en février, nous avions quarante ans de mariage."
    assert _verdict("Vous étiez mariée depuis longtemps.", message) == CONSISTENT


def test_a_couple_of_now_still_contradicts_a_separation() -> None:
    message = "Je suis mariée depuis 12 ans et nous vivons ensemble avec nos enfants."
    assert _verdict("Vous êtes séparée depuis deux ans.", message) == CONTRADICTED


def test_a_past_couple_told_to_a_single_writer_is_removed_or_left_open(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous étiez mariée.", "Je suis célibataire et je cherche un studio.") == CONTRADICTED
    assert _verdict("Vous étiez pacsée.", "Je demande une carte d'identité pour mon fils.") == UNSUPPORTED
    monkeypatch.setattr(past_couple, "PAST_COUPLE", False)
    assert _verdict("Vous étiez mariée depuis longtemps.", "Mon mari est décédé en février.") == CONTRADICTED


def test_living_apart_is_a_separation() -> None:
    message = "Mon mari et moi vivons séparément depuis six mois, il a quitté le domicile."
    assert _verdict("Vous vivez séparée de votre mari depuis six mois.", message) == CONSISTENT
    assert _verdict("Vous vivez en couple.", "Nous vivons séparément depuis six mois.") == CONTRADICTED


def test_the_writer_who_left_their_partner_is_separated() -> None:
    message = "J'ai quitté ma compagne il y a deux ans et je loue un appartement seul."
    assert _verdict("Vous êtes séparé depuis deux ans.", message) == CONSISTENT


def test_an_activity_told_in_the_past_by_both(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "J'étais au chômage depuis 14 mois et je viens de signer un CDD de six mois."
    assert _verdict("Vous étiez demandeur d'emploi.", message) == CONSISTENT
    assert _verdict("Vous étiez étudiant.", "Je fais une demande de carte grise.") == UNSUPPORTED
    monkeypatch.setattr(past_activity, "PAST_ACTIVITY", False)
    assert _verdict("Vous étiez demandeur d'emploi.", message) == CONTRADICTED


# --- a birth year in two digits --------------------------------------------------------------------------------------


def test_a_birth_year_in_two_digits() -> None:
    message = "Je suis née en 84 et je travaille comme aide-soignante."
    assert _verdict("Vous êtes née en 1984.", message) == CONSISTENT
    assert _verdict("Vous êtes née en 1948.", message) == CONTRADICTED


def test_other_two_digit_numbers_are_no_birth_year() -> None:
    for message in (
        "Je suis de permanence le 12 et je suis de 8 à 16 heures au bureau.",
        "Je suis de Lyon et je suis né en France.",
        "Nous sommes de 4 personnes au foyer.",
    ):
        assert born_years.short_birth_years(message.lower()) == set(), message


# --- a sum's period said after its name ------------------------------------------------------------------------------


def test_a_yearly_figure_given_per_month_is_removed() -> None:
    message = "L'an dernier j'ai gagné 14 400 euros de bénéfices sur l'année avec mon activité de traiteur."
    assert _verdict("Vous avez gagné 14 400 euros de bénéfices par mois.", message) == CONTRADICTED
    assert _verdict("Vous avez gagné 14 400 euros de bénéfices sur l'année.", message) == CONSISTENT


def test_the_same_sum_for_its_own_period_stays_consistent(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "Je paie 610 € de loyer par mois et je touche l'APL."
    assert _verdict("Votre loyer est de 610 euros par mois.", message) == CONSISTENT
    monkeypatch.setattr(sum_periods, "FAR_PERIODS", False)
    yearly = "L'an dernier j'ai gagné 14 400 euros de bénéfices sur l'année."
    assert _verdict("Vous avez gagné 14 400 euros de bénéfices par mois.", yearly) == CONSISTENT


# --- the year of arrival in France -----------------------------------------------------------------------------------


def test_the_year_of_arrival_in_france_starts_the_residence() -> None:
    message = "Je suis arrivé en France en 2012 et je travaille dans le bâtiment."
    assert _verdict("Vous résidez en France depuis plus de cinq ans.", message) == CONSISTENT


def test_another_person_s_arrival_says_nothing_of_the_writer() -> None:
    message = "Le colis est arrivé en France en 2024 mais je ne l'ai jamais reçu."
    assert _verdict("Vous résidez en France depuis plus de cinq ans.", message) == UNSUPPORTED
