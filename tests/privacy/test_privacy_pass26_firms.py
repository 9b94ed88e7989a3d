"""Twenty-sixth pass, privacy (p68, p70e): a firm's legal form after its name says a firm whatever word it begins
with ("la société Sécurité Roissy Gardiennage SAS"), and the firm of a bailiff, a notary or a lawyer is named after
its partners ("SCP Lambert-Ferrand", "SELARL Keraudren & Associés"). The Sécurité sociale, a public body, a
firm's form with no name stay. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Je suis agent de tri pour la société Sécurité Logistique Marne SAS depuis 2021.", "Logistique"),
        ("Mon employeur est la société Sécurité Plus Services SARL à Massy.", "Plus"),
        ("J'ai reçu un courrier de la SCP Guillemot-Arnaud, commissaires de justice.", "Guillemot-Arnaud"),
        ("Signification faite par la SELARL Perrichon & Associés le 3 mai.", "Perrichon"),
    ],
)
def test_a_firm_named_with_its_form_is_masked(text: str, word: str) -> None:
    masked = pseudonymise(text).text
    assert word not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je travaille pour la Sécurité sociale depuis dix ans.", "Sécurité sociale"),
        ("La SCP a envoyé un courrier.", "La SCP"),
        ("Une SARL peut-elle être saisie ?", "Une SARL"),
    ],
)
def test_a_public_body_or_a_bare_form_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_a_job_held_before_names_its_firm() -> None:
    masked = pseudonymise("Karim Aoudia — 51 ans — ex-magasinier chez Bricorama, sans emploi depuis mars.").text
    assert "Bricorama" not in masked, masked


def test_an_ex_colleague_is_no_job() -> None:
    assert "Décathlon" in pseudonymise("une ex-amie chez Décathlon m'a aidée").text
