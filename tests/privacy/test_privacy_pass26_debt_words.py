"""Twenty-sixth pass, privacy (p68): a title or a shouted line about a debt is no name ("Changement de RIB",
"Renouvellement AEEH", "EN PLAN DE REDRESSEMENT"); the name in such a message stays masked. Fresh sentences, none
from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Modification de RIB", "RIB"),
        ("Prolongation AEEH", "AEEH"),
        ("MON DOSSIER DE SURENDETTEMENT EST EN PLAN DE REDRESSEMENT DEPUIS MARS", "PLAN DE REDRESSEMENT"),
    ],
)
def test_a_debt_word_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_the_name_beside_it_is_still_masked() -> None:
    masked = pseudonymise("Bonjour,\nje joins mon nouveau RIB.\nCordialement,\nSylvain Marchetti").text
    assert "Marchetti" not in masked and "RIB" in masked, masked
