"""Fifty-second pass (engineer-d81, issue 14): sums, gaps and counts a draft works out from the message
(`persona.reckoned_sums`). Weekly hours said in pieces are summed (`HOUR_SUMS`), a gap between two ages or birth
years is judged and no longer read as a child's age (`AGE_GAPS`), « a doublé » is judged against a change the message
tells (`DOUBLED`), a sum's kind named after its period, a mutuelle and a total « d'aides » are read (`MONEY_KINDS`),
« quelques heures » more leave a higher count open (`OPEN_HOURS`), and a count of employers is read
(`EMPLOYER_COUNTS`). Each is shown at work and switched off. Fresh messages, none from batch d81 nor any corpus."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, reckoned_sums


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


HOURS = "Je fais 18 h par semaine à la médiathèque et 9 h dans une crèche associative, c'est déclaré ?"
MORE_HOURS = "Je fais 18 h par semaine à la médiathèque et quelques heures de baby-sitting, je dois le dire ?"
SIBLINGS = "Ma fille Inès a 11 ans et son petit frère en a 7, ils vont au même centre aéré."
ONE_CHILD_AGE = "J'ai deux enfants, la grande a 11 ans, et je cherche un centre aéré."
COUPLE = "Mon compagnon a 61 ans et moi 58, nous voulons nous pacser avant la retraite."
BIRTH_YEARS = "Je suis né en 1975 et ma femme en 1979, on voudrait faire une donation."
RENT = "Mon loyer est passé de 350 € à 700 € depuis que le bailleur a changé."
RAISE = "Mon loyer est passé de 350 € à 500 € depuis que le bailleur a changé."
MUTUAL = "Je paie 45 € de mutuelle par mois pour moi seul."
ALIMONY = "Je reçois 4 800 € par an de pension alimentaire de mon ex-mari."
AIDS = "Je touche 310 € d'APL et 180 € d'allocations familiales par mois."


def test_hours_in_pieces_are_summed() -> None:
    assert _verdict("Vous travaillez 27 heures par semaine.", HOURS) == CONSISTENT
    assert _verdict("Vous cumulez 27 heures de travail par semaine.", HOURS) == CONSISTENT
    assert _verdict("Vous travaillez 35 heures par semaine.", HOURS) == CONTRADICTED


def test_hour_sums_off_reads_only_the_first_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_sums, "HOUR_SUMS", False)
    assert _verdict("Vous travaillez 27 heures par semaine.", HOURS) == CONTRADICTED
    assert _verdict("Vous cumulez 27 heures de travail par semaine.", HOURS) == "none"


def test_open_hours_leaves_a_higher_count_open(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous travaillez 25 heures par semaine.", MORE_HOURS) == UNSUPPORTED
    assert _verdict("Vous travaillez 12 heures par semaine.", MORE_HOURS) == CONTRADICTED
    monkeypatch.setattr(reckoned_sums, "OPEN_HOURS", False)
    assert _verdict("Vous travaillez 25 heures par semaine.", MORE_HOURS) == CONTRADICTED


def test_a_side_job_said_a_cote_leaves_the_hours_counted() -> None:
    side = "À côté de mes études, je suis vendeur 14 heures par semaine dans une librairie."
    assert _verdict("Vous travaillez 20 heures par semaine.", side) == CONTRADICTED


def test_a_gap_between_children_is_worked_out() -> None:
    assert _verdict("Vos enfants ont quatre ans d'écart.", SIBLINGS) == CONSISTENT
    assert _verdict("Vos enfants ont deux ans d'écart.", SIBLINGS) == CONTRADICTED
    assert _verdict("Vos enfants ont quatre ans d'écart.", ONE_CHILD_AGE) == UNSUPPORTED


def test_a_gap_within_the_couple_is_worked_out() -> None:
    assert _verdict("Vous avez trois ans de moins que votre compagnon.", COUPLE) == CONSISTENT
    assert _verdict("Vous avez trois ans de plus que votre compagnon.", COUPLE) == CONTRADICTED
    assert _verdict("Vous avez quatre ans de plus que votre femme.", BIRTH_YEARS) == CONSISTENT
    assert _verdict("Vous avez deux ans de plus que votre femme.", BIRTH_YEARS) == CONTRADICTED


def test_age_gaps_off_reads_no_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_sums, "AGE_GAPS", False)
    assert _verdict("Vous avez trois ans de plus que votre compagnon.", COUPLE) == CONSISTENT  # « votre compagnon »
    assert _verdict("Vos enfants ont quatre ans d'écart.", ONE_CHILD_AGE) != UNSUPPORTED


def test_a_doubling_is_judged_against_the_change() -> None:
    assert _verdict("Votre loyer a doublé.", RENT) == CONSISTENT
    assert _verdict("Votre loyer a doublé.", RAISE) == CONTRADICTED
    assert _verdict("Votre loyer a doublé.", "Mon loyer a beaucoup augmenté cette année.") == UNSUPPORTED


def test_doubled_off_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_sums, "DOUBLED", False)
    assert _verdict("Votre loyer a doublé.", RAISE) == "none"


def test_money_kinds_read_monthly_and_yearly_sums() -> None:
    assert _verdict("Votre mutuelle vous coûte 540 euros par an.", MUTUAL) == CONSISTENT
    assert _verdict("Votre mutuelle vous coûte 600 euros par an.", MUTUAL) == CONTRADICTED
    assert _verdict("Vous recevez 400 euros par mois de pension alimentaire.", ALIMONY) == CONSISTENT
    assert _verdict("Vous recevez 450 euros par mois de pension alimentaire.", ALIMONY) == CONTRADICTED
    assert _verdict("Vous recevez 490 euros d'aides par mois.", AIDS) == CONSISTENT
    assert _verdict("Vous recevez 520 euros d'aides par mois.", AIDS) == CONTRADICTED


def test_money_kinds_off_leaves_such_sums_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_sums, "MONEY_KINDS", False)
    assert _verdict("Votre mutuelle vous coûte 600 euros par an.", MUTUAL) == "none"
    assert _verdict("Vous recevez 520 euros d'aides par mois.", AIDS) == "none"


EMPLOYERS = "Depuis la rentrée je travaille pour deux écoles, une association et un particulier, tout en CESU."


def test_employers_are_counted() -> None:
    assert _verdict("Vous avez quatre employeurs.", EMPLOYERS) == CONSISTENT
    assert _verdict("Vous avez trois employeurs.", EMPLOYERS) == CONTRADICTED
    assert _verdict("Vous n'avez qu'un seul employeur.", "J'ai plusieurs employeurs, surtout des familles.") == (
        CONTRADICTED
    )
    assert _verdict("Vous avez trois employeurs.", "J'ai plusieurs employeurs, surtout des familles.") == UNSUPPORTED


def test_employer_counts_off_reads_no_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reckoned_sums, "EMPLOYER_COUNTS", False)
    assert _verdict("Vous avez trois employeurs.", EMPLOYERS) == "none"
