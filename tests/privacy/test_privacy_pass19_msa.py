"""Nineteenth pass, privacy: "Msa", a word of Comorian names (Moussa), in title case before another capitalised word
is part of the name ("née Msa Djoumoi"), not the farmers' office; the office's own name stays when no name follows.
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je vous écris pour Mme Djoumoi, née Msa Fatima le 3 mars 1961 à Moroni.", "Msa Fatima"),
        ("Ma tante Msa Zalifa (née Msa Zalifa Abdou) vit avec nous à Marseille.", "Msa Zalifa Abdou"),
    ],
)
def test_msa_as_the_first_word_of_a_name(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "name", masked), masked


def test_the_office_stays() -> None:
    masked = output("J'ai envoyé le formulaire à la Msa le mois dernier, sans réponse.")
    assert "Msa" in masked, masked
