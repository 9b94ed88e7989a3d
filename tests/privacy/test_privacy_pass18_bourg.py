"""Eighteenth pass, privacy: a home in a village's centre ("au bourg de X") with the way to the house or after where
someone lives, and the name the papers give in brackets after a name. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Mon père vit au bourg de Lescouët, juste derrière la mairie.",
            "bourg de Lescouët, juste derrière la mairie",
        ),
        ("Nous habitons au bourg de Saint-Urcize depuis mars.", "bourg de Saint-Urcize"),
        ("madame Roussille\nau bourg de Jou a coté du garage\nmerci", "bourg de Jou a coté du garage"),
    ],
)
def test_a_home_in_the_village_centre(text: str, value: str) -> None:
    assert not survives(value, "address", output(text)), output(text)


def test_the_village_centre_alone_stays() -> None:
    text = "Le bourg de Lanvéoc est joli en été."
    assert "Lanvéoc" in output(text), output(text)


def test_the_name_the_papers_give_in_brackets() -> None:
    text = "Ma tante Maï Le Gac (Josette sur les papiers) est entrée en maison de retraite."
    assert not survives("Josette", "first_name", output(text)), output(text)
