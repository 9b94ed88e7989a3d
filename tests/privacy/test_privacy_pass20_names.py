"""Twentieth pass, privacy: a birth name after a found name and "née", whatever the word ("Gisèle Tardy nee Marchand",
"nee Petit"), a line "Surname, First name" ("Lehmann, Ulrike"), a notary's office by its holders' names
("Étude Vasseur-Marchal"), an address after a date of birth (its year is no house number).
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ma grand-mère Gisèle Tardy nee Marchand (03/04/1936) n'a plus de retraite.", "Marchand"),
        ("ma tante Huguette Ravel nee Boulanger le 5/6/1944, veuve depuis mars", "Boulanger"),
        ("ma mere Lucienne Bardet nee Petit demande la pension de reversion.", "Petit"),
    ],
)
def test_a_birth_name_after_nee_whatever_the_word(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "last_name", masked), masked


def test_nee_then_a_date_or_a_place_stays_a_date_or_a_place() -> None:
    masked = output("Mme Lucienne Bardet née le 3 mai 1950 à Oran (Algérie) demande sa pension.")
    # (thirty-eighth pass: the country of birth is masked, as a birth abroad)
    assert "née le" in masked and "([PAYS_NAISSANCE_ETRANGER_1])" in masked, masked


def test_a_line_surname_comma_first_name() -> None:
    masked = output(
        "Bonjour,\n\nje suis autrichienne et je vis en Alsace depuis 2021. Ma caisse de retraite de Graz m'a écrit "
        "que mon attestation de vie doit être signée par la mairie. Est-ce que la mairie peut le faire ou faut-il "
        "aller au consulat ?\n\nLehmann, Ulrike\nnée le 02.05.1958\nLieu-dit Ober, 67330 Bouxwiller\n"
        "Handy: +43 664 218 3390 / fixe 03 88 70 22 15"
    )
    assert not survives("Lehmann", "last_name", masked), masked


def test_a_greeting_comma_first_name_stays_a_greeting() -> None:
    masked = output("Merci pour votre aide.\nBonjour, Ulrike")
    assert "Bonjour" in masked, masked


def test_a_notarys_office_by_its_holders_names() -> None:
    masked = output("Le solde a été versé sur le compte de la succession (Étude Vasseur-Marchal, Amiens).")
    assert not survives("Vasseur-Marchal", "last_name", masked), masked


def test_an_address_after_a_date_of_birth() -> None:
    masked = output(
        "M. Roland Tessier, né le 14/03/1941, résidence Les Mimosas, 7 rue des Arbousiers, 83400 Hyères, souhaite "
        "s'inscrire sur le registre canicule."
    )
    assert "7 rue des Arbousiers" not in masked and "Arbousiers" not in masked, masked
