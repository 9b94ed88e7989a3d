"""Twenty-seventh pass, privacy (p72, p74e): a lower-case name the gazetteer lacks, signed at the end of an
SMS-style message after a closing word or after the number that ends it; an app's account named without quotes.
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("slt on est 3 sur le chantier, le patron paye pas. mon numero 06 41 27 83 90 marvelo", "marvelo"),
        ("bjr mon dossier est bloqué depuis 2 mois. merci tchanelo", "tchanelo"),
        ("rappeler moi au 07 12 48 90 33, zoltano", "zoltano"),
    ],
)
def test_a_lower_case_sms_signature_is_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("joignable au 06 41 27 83 90 whatsapp", "whatsapp"),
        ("mon numero 06 41 27 83 90 merci", "merci"),
        ("le dossier est en cours. merci infiniment", "infiniment"),
        ("rappelez moi au 06 41 27 83 90 urgent", "urgent"),
    ],
)
def test_a_word_after_the_number_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_an_account_without_quotes_is_masked() -> None:
    masked = pseudonymise("La course a été réservée dans l'application sous le compte lea.marchal77 hier soir.").text
    assert "lea.marchal77" not in masked and "marchal" not in masked.lower(), masked


def test_a_site_after_compte_stays() -> None:
    assert "ameli.fr" in pseudonymise("Je n'arrive pas à me connecter à mon compte ameli.fr depuis lundi.").text


@pytest.mark.parametrize(
    ("text", "kept", "masked"),
    [
        ("Je suis coursier, Thomas Lefranc, et je livre le soir.", "coursier", "Lefranc"),
        ("bonjour je suis mercier depuis vingt ans, mon nom est Paul Girardot", "mercier", "Girardot"),
    ],
)
def test_a_trade_after_je_suis_is_no_name(text: str, kept: str, masked: str) -> None:
    result = pseudonymise(text).text
    assert kept in result and masked not in result, result


def test_a_first_name_after_je_suis_is_still_masked() -> None:
    assert "yasmina" not in pseudonymise("bonjour je suis yasmina, mon dossier est bloqué").text
