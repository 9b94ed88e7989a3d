"""After the unseen batch p9 (sixth pass, measured once): a name again after an elided article ("d'Yvette"), and
the name of a birth, a death or a baptism ("la naissance de Blanche"). The examples are written for this file."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output

CASES = [
    # a first name found once is masked where an elided word is joined to it later
    ("Ma mère, Ghislaine, est en Ehpad. Les frais de l'Ehpad d'Ghislaine sont-ils déductibles ?", "Ghislaine"),
    ("Mon fils s'appelle Anatole. Je pense qu'Anatole a droit à la bourse.", "Anatole"),
    # whose birth, death or baptism it is, a first name that is also a word ("marin")
    ("Depuis le décès de Marin, mon mari, je n'ai plus de revenus.", "Marin"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_name_is_removed(text: str, name: str) -> None:
    assert not survives(name, "first_name", output(text)), output(text)


def test_a_birth_with_no_name_after_it_keeps_its_words() -> None:
    text = "La déclaration de naissance de l'enfant se fait en mairie dans les 5 jours."
    assert output(text) == text
