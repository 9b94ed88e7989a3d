"""Fifty-third pass (engineer-d85, issue 14): health and disability figures the message gives, said again by a draft
(`persona.health_figures`). A GIR (`READ_GIR`), the category of an invalidity pension (`READ_INVALIDITY_CATEGORY`)
and hours of human help with their period (`READ_AID_HOURS`) are compared by value; a figure said right vouches for
no other fact of its sentence that the message leaves open (`FIGURES_NEED_FACTS`). Each is shown at work, beside its
look-alikes, and switched off. Fresh messages, none from batch d85 nor any corpus."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, health_figures


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


GIR = "Mon père a 89 ans, l'évaluatrice du conseil départemental l'a classé en GIR 3 la semaine dernière."
GIR_WORDS = "Bonjour, ma tante est en gir trois depuis l'an passé, elle vit seule à Nevers."
GIR_RULE = "On m'a dit que l'APA était pour les GIR 1 à 4, je ne sais pas où en est ma mère."
CATEGORY = "Je suis en invalidité 2ème catégorie depuis 2022 après mon AVC."
CATEGORY_CODE = "pension d'invalidite categorie 1 depuis mars, je bosse encore un peu"
CATEGORIES_LISTED = "Quelle différence entre les catégories 1 et 2 de l'invalidité ? Je viens de faire la demande."
HELP = "Ma fille a la PCH aide humaine, 52 heures par mois, et une auxiliaire de vie vient le soir."
HELP_NEEDED = "Mon mari a besoin d'aide 4 heures par jour mais l'APA ne finance que 40 heures par mois."


def test_a_gir_is_read_and_compared() -> None:
    assert _verdict("Votre père a été classé en GIR 3.", GIR) == CONSISTENT
    assert _verdict("Votre père relève du GIR 1.", GIR) == CONTRADICTED
    assert _verdict("Votre tante est classée en GIR 3.", GIR_WORDS) == CONSISTENT
    assert _verdict("Votre tante est classée en GIR 5.", GIR_WORDS) == CONTRADICTED


def test_a_gir_range_or_condition_is_no_figure() -> None:
    assert _verdict("Votre mère est classée en GIR 2.", GIR_RULE) == "none"
    assert _verdict("Si votre père était classé en GIR 5, l'APA ne serait pas versée.", GIR) == "none"
    assert _verdict("L'APA est versée aux personnes classées en GIR 1 à 4.", GIR) == "none"


def test_gir_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health_figures, "READ_GIR", False)
    assert _verdict("Votre père relève du GIR 1.", GIR) == "none"


def test_an_invalidity_category_is_read_in_its_forms() -> None:
    assert _verdict("Vous percevez une pension d'invalidité de catégorie 2.", CATEGORY) == CONSISTENT
    assert _verdict("Vous êtes en invalidité de première catégorie.", CATEGORY) == CONTRADICTED
    assert (
        _verdict("Votre pension d'invalidité de 1re catégorie vous permet de travailler.", CATEGORY_CODE) == CONSISTENT
    )
    assert _verdict("Vous touchez une pension d'invalidité de deuxième catégorie.", CATEGORY_CODE) == CONTRADICTED


def test_categories_listed_are_no_figure() -> None:
    assert _verdict("Vous percevez une pension d'invalidité de catégorie 2.", CATEGORIES_LISTED) != CONTRADICTED


def test_category_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health_figures, "READ_INVALIDITY_CATEGORY", False)
    assert _verdict("Vous êtes en invalidité de première catégorie.", CATEGORY) != CONTRADICTED


def test_hours_of_help_keep_their_period() -> None:
    assert _verdict("Votre fille bénéficie de cinquante-deux heures d'aide humaine par mois.", HELP) == CONSISTENT
    assert _verdict("Votre fille bénéficie de 52 heures d'aide humaine par semaine.", HELP) == CONTRADICTED
    assert _verdict("Votre fille bénéficie de 60 heures d'aide humaine par mois.", HELP) == CONTRADICTED


def test_help_needed_is_no_help_granted() -> None:
    assert _verdict("L'APA finance quatre heures d'aide par jour pour votre mari.", HELP_NEEDED) == CONTRADICTED
    assert _verdict("L'APA finance 40 heures d'aide par mois pour votre mari.", HELP_NEEDED) == CONSISTENT


def test_aid_hours_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health_figures, "READ_AID_HOURS", False)
    assert _verdict("Votre fille bénéficie de 52 heures d'aide humaine par semaine.", HELP) != CONTRADICTED


def test_a_figure_vouches_for_no_fact_left_open(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre fille, âgée de 12 ans, bénéficie de 52 heures d'aide humaine par mois."
    assert _verdict(sentence, HELP) == UNSUPPORTED
    monkeypatch.setattr(health_figures, "FIGURES_NEED_FACTS", False)
    assert _verdict(sentence, HELP) == CONSISTENT


def test_a_figure_the_message_does_not_give_leaves_the_sentence_alone() -> None:
    assert _verdict("Votre père bénéficie de 30 heures d'aide à domicile par mois.", GIR) == "none"
    assert _verdict("Votre père a été classé en GIR 3.", HELP) == "none"


def test_shipped_values() -> None:
    assert health_figures.READ_GIR is True
    assert health_figures.READ_INVALIDITY_CATEGORY is True
    assert health_figures.READ_AID_HOURS is True
    assert health_figures.FIGURES_NEED_FACTS is True
