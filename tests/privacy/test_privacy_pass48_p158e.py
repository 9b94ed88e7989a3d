"""Forty-eighth pass, privacy (issue 13, engineer-p158e): employers of yesterday and today, small firms named
without a word of work.

A capitalised "-erie" trade's word and its owner's surname is a firm wherever it stands
(`erie_firms.ERIE_FIRMS`); a capitalised common noun and more capitalised words after « chez » is a sign
(`chez_signs.CHEZ_SIGNS`); a span cut at one end by another keeps its rest when it is still a name or a number
(`overlap_rests.KEEP_RESTS`); a masked firm's surname said again after a first name is a person
(`firm_surnames.FIRM_SURNAMES`). Fresh sentences, none from the corpora; each rule with its switch off and the
neighbour it leaves alone.
"""

import pytest

from guichet.privacy import firm_surnames, overlap_rests
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import chez_signs, erie_firms


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_switches_as_shipped() -> None:
    assert erie_firms.ERIE_FIRMS is True
    assert chez_signs.CHEZ_SIGNS is True
    assert overlap_rests.KEEP_RESTS is True
    assert firm_surnames.FIRM_SURNAMES is True


_ERIE = [
    ("Mon bulletin de mars vient de Miroiterie Lagarrigue, je n'y comprends rien.", "Miroiterie Lagarrigue"),
    ("J'ai passé douze ans à la Marbrerie Zanetti avant mon accident.", "Marbrerie Zanetti"),
    ("Le solde de tout compte de Tôlerie Vasseur est arrivé hier.", "Tôlerie Vasseur"),
]


@pytest.mark.parametrize(("text", "firm"), _ERIE)
def test_an_erie_firm_is_masked(text: str, firm: str, monkeypatch: pytest.MonkeyPatch) -> None:
    body = _body(text)
    assert firm not in body and "[EMPLOYEUR_1]" in body, body
    monkeypatch.setattr(erie_firms, "ERIE_FIRMS", False)
    monkeypatch.setattr(chez_signs, "CHEZ_SIGNS", False)
    assert "[EMPLOYEUR_1]" not in _body(text)


@pytest.mark.parametrize(
    "text",
    [
        "Présentez-vous à la Gendarmerie Nationale ou à la Trésorerie Générale de votre département.",
        "La Loterie Nationale a fermé il y a longtemps.",
    ],
)
def test_a_public_erie_body_stays(text: str) -> None:
    assert _body(text) == text


_SIGNS = [
    ("Avant j'étais chez Climatisation Pujol, à Rodez.", "Climatisation Pujol"),
    ("Depuis 2019 je suis chez Crèche Les Lucioles, c'est une structure privée.", "Crèche Les Lucioles"),
    ("L'été chez Fruits Rouges Delmas, l'hiver au ski.", "Fruits Rouges Delmas"),
]


@pytest.mark.parametrize(("text", "firm"), _SIGNS)
def test_a_sign_after_chez_is_masked(text: str, firm: str, monkeypatch: pytest.MonkeyPatch) -> None:
    body = _body(text)
    assert firm not in body and "[EMPLOYEUR_1]" in body, body
    monkeypatch.setattr(chez_signs, "CHEZ_SIGNS", False)
    monkeypatch.setattr(erie_firms, "ERIE_FIRMS", False)
    assert "EMPLOYEUR" not in _body(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je fais mes courses chez Carrefour Market le samedi.", "Carrefour Market"),  # a chain one shops at
        ("J'ai pris rendez-vous chez France Travail lundi.", "France Travail"),  # a public body
    ],
)
def test_a_person_a_chain_or_a_public_body_after_chez_is_no_sign(text: str, kept: str) -> None:
    body = _body(text)
    assert kept in body and "EMPLOYEUR" not in body, body


def test_a_kin_word_after_chez_is_a_person() -> None:
    body = _body("Cet été je dors chez Tata Yvette.")
    assert "Yvette" not in body and "EMPLOYEUR" not in body, body


def test_a_signature_after_an_identifier_keeps_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je n'arrive pas à me connecter. Réf. de l'avis : 25 31 456 789 012 K. Éloïse Marchand"
    body = _body(text)
    assert "Éloïse Marchand" not in body and "Marchand" not in body, body
    monkeypatch.setattr(overlap_rests, "KEEP_RESTS", False)
    assert "Éloïse Marchand" in _body(text)


def test_a_number_cut_by_a_signature_keeps_its_digits() -> None:
    body = _body("Merci de regarder mon dossier. Identifiant : 8841207 R. Noémie Castel")
    assert "8841207" not in body and "Noémie Castel" not in body, body


def test_a_word_of_a_sentence_left_by_a_cut_span_stays() -> None:
    text = "Mon contrat chez Serrurerie Kerbrat a pris fin en juin, je cherche du travail."
    body = _body(text)
    assert "je cherche du travail" in body and "Mon contrat" in body, body


def test_the_firm_owner_said_again_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Je donne des coups de main à Fromagerie Vauchelard le samedi. Est-ce déclarable ? "
        "Rose Vauchelard (la fromagerie est à mon frère)"
    )
    body = _body(text)
    assert "Vauchelard" not in body, body
    monkeypatch.setattr(firm_surnames, "FIRM_SURNAMES", False)
    assert "Rose Vauchelard" in _body(text)


def test_a_french_word_of_the_firm_said_again_stays() -> None:
    body = _body("J'ai travaillé chez Garage Moderne, puis la Place Moderne a fermé.")
    assert "la Place Moderne a fermé" in body, body
