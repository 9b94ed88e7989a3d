"""Twentieth pass, privacy: a first name that heads a line of a list ("Anouk – CM2" above "Jaïna – CP"), after a
number ("1. Noa – CE1") or after a label's colon ("Famille Morel : Timéo, …"); a short form of a found name alone
on its line, in any case ("domi" above "Dominique Oberlé").
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


def test_first_names_heading_the_lines_of_a_list() -> None:
    masked = output(
        "Bonjour,\nje voudrais inscrire mes deux fils au centre de loisirs de la commune.\nKylian – CM2\nTiméo – CP\n"
        "Ils déjeunent sur place le mercredi.\nCordialement,\nSandrine Perret"
    )
    assert not survives("Kylian", "first_name", masked), masked
    assert not survives("Timéo", "first_name", masked), masked


def test_a_first_name_after_a_number() -> None:
    masked = output("Je garde deux enfants.\n1. Noa – CE1, le matin\n2. une petite fille le soir\nMerci")
    assert not survives("Noa", "first_name", masked), masked


def test_a_first_name_after_a_labels_colon() -> None:
    masked = output("Mes deux employeurs :\nFamille Morvan : Kylian, garde périscolaire ;\nFamille Rey : ménage.")
    assert not survives("Kylian", "first_name", masked), masked


def test_a_heading_line_that_is_no_first_name_stays() -> None:
    text = "Objet : dossier de retraite\nRemarque : pièces jointes – deux\nMerci de votre retour."
    assert output(text) == text


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Ma carte grise est perdue, que dois-je faire ?\ndomi\n---\nDominique Oberlé\nGarage Oberlé", "domi"),
        ("J'attends ma pension depuis mars.\nseb\n--\nSébastien Vautrin, retraité de la SNCF", "seb"),
    ],
)
def test_a_short_form_of_a_found_name_alone_on_its_line(text: str, short: str) -> None:
    masked = output(text)
    assert not survives(short, "first_name", masked), masked


def test_a_french_word_alone_on_its_line_stays() -> None:
    text = "Je suis Mercédès Lanoë, je vous écris pour ma pension.\nMerci\nCordialement"
    masked = output(text)
    assert "Merci" in masked and "Cordialement" in masked, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je joins la facture du kiné.\nCordialement - Pascale", "Pascale"),
        ("Je joins la facture du kiné.\nBien à vous – Prudence", "Prudence"),
    ],
)
def test_a_first_name_after_a_closing_and_a_dash(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "first_name", masked), masked
