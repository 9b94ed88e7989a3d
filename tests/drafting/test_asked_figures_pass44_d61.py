"""The asked check, forty-fourth pass (engineer-d61): numbers in words, weekdays and days of every month read as
figures, a figure asked and given by no source (`guichet.drafting.asked_figures`), and a hearsay or a belief the
writer asks to confirm (`guichet.drafting.asked_hearsay`). Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_figures, asked_hearsay
from guichet.drafting.asked import find_asked
from guichet.drafting.asked_figures import asked_when, calendar_figures, in_digits
from guichet.text import fold


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


# --- numbers in words --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("valable dix ans", "valable 10 ans"),
        ("deux cent cinquante euros", "250 euros"),
        ("quarante-cinq jours", "45 jours"),
        ("d'un mois", "d'1 mois"),
        ("le cinq de chaque mois", "le 5 de chaque mois"),
        ("le premier du mois", "le 1 du mois"),
    ],
)
def test_numbers_in_words_are_read_as_digits(text: str, expected: str) -> None:
    assert in_digits(fold(text)) == expected


@pytest.mark.parametrize("text", ["un enfant", "une part", "les deux dossiers", "un dossier"])
def test_a_small_number_before_no_unit_stays_a_word(text: str) -> None:
    assert in_digits(fold(text)) == fold(text)


def test_weekdays_and_days_of_the_month_are_figures() -> None:
    assert calendar_figures(fold("Les permanences ont lieu le mardi et le 5 de chaque mois.")) == {
        "mardi",
        "5 du mois",
    }


def test_a_questions_when_is_asked_its_age_is_told() -> None:
    question = in_digits(fold("ma fille de douze ans peut-elle venir le samedi, tous les deux mois ?"))
    assert asked_when(question) == {"samedi", "2"}


def test_a_sum_in_words_told_back_in_digits_passes() -> None:
    message = "Je paie deux cent cinquante euros de cantine par trimestre, est-ce déductible ?"
    assert not _flagged("Vous payez 250 euros de cantine par trimestre.", message)


def test_a_duration_in_digits_beside_the_passages_in_words_passes() -> None:
    message = "Combien de jours ai-je pour résilier mon abonnement ?"
    passage = "Le délai de résiliation est de trente jours."
    assert not _flagged("Vous avez 30 jours pour résilier votre abonnement.", message, passage)


def test_the_sum_switch_off_reads_words_as_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_figures, "NUMBERS_IN_WORDS", False)
    assert in_digits(fold("trois cents euros")) == fold("trois cents euros")


# --- a figure asked, given by no source ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("Le marché de Noël ouvre-t-il le dimanche ?", "Le marché de Noël ouvre le dimanche."),
        ("Quel jour passe le camion des encombrants ?", "Le camion des encombrants passe le troisième jeudi du mois."),
        ("Combien de temps dure la validité du permis de chasser ?", "Le permis de chasser est valable dix ans."),
        ("La visite médicale a-t-elle lieu tous les cinq ans ?", "La visite médicale a lieu tous les 5 ans."),
        (
            "Les permanences de l'assistante sociale sont-elles le mardi ou le vendredi ?",
            "Les permanences de l'assistante sociale ont lieu le vendredi.",
        ),
    ],
)
def test_a_figure_asked_and_given_by_no_source_is_flagged(message: str, sentence: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(
    ("message", "sentence", "passage"),
    [
        (
            "Le marché de Noël ouvre-t-il le dimanche ?",
            "Le marché de Noël ouvre le dimanche.",
            "Le marché est ouvert tous les jours, dimanche compris.",
        ),
        (
            "La bourse est versée à quelle date ?",
            "La bourse arrive le cinq de chaque mois.",
            "La bourse est versée le 5 de chaque mois.",
        ),
        ("Mon fils de quatorze ans peut-il travailler l'été ?", "Votre fils a 14 ans.", ""),
        (
            "Je travaille le mercredi et le samedi, puis-je avoir la prime d'activité ?",
            "Vous travaillez le mercredi et le samedi.",
            "",
        ),
        ("Quel jour la médiathèque ouvre-t-elle ?", "Merci pour votre message du 3 mars.", ""),
        (
            "Est-ce que la piscine municipale est fermée le lundi ?",
            "Vous demandez si la piscine municipale est fermée le lundi.",
            "",
        ),
        ("Quel jour puis-je déposer mes encombrants ?", "Appelez la mairie pour prendre rendez-vous.", ""),
        (
            "J'ai versé six cents euros de caution, combien vais-je récupérer ?",
            "Vous avez versé 600 euros de caution.",
            "",
        ),
    ],
)
def test_a_figure_sourced_told_reported_or_unrelated_passes(message: str, sentence: str, passage: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_the_figure_switches_off_read_no_weekday(monkeypatch: pytest.MonkeyPatch) -> None:
    message, sentence = "Le marché de Noël ouvre-t-il le dimanche ?", "Le marché de Noël ouvre le dimanche."
    monkeypatch.setattr(asked_figures, "FIGURE_ANSWERED", False)
    assert not _flagged(sentence, message)
    monkeypatch.setattr(asked_figures, "FIGURE_ANSWERED", True)
    monkeypatch.setattr(asked_figures, "WEEKDAYS", False)
    assert not _flagged(sentence, message)


# --- a hearsay or a belief asked to be confirmed -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (
            "Mon voisin m'a dit que la prime de Noël est versée à tout le monde, c'est vrai ?",
            "La prime de Noël est versée à tous les foyers.",
        ),
        ("Je pense que mon dossier est complet, c'est bien ça ?", "Votre dossier est complet."),
        ("Je crois que l'amende est de cent trente-cinq euros, c'est bien ça ?", "L'amende est de 135 euros."),
    ],
)
def test_a_hearsay_asked_to_be_confirmed_answered_is_flagged(message: str, sentence: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(
    ("message", "sentence", "passage"),
    [
        (
            "On m'a dit de passer à la mairie. Quels papiers dois-je apporter ?",
            "On vous a conseillé de passer à la mairie.",
            "",
        ),
        (
            "J'ai entendu dire que les allocations augmentent en avril, c'est exact ?",
            "Vous avez entendu dire que les allocations augmentent en avril.",
            "",
        ),
        (
            "Il paraît que la carte d'identité est valable quinze ans, c'est vrai ?",
            "La carte d'identité d'un majeur est valable quinze ans.",
            "La carte d'identité est valable 15 ans pour une personne majeure.",
        ),
        ("Je pense déménager en mars à Lyon. Dois-je prévenir la Caf ?", "Vous allez déménager à Lyon en mars.", ""),
    ],
)
def test_a_hearsay_sourced_told_back_or_a_plan_passes(message: str, sentence: str, passage: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_the_hearsay_switch_off_reads_the_claim_as_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_hearsay, "HEARSAY_ASKED", False)
    assert not _flagged("Votre dossier est complet.", "Je pense que mon dossier est complet, c'est bien ça ?")
