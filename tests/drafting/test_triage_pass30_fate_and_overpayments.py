"""Triage, thirtieth pass of issue 12 (engineer-co): a swear word at fate, at a bad month or at the paperwork in
general is no abuse; a trop-perçu the writer asks how to repay is no complaint; days without eating properly are
distress. Guards: swearing at what the office owns or does stays abusive; a trop-perçu the office is said to claim,
or called unjust, stays a complaint.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

AT_FATE = [
    ("CAF", "déménagement", "Quelle semaine pourrie, le camion est en panne. Je déclare la nouvelle adresse où ?"),
    ("CPAM", "attestation", "Ma journée de merde continue : où je télécharge mon attestation de droits ?"),
    ("Impôts", "avis", "Bordel de bordel, j'ai égaré mon avis. Comment en obtenir une copie ?"),
    ("Mairie", "liste électorale", "C'est le bordel chez moi avec les cartons. Comment m'inscrire sur les listes ?"),
    ("CAF", "naissance", "Merde alors, j'ai oublié de déclarer la naissance. Je peux encore le faire en ligne ?"),
    ("CAF", "courses", "Putain de temps, tout a pourri dans le jardin. Bref, la prime d'activité tombe quand ?"),
]


@pytest.mark.parametrize(("office", "title", "body"), AT_FATE)
def test_swearing_at_fate_is_no_abuse(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


AIMED = [
    ("CAF", "site", "Votre site de merde a encore planté, je déclare comment ?"),
    ("CAF", "remboursement", "Rendez-moi mes 120 euros, bordel."),
    ("CPAM", "agents", "Vous êtes tous des pourris à la caisse."),
    ("CAF", "courrier", "Vos courriers c'est de la merde, personne n'y comprend rien."),
]


@pytest.mark.parametrize(("office", "title", "body"), AIMED)
def test_swearing_at_the_office_stays_abusive(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE in result.labels


def test_an_overpayment_to_repay_is_no_complaint():
    body = "J'ai un trop-perçu de 430 euros sur ma prime d'activité. Puis-je le rembourser en quatre fois ?"
    assert TriageLabel.COMPLAINT not in triage(title="dette", body=body, administration="CAF", use_model=False).labels


@pytest.mark.parametrize(
    "body",
    [
        "Vous me réclamez encore un trop-perçu de 700 euros, j'avais tout déclaré à temps.",
        "Ce trop-perçu est complètement injustifié, je n'ai jamais changé de situation.",
    ],
)
def test_an_overpayment_claimed_or_called_unjust_stays_a_complaint(body):
    assert TriageLabel.COMPLAINT in triage(title="indu", body=body, administration="CAF", use_model=False).labels


def test_days_without_eating_properly_is_distress():
    body = (
        "J'écris pour ma grand-mère de 80 ans qui vit seule. Elle n'a pas mangé correctement depuis une semaine, "
        "elle ne se lève presque plus. A-t-elle droit à une aide à domicile ?"
    )
    result = triage(title="ma grand-mère", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels
