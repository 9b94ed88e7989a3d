"""Twenty-fifth pass, privacy: a file's code, digits with letters inside ("2022X0047219"), after "référence" is the
writer's even when a legal word comes earlier in the sentence ("naturalisation par décret (référence …)"); a
decree's, an article's or a form's number stays. Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


def test_a_file_code_after_a_legal_word_is_masked() -> None:
    masked = output("J'ai déposé ma demande de naturalisation par décret (référence 2023N0081543) il y a un an.")
    assert "2023N0081543" not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le décret n° 2021-1234 du 5 mai fixe la liste.", "2021-1234"),
        ("Voir l'article L. 262-2 du code de l'action sociale.", "262-2"),
        ("Remplissez le formulaire cerfa n° 12100*02.", "12100*02"),
    ],
)
def test_legal_numbers_stay(text: str, kept: str) -> None:
    assert kept in output(text)
