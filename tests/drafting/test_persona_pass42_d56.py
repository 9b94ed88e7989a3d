"""Forty-second pass (engineer-d56): people who correct themselves or others in their message ("pardon, c'était en
2020", "en fait non, 16 mois", "je veux dire net", "mon frère prétend que…, mais c'est faux"), earnings without a
salary's name ("vacations", what a season "rapporte") and money the writer pays ("vous versez"). Fresh examples,
none from batch c28; each rule with near misses that stay silent and its switch turned off."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, corrections, earnings, find_claims
from guichet.drafting.persona.corrections import corrected


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


# --- a value corrected in place ---------------------------------------------------------------------------------

WIDOW = "Je suis veuve depuis 2017, pardon, depuis 2018, mon mari est mort en janvier."
DAUGHTER = "Ma fille a 15 ans, non, 16 depuis mardi, et elle est au lycée."
WAGE = "Je gagne 1 480 € par mois, je veux dire 1 840 €, j'ai inversé les chiffres. Je suis vendeuse."


def test_the_retracted_year_is_removed_and_the_corrected_one_kept() -> None:
    assert _verdict("Vous êtes veuve depuis 2017.", WIDOW) == CONTRADICTED
    assert _verdict("Vous êtes veuve depuis 2018.", WIDOW) == CONSISTENT


def test_a_childs_corrected_age_replaces_the_first_one() -> None:
    assert _verdict("Votre fille a 15 ans.", DAUGHTER) == CONTRADICTED


def test_a_corrected_sum_replaces_the_first_one() -> None:
    assert _verdict("Vous gagnez 1 480 € par mois.", WAGE) == CONTRADICTED


def test_gross_corrected_to_net_in_words() -> None:
    message = "Mon salaire est de 2 050 € net par mois, je veux dire brut. Je suis magasinier."
    assert _verdict("Votre salaire net est de 2 050 € par mois.", message) == CONTRADICTED


def test_the_switch_off_reads_both_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corrections, "SELF_CORRECTIONS", False)
    assert _verdict("Vous êtes veuve depuis 2017.", WIDOW) == CONSISTENT
    assert _verdict("Votre fille a 15 ans.", DAUGHTER) == CONSISTENT


# --- a clause retracted, or told again in the past ----------------------------------------------------------------


def test_a_retracted_contract_is_dropped() -> None:
    message = "Je suis en CDD, pardon, en CDI depuis février, chez un grossiste."
    assert _verdict("Vous êtes en CDD.", message) == CONTRADICTED


def test_a_present_retold_in_the_past() -> None:
    message = "Je suis au RSA. Enfin, je l'étais : depuis mars j'ai un CDI."
    assert corrected("je suis au rsa. enfin, je l'etais : depuis mars j'ai un cdi.").startswith("j'etais au rsa")
    assert _verdict("Vous percevez le RSA.", message) == CONTRADICTED


def test_a_retraction_naming_another_thing_drops_the_clause() -> None:
    text = "ma carte vitale est perdue depuis 2023, ah non pardon, c'est mon permis qui est perdu depuis 2023."
    assert "carte vitale" not in corrected(text)


def test_a_wrong_value_only_keeps_the_fact() -> None:
    text = "mon conge parental a dure 6 mois, enfin non, il n'est pas fini, je le prolonge."
    assert "mon conge parental a dure" in corrected(text) and "6 mois, enfin" not in corrected(text)


# --- what another person said, denied ---------------------------------------------------------------------------

OWNER = "Mon beau-père dit que je suis propriétaire, mais c'est faux, je loue depuis dix ans."


def test_a_denied_saying_is_not_the_writers_fact() -> None:
    assert _verdict("Vous êtes propriétaire de votre logement.", OWNER) == CONTRADICTED


def test_the_denied_reports_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corrections, "DENIED_REPORTS", False)
    assert "proprietaire" in corrected("mon beau-pere dit que je suis proprietaire, mais c'est faux, je loue.")
    monkeypatch.setattr(corrections, "DENIED_REPORTS", True)
    assert "proprietaire" not in corrected("mon beau-pere dit que je suis proprietaire, mais c'est faux, je loue.")


# --- near misses: ordinary words that correct nothing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("Je suis salarié, non imposable, et je vis seul à Tours.", "Vous êtes salarié."),
        (
            "Pardon de vous déranger, je suis retraitée depuis 2019 et je vis à Agen.",
            "Vous êtes retraitée depuis 2019.",
        ),
        ("J'ai trois enfants, enfin deux à la maison, l'aîné est parti à Lille.", "Vous avez trois enfants."),
        ("Est-ce que j'ai droit à l'APL ? Non, je crois, je suis étudiante en master.", "Vous êtes étudiante."),
        ("Je voudrais un logement social, plutôt un T3, je suis locataire d'un T2.", "Vous êtes locataire."),
        ("Je touche 900 € d'ARE par mois, enfin, jusqu'en juin.", "Vous percevez 900 € d'ARE par mois."),
        ("J'ai 34 ans, pardon pour mon français, je suis arrivé en France en 2019.", "Vous avez 34 ans."),
        ("Je paie 650 € de loyer, enfin 580 € avec l'APL déduite, pour un T2.", "Vous payez un loyer de 650 €."),
        ("Non, je n'ai pas reçu votre courrier. Je suis retraité depuis 2016.", "Vous êtes retraité depuis 2016."),
    ],
)
def test_ordinary_words_correct_nothing(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONSISTENT


def test_a_contrast_after_a_full_stop_is_no_correction() -> None:
    text = "j'ai un contrat de 35 heures. en fait, je fais souvent 40 heures par semaine."
    assert corrected(text) == text


# --- earnings without a salary's name, money the writer pays ------------------------------------------------------

SEASONS = "Cette saison, les cueillettes m'ont rapporté 1 200 € et les vendanges 800 €."


def test_a_wrong_total_of_earnings_is_removed() -> None:
    assert _verdict("Vos saisons vous ont rapporté 2 200 € au total.", SEASONS) == CONTRADICTED
    assert _verdict("Vos saisons vous ont rapporté 2 000 € au total.", SEASONS) == CONSISTENT


def test_the_earnings_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(earnings, "EARNINGS_KIND", False)
    assert _verdict("Vos saisons vous ont rapporté 2 200 € au total.", SEASONS) == "none"


def test_what_the_writer_pays_is_read() -> None:
    message = "Je verse 200 € par mois à ma fille étudiante et je suis au chômage."
    assert _verdict("Vous versez 200 € par mois à votre fille.", message) == CONSISTENT


def test_the_paid_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(earnings, "PAID_BY_WRITER", False)
    message = "Je verse 200 € par mois à ma fille étudiante et je suis au chômage."
    assert _verdict("Vous versez 200 € par mois à votre fille.", message) == "none"


def test_another_persons_vacations_stay_theirs() -> None:
    message = "Mon fils touche 300 € de vacations comme animateur, moi je suis retraitée."
    assert _verdict("Vous êtes retraitée.", message) == CONSISTENT
