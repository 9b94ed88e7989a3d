"""Eighteenth pass, privacy: a lieu-dit named in the running text with its Breton, Occitan or Basque shape where a
home is named, and a lieu-dit line under a date of birth. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Je vis seule à Kerbastard depuis la mort de mon mari, le bus ne passe plus.", "Kerbastard"),
        ("Adresse : Kerloc'hic, 29160 Crozon. Merci de corriger.", "Kerloc'hic"),
        ("Cordialement\nMaïwenn Troadec, Kergoff, Plomodiern", "Kergoff"),
        ("Nous habitons Lasplanques, la maison après le pont.", "Lasplanques"),
        ("Le tracteur de mon fils est resté coincé au Etxegaraia.", "Etxegaraia"),
    ],
)
def test_a_regional_lieu_dit_where_a_home_is_named(text: str, value: str) -> None:
    assert not survives(value, "address", output(text)), output(text)


def test_a_lieu_dit_line_under_a_date_of_birth() -> None:
    text = "Weber, Ingrid\nnée le 03.09.1959\nLieu-dit Ochsenhof, 67390 Marckolsheim\nTél. 03 88 21 40 17"
    assert not survives("Lieu-dit Ochsenhof, 67390 Marckolsheim", "address", output(text)), output(text)
    assert "[DATE_NAISSANCE_1]" in output(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peut-on voter depuis les îles Kerguelen ?", "Kerguelen"),
        ("La kermesse de l'école a lieu samedi.", "kermesse"),
    ],
)
def test_public_places_and_words_stay(text: str, word: str) -> None:
    assert word in output(text), output(text)
