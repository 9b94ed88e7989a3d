"""Twenty-fifth pass, privacy: a found name written again in brackets right after it, in another case or shortened,
is masked whole, even when a word of it is a month or a French word ("Dinh Thi Mai (dinh mai)"). A bracket that is
not the name again stays. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("Bonjour c'est Tran Thi Mai (tran mai), étudiante à Nantes.", "tran mai"),
        ("Signature : Hoang Thi Mai (hoang mai)", "hoang mai"),
    ],
)
def test_the_name_again_in_brackets_is_masked(text: str, again: str) -> None:
    masked = output(text)
    assert not survives(again, "name", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bonjour, Jean Dupont (voisin) est passé hier.", "(voisin)"),
        ("Je suis Lucie Blanc (Nantes) et je vous écris.", "(Nantes)"),
    ],
)
def test_a_bracket_that_is_not_the_name_stays(text: str, kept: str) -> None:
    assert kept in output(text)
