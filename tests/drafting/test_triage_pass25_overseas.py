"""Triage, twenty-fifth pass of issue 12, from the unseen batch bs (people of the overseas departments): the
collective water and power cuts of Mayotte, Guadeloupe or an island after a cyclone are no household in distress;
walls rotten with damp and a "putain" of weariness are no abuse; a threat to come with a cane knife, said in Réunion
creole, is; a child's medical evacuation asked back of the CGSS is its own business. Guards: a household's own supply
cut, "putain de caf", "administration pourrie", a hunting knife taken to the woods, a hotel booking asked of the CGSS.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

COLLECTIVE_CUTS = [
    (
        "Mairie",
        "cantine",
        "Bonjour, l'eau est encore coupée mardi dans toute la commune de Koungou. La cantine est-elle ouverte les "
        "jours sans eau ? Doit-on la payer quand même ?",
    ),
    (
        "CAF",
        "déclaration",
        "Bonjour, après le cyclone il n'y avait plus de courant dans tout le quartier pendant une semaine, je n'ai "
        "pas pu faire ma déclaration trimestrielle à temps. Est-ce grave ?",
    ),
]


@pytest.mark.parametrize(("office", "title", "body"), COLLECTIVE_CUTS)
def test_a_collective_cut_is_no_household_in_distress(office, title, body):
    result = triage(title=title, body=body, administration=office)
    assert TriageLabel.DISTRESS not in result.labels


def test_a_household_s_own_supply_cut_stays_distress():
    body = (
        "Bonjour, on nous a coupé l'eau pour une facture impayée, en plus des coupures du quartier. J'ai trois "
        "enfants et plus rien pour acheter des bouteilles. Une aide est possible ?"
    )
    result = triage(title="eau coupée", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels


NOT_ABUSE = [
    "Nous sommes six dans un T2, les murs pourris d'humidité, les enfants toussent. Où en est ma demande ?",
    "Putain c'est long, trois heures de car pour venir à l'agence. Je peux faire l'entretien en visio ?",
    "Le bois de la case est tout pourri par les termites : une aide pour améliorer l'habitat existe-t-elle ?",
]


@pytest.mark.parametrize("body", NOT_ABUSE)
def test_literal_rot_and_a_weary_interjection_are_no_abuse(body):
    result = triage(title="question", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


ABUSE = [
    "Si lundi mi trouve pas l'argent, mi mont à la CAF avec mon sabre, zot va voir.",
    "Mwen ka vini avec mon coutelas si zot pa réponn, zot ke wer.",
    "Putain de CAF, trois mois sans rien.",
    "Administration pourrie, vous êtes tous pourris.",
]


@pytest.mark.parametrize("body", ABUSE)
def test_threats_in_creole_and_aimed_insults_are_abusive(body):
    result = triage(title="question", body=body, administration="CAF", use_model=False)
    assert TriageLabel.ABUSIVE in result.labels


def test_a_hunting_knife_taken_to_the_woods_is_no_threat():
    body = "Mi monte dans les hauts avec mon coutelas pour couper les goyaviers, faut-il un permis pour la chasse ?"
    result = triage(title="question", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


def test_a_medical_evacuation_asked_back_of_the_cgss_stays_in_scope():
    body = (
        "Bonjour, ma fille a eu une évasan vers Paris en mai. J'ai avancé le billet d'avion de l'accompagnant et "
        "l'hôtel près de l'hôpital. Où en est le remboursement ?"
    )
    result = triage(title="frais", body=body, administration="CGSS", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_a_hotel_booking_asked_of_the_cgss_is_still_sent_away():
    body = "Bonjour, pouvez-vous me réserver un hôtel et un billet d'avion pour mes vacances en Martinique ?"
    result = triage(title="vacances", body=body, administration="CGSS", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
