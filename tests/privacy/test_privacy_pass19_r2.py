"""Nineteenth pass, second round, privacy: what a found name is called in a relative clause ("Philomène, que tout le
monde appelle Zou"), a short form of a found first name in brackets, an age between ("Bartholomé 12 ans (Bartho)"),
a first name after a partner's word and "actuelle" ("ma femme actuelle, Fleur,").
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ma tante Philomène, que tout le monde appelle Zou, viendra signer le bail.", "Zou"),
        ("Mon oncle Anatole (qu'on appelle Tol à la ferme) ne peut plus conduire.", "Tol"),
        ("Notre voisin Bertrand, que ses collègues surnomment Bébert, nous aide pour les papiers.", "Bébert"),
        ("Ma mère Gisèle, que l'on appelle Titou, touche une petite retraite.", "Titou"),
    ],
)
def test_what_a_found_name_is_called_in_a_relative_clause(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "nickname", masked), masked


def test_a_relative_clause_without_a_name_after_it_leaves_the_text() -> None:
    masked = output("Mon fils Timothée, qu'on appelle ainsi depuis sa naissance, entre au collège.")
    assert "qu'on appelle ainsi depuis sa naissance" in masked, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon conjoint Ovidiu (Ovi) n'est pas titulaire du compte.", "Ovi"),
        ("Mon neveu Barnabé (Barnou) vit chez nous depuis mars.", "Barnou"),
        ("J'ai un fils Bartholomé 12 ans (Bartho) qui est au collège.", "Bartho"),
    ],
)
def test_a_short_form_of_a_found_first_name_in_brackets(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "nickname", masked), masked


def test_a_place_in_brackets_after_a_name_stays() -> None:
    masked = output("Mon frère Lyonel (Lyon) cherche un logement.")
    assert "(Lyon)" in masked, masked


def test_a_first_name_after_a_partner_word_and_actuelle() -> None:
    masked = output("J'ai aussi une fille avec ma femme actuelle, Fleur, qui ne travaille pas.")
    assert not survives("Fleur", "first_name", masked), masked
