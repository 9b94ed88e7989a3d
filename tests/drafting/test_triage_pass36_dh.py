"""Triage, thirty-sixth pass of issue 12 (engineer-dh): a polite message written in capitals is not abusive; the
office asked to chase a victims' guarantee fund or the over-indebtedness commission is asked another body's act,
in distress too; a fault of the office (an address given away, a ceremony cancelled the day before, papers lost)
is a complaint. Guards: an insult in capitals stays abusive; the office's own step beside the commission stays in
scope; a landlord who lost a file is no complaint against the office.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_model import ARTEFACT_PATH
from guichet.drafting.triage_shouting import calm_case, shouted

needs_model = pytest.mark.skipif(not ARTEFACT_PATH.exists(), reason="no triage artefact shipped")


def _rules(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


def _full(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration)


def test_capitals_are_read_as_shouting_only_over_most_letters():
    assert shouted("BONJOUR JE VOUDRAIS UN RENDEZ-VOUS POUR MA CARTE D'IDENTITE MERCI")
    assert not shouted("Bonjour, je voudrais un rendez-vous à la CAF et à l'ANTS pour ma CNI. Merci")
    assert not shouted("MERCI")  # too few letters to say anything


def test_calm_case_keeps_placeholders_and_sentence_starts():
    assert calm_case("BONJOUR [NOM_1]. JE SUIS A [VILLE_2]\nMERCI") == "Bonjour [NOM_1]. Je suis a [VILLE_2]\nMerci"


POLITE_CAPITALS = [
    (
        "Mairie",
        "HORAIRES",
        "BONJOUR JE VOUDRAIS SAVOIR LES HORAIRES DE LA MAIRIE LE MERCREDI ET SI IL FAUT UN RENDEZ VOUS POUR UNE "
        "CARTE D IDENTITE. MERCI BEAUCOUP BONNE JOURNEE",
    ),
    (
        "CAF",
        "APL ETUDIANT",
        "BONSOIR JE SUIS ETUDIANTE EN PREMIERE ANNEE ET JE VOUDRAIS SAVOIR QUAND ARRIVE LE PREMIER VERSEMENT DE "
        "L'AIDE AU LOGEMENT APRES LA DEMANDE. MERCI POUR VOTRE AIDE",
    ),
    (
        "CPAM",
        "CARTE VITALE",
        "BONJOUR J AI PERDU MA CARTE VITALE COMMENT EN AVOIR UNE NOUVELLE ET COMBIEN DE TEMPS CA PREND. MERCI DE "
        "VOTRE REPONSE",
    ),
]


@needs_model
@pytest.mark.parametrize(("administration", "title", "body"), POLITE_CAPITALS)
def test_a_polite_request_in_capitals_is_neither_abusive_nor_an_injection(administration, title, body):
    # What the gate decides: no abuse and no order to the AI. Whether the office is competent is the model's own
    # reading, the same in any case (the lead's retrain, 4b42e03, reads the town hall's hours and an identity card
    # asked of the Mairie as another body's business, 0.71 in ordinary case: a false alarm left for the next pass).
    labels = _full(administration, title, body).labels
    assert TriageLabel.ABUSIVE not in labels
    assert TriageLabel.INJECTION not in labels
    assert TriageLabel.DISTRESS not in labels


@needs_model
def test_an_insult_in_capitals_stays_abusive():
    result = _full(
        "Mairie",
        "ACTE DE NAISSANCE",
        "BANDE DE CONNARDS, CA FAIT TROIS SEMAINES QUE J'ATTENDS MON ACTE DE NAISSANCE. VOUS ETES DES INCAPABLES.",
    )
    assert TriageLabel.ABUSIVE in result.labels


CHASE_ANOTHER_BODY = [
    (
        "Mairie",
        "indemnisation",
        "On m'a accordé une indemnisation après mon agression mais rien n'est versé et je vais perdre mon logement. "
        "Est-ce que la mairie peut relancer le fonds de garantie pour qu'ils paient ?",
    ),
    (
        "CAF",
        "surendettement",
        "Mon dossier est bloqué depuis des mois. Pourriez-vous appeler la commission de surendettement pour "
        "accélérer ?",
    ),
    (
        "CCAS",
        "victime",
        "Pouvez-vous écrire à la CIVI pour que ma demande d'indemnisation passe en priorité ?",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), CHASE_ANOTHER_BODY)
def test_chasing_a_fund_or_a_commission_is_another_bodys_act(administration, title, body):
    result = _rules(administration, title, body)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None
    assert result.competent["topic"] == "acte_d_un_autre_organisme"


def test_the_chased_fund_stays_out_of_scope_beside_distress():
    result = _rules(
        "Mairie",
        "expulsion",
        "J'ai été poignardée il y a deux ans, je ne peux plus travailler et je suis convoquée pour l'expulsion la "
        "semaine prochaine. Je n'ai personne. Est-ce que la mairie peut relancer le fonds de garantie ?",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert TriageLabel.COMPLAINT not in result.labels


def test_the_offices_own_step_beside_the_commission_stays_in_scope():
    result = _rules(
        "CAF",
        "surendettement",
        "Bonjour, j'ai déposé un dossier à la commission de surendettement. Dois-je vous prévenir et cela change-t-il "
        "le calcul de mon APL ?",
    )
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


OFFICE_FAULTS = [
    (
        "Mairie",
        "confidentialité",
        "Je vous avais demandé de garder ma nouvelle adresse confidentielle. Vous avez donné mon adresse à mon "
        "ancien compagnon qui s'est présenté à l'accueil.",
    ),
    (
        "Mairie",
        "mariage",
        "Vous nous avez annulé la cérémonie de mariage la veille par un simple mail, avec quarante invités prévus.",
    ),
    (
        "CAF",
        "pièces",
        "Vous avez encore perdu mes justificatifs, c'est la deuxième fois que je les dépose à l'accueil.",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), OFFICE_FAULTS)
def test_a_fault_of_the_office_is_a_complaint(administration, title, body):
    assert TriageLabel.COMPLAINT in _rules(administration, title, body).labels


NO_OFFICE_FAULT = [
    ("ADIL", "bail", "Mon propriétaire a perdu l'état des lieux d'entrée. Que dois-je faire pour ma caution ?"),
    (
        "Mairie",
        "mariage",
        "Nous voulons reporter notre mariage de juin à septembre. Faut-il refaire la publication des bans ?",
    ),
    ("CAF", "adresse", "Je vous ai donné ma nouvelle adresse le mois dernier, faut-il aussi la changer en ligne ?"),
]


@pytest.mark.parametrize(("administration", "title", "body"), NO_OFFICE_FAULT)
def test_a_step_or_a_third_partys_loss_is_no_complaint(administration, title, body):
    assert TriageLabel.COMPLAINT not in _rules(administration, title, body).labels
