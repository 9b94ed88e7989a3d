"""Seventeenth pass, privacy round 2: the initials of a name found in the message, written without full stops alone
on the line that signs a note ("MC" of "Marie-Claude Vidal", "PAB" of "Pierre-Alain Bastide"); capitals alone on a
line that are no found name's initials stay. Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "De : Marie-Claude Vidal\nObjet : papiers de papa\n\n"
            "Je t'envoie la copie du livret de famille demain.\nMC",
            "MC",
        ),
        ("Transféré par Pierre-Alain Bastide.\n\nDis-moi si le notaire a répondu.\nPAB\n", "PAB"),
    ],
)
def test_initials_signing_a_note_are_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


def test_capitals_that_are_no_found_initials_stay() -> None:
    text = "Je suis Noémie Gasc, je demande le RSA depuis mars.\nRSA\nMerci de votre réponse."
    assert "RSA" in output(text), output(text)
