"""Eighteenth pass, privacy: right after a found name, what the person is called ('dit "Gwen"') or how the name is
also spelt ("(parfois écrit …)"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Bien à vous\nYves-Marie Tanguy, dit "Pipo" sur le marché\n02 98 11 40 22', "Pipo"),
        ("Ma voisine Germaine Vidal, dite Nénette, ne peut plus sortir.", "Nénette"),
        ("Mon grand-père Ahmed Ben Yahia (parfois écrit BENYAHIA) est né en Tunisie.", "BENYAHIA"),
    ],
)
def test_what_a_found_name_is_also_called(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


def test_a_word_said_after_a_name_stays() -> None:
    text = "Le docteur Lemaire dit Bonjour à chaque patient."
    assert "Bonjour" in output(text), output(text)
