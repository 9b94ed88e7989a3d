"""Thirty-fourth pass, over-masking (engineer-p101e): a name's word said again in lower case as a French word of the
sentence stays visible; the name itself, and a name the writer types in lower case, stay masked. Fresh sentences,
none from the corpora."""

import pytest

from guichet.privacy.lower_words import lower_french_repeat
from guichet.privacy.pseudonymise import pseudonymise, pseudonymise_message


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        (
            "Mon beau-frère Hervé Charpentier est venu. Le charpentier a refait le toit, Charpentier a payé.",
            "Charpentier",
            "Le charpentier a refait",
        ),
        (
            "Ma voisine Odile Berger m'aide. Son fils est berger dans les Pyrénées et Mme Berger garde le chien.",
            "Berger",
            "est berger dans",
        ),
        (
            "Je suis la fille de Lucien Meunier. Le meunier du moulin voisin a connu Meunier enfant.",
            "Meunier",
            "Le meunier du moulin",
        ),
    ],
)
def test_the_lower_case_word_stays_and_the_name_goes(text: str, name: str, word: str) -> None:
    result = pseudonymise(text)
    assert name not in result.text
    assert word in result.text


def test_a_word_of_the_title_said_in_lower_case_in_the_body_stays() -> None:
    title, body = pseudonymise_message(
        title="Héritage Fontaine",
        body="Bonjour, la fontaine de la cour fuit depuis l'héritage de M. Fontaine, mon grand-oncle.",
    )
    assert "Fontaine" not in body.text and "Fontaine" not in title.text
    assert "la fontaine de la cour" in body.text


def test_a_name_the_writer_types_in_lower_case_stays_masked_everywhere() -> None:
    result = pseudonymise("je m'appelle rose mercier. mercier c'est mon nom de jeune fille, rose mon prénom.")
    assert "mercier" not in result.text
    assert "rose" not in result.text


def test_a_first_name_typed_in_lower_case_stays_masked_though_it_is_a_word() -> None:
    result = pseudonymise("Message de Julien Peyrot à 10:02. Moi à 11:40 : julien tu réponds ??")
    assert "julien" not in result.text.lower()


def test_a_lower_case_word_that_is_no_french_word_is_still_the_name() -> None:
    result = pseudonymise("Mon collègue Adama Konaté est parti. konaté ne répond plus au téléphone.")
    assert "onaté" not in result.text


def test_a_login_or_an_address_holding_the_word_stays_masked() -> None:
    text = "M. Julien Berger. Mon identifiant du portail est famille-berger-4410 et mon mail berger.julien71@free.fr"
    result = pseudonymise(text)
    assert "berger" not in result.text.lower()


def test_the_rule_reads_case_length_and_neighbours() -> None:
    assert lower_french_repeat("il est boulanger", 7, "boulanger", ["Thomas", "Boulanger"])
    assert lower_french_repeat("(boulanger)", 1, "boulanger", ["Boulanger"])
    assert not lower_french_repeat("il est boulanger", 7, "boulanger", ["thomas", "boulanger"])  # written lower
    assert not lower_french_repeat("il est Boulanger", 7, "Boulanger", ["Boulanger"])  # capitalised: the name
    assert not lower_french_repeat("le roy", 3, "roy", ["Roy"])  # too short to tell
    assert not lower_french_repeat("un nguyen", 3, "nguyen", ["Nguyen"])  # no French word
    assert not lower_french_repeat("est berger", 4, "berger", ["Martin"])  # no name holds it
    assert not lower_french_repeat("berger.j@free.fr", 0, "berger", ["Berger"])  # an address
    assert not lower_french_repeat("famille-berger", 8, "berger", ["Berger"])  # a handle
