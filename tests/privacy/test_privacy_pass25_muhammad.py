"""Twenty-fifth pass, privacy: the abbreviation of Muhammad that begins many South Asian and Malay names ("Md.",
"Mohd") is a word of the name, masked with it; "MD" in capitals, a doctor's title, and a sentence's words stay.
Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Cordialement,\nMd. Shafiqul ISLAM\n06 11 22 33 44", "Md."),
        ("Signature : Mohd. Hafiz bin Osman", "Mohd"),
        ("merci, Md Jahangir HOSSAIN", "Md"),
    ],
)
def test_the_abbreviation_goes_with_the_name(text: str, gone: str) -> None:
    masked = output(text)
    assert gone not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("J'ai vu le MD hier pour mon dos.", "MD"),
        ("Le fichier s'appelle notes.md et il est vide.", "notes.md"),
    ],
)
def test_a_title_or_a_word_stays(text: str, kept: str) -> None:
    assert kept in output(text)
