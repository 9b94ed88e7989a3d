"""Employers and birthplaces on papers copied into a message (forty-third pass, engineer-p136e).

The examples are written for this file (none comes from corpora/privacy/); each rule is checked on and off through
its switch in `guichet.privacy.recognizers.paper_employers` (all turned on here, whatever their shipped value).
"""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import paper_employers, spaced_forms


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


LEAKED_BEFORE = [
    (
        "Ligne du bulletin :\nEmployeur : BOULANGERIE DU MARCHÉ COUVERT — Salarié : M. DUPUIS Léon",
        "BOULANGERIE DU MARCHÉ COUVERT",
        "PAPER_FIELDS",
    ),
    (
        "TRANSPORTS MOREAU ET FILS\nZI des Hauts-Champs, 45200 Montargis\n\nCERTIFICAT DE TRAVAIL\n"
        "Nous certifions que M. Karim Bensaïd a été employé du 01/02/2020 au 30/06/2025.",
        "TRANSPORTS MOREAU ET FILS",
        "LETTERHEADS",
    ),
    (
        "J'ai travaillé à la Filature Delannoy de 1982 à 1987 puis aux Tissages Dubrulle jusqu'en 2019.",
        "Tissages Dubrulle",
        "NEXT_WORKPLACE",
    ),
    (
        "Voici l'attestation.\nCordialement,\nNadia Ferhat\nGestionnaire paie — Propreté Urbaine du Grand Ouest",
        "Propreté Urbaine du Grand Ouest",
        "SIGNATURE_FIRMS",
    ),
    (
        "Merci.\n\nBien à vous,\nMarc Tissot\nComptable\nCabinet comptable des Remparts, Langres\n",
        "Cabinet comptable des Remparts",
        "SIGNATURE_FIRMS",
    ),
    ("Nom : MARTIN\nLieu de naiss. : QUIMPER\n", "QUIMPER", "BIRTH_ABBREVIATIONS"),
    ("Date de naiss. : 3O 01 1995\nSexe : F", "3O 01 1995", "BIRTH_ABBREVIATIONS"),
]


@pytest.fixture
def all_on(monkeypatch):
    for name in ("PAPER_FIELDS", "LETTERHEADS", "NEXT_WORKPLACE", "SIGNATURE_FIRMS", "BIRTH_ABBREVIATIONS"):
        monkeypatch.setattr(paper_employers, name, True)


@pytest.mark.parametrize(("text", "planted", "switch"), LEAKED_BEFORE)
def test_masked_with_the_switch_on(all_on, text, planted, switch):
    assert not survives(planted, "employer", _body(text))


@pytest.mark.parametrize(("text", "planted", "switch"), LEAKED_BEFORE)
def test_left_with_the_switch_off(all_on, monkeypatch, text, planted, switch):
    monkeypatch.setattr(paper_employers, switch, False)
    # (p193e) « 3O 01 1995 » is a date in spaced pieces once the scan is read: that reading off, to see this one
    monkeypatch.setattr(spaced_forms, "READ_SPACED_DATES", False)
    assert survives(planted, "employer", _body(text))


@pytest.mark.parametrize(
    "text",
    [
        "Employeur : SARL Nettoyage Industriel Francilien, 12 rue des Lilas, 93000 Bobigny",
        "Raison sociale : Menuiserie Artisanale du Perche\nAdresse : 4 rue du Moulin, 61400 Mortagne",
        "Nettoyage Industriel Francilien\n12 avenue Jean-Jaurès\n93000 Bobigny\n\nATTESTATION EMPLOYEUR",
        "Il a été magasinier chez Brico Dépôt puis chez Quincaillerie Lemercier & Fils jusqu'à sa retraite.",
    ],
)
def test_employers_of_other_shapes(all_on, text):
    body = _body(text)
    assert "[EMPLOYEUR_1]" in body
    for word in ("Francilien", "Perche", "Lemercier"):
        assert word not in body


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a public employer's field, a paper's title above an address, towns after "puis"
        ("Employeur : Mairie de Lyon — Service des sports", "Mairie de Lyon"),
        ("CERTIFICAT DE TRAVAIL\n12 rue de la Paix, 75002 Paris", "CERTIFICAT DE TRAVAIL"),
        ("J'ai travaillé à Lille puis à Roubaix avant de revenir à Lens.", "Roubaix"),
        # a shop one buys from, not a workplace
        ("J'ai acheté un frigo chez Darty puis un lave-linge chez Boulanger.", "Boulanger"),
        # a public office after the signer's job, a town after it
        ("Cordialement,\nSophie Lenoir\nAssistante sociale - Mairie de Lens", "Mairie de Lens"),
        ("Cordialement,\nKarim Belaïd\nChef d'équipe - Paris", "Paris"),
        # a town lived in, not a birthplace
        ("Ville de résidence : Rennes", "Rennes"),
    ],
)
def test_what_stays(all_on, text, kept):
    assert kept in _body(text)
