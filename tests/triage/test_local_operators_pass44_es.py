"""Forty-fourth pass (engineer-es): who does what in local public services (`triage_local_operators`). An act that only
a network's operator, another public body or a private party does, asked of an office that is not it, is out of scope
after the model (`LOCAL_OPERATOR_RULE`); the office's own paper wanted by a private party keeps the rules' topic
redirect off (`OWN_PAPER_GATE`). Fresh sentences, in none of the corpora, through the predicates and `triage()` with
the shipped artefact; the switches flipped at run time."""

import pytest

from guichet.drafting import triage_local_operators
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_local_operators import (
    LOCAL_SERVICES,
    local_operator_asked,
    local_redirect,
    own_paper_for_other_party,
)
from guichet.drafting.triage_profiles import administration_profiles

OUT = TriageLabel.OUT_OF_SCOPE


def _asked(office: str, message: str) -> str | None:
    service = local_operator_asked(administration_profiles(office), fold(office), fold(message))
    return None if service is None else service.key


OPERATOR_ASKS = {
    "water_company_at_cpam": (
        "CPAM",
        "Veolia m'a facturé 900 € d'eau après une fuite dans le jardin. Pouvez-vous leur demander d'annuler ?",
        "eau_delegataire",
    ),
    "network_works_at_france_travail": (
        "France Travail",
        "Enedis a coupé le courant toute la journée de jeudi pour des travaux et mon congélateur est perdu. "
        "À qui demander une indemnisation ?",
        "energie_fournisseur_reseau",
    ),
    "departmental_road_at_town_hall": (
        "Mairie",
        "Sur la RD 27, un affaissement de la chaussée a tordu ma jante. "
        "Pouvez-vous me faire rembourser la réparation ?",
        "route_departementale",
    ),
    "bank_fees_at_caf": (
        "CAF",
        "Ma banque m'a facturé 36 € de frais bancaires pour trois prélèvements rejetés, vous pouvez intervenir ?",
        "banque",
    ),
    "syndic_at_urssaf": (
        "URSSAF",
        "Notre syndic ne répond plus depuis que la porte du hall est cassée. Pouvez-vous le relancer ?",
        "syndic",
    ),
    "neighbours_thuja_at_tax_office": (
        "Impôts",
        "Les thuyas de mon voisin font six mètres et cachent tout le soleil. Pourriez-vous l'obliger à les tailler ?",
        "voisinage",
    ),
    "notary_at_msa": (
        "MSA",
        "Mon notaire garde ses honoraires sans rien faire depuis un an pour la vente du terrain. "
        "Pouvez-vous le relancer ?",
        "notaire",
    ),
    "mutuelle_at_prefecture": (
        "Préfecture",
        "Ma mutuelle refuse de rembourser ma couronne chez le dentiste. Vous pouvez leur dire de payer ?",
        "mutuelle",
    ),
}


@pytest.mark.parametrize("case", sorted(OPERATOR_ASKS))
def test_an_operators_act_asked_of_another_office_is_found(case):
    office, message, key = OPERATOR_ASKS[case]
    assert _asked(office, message) == key


OWN_BUSINESS = {
    # The département runs its roads.
    "departmental_road_at_departement": (
        "Conseil départemental",
        "Sur la RD 27, un affaissement de la chaussée a tordu ma jante. "
        "Pouvez-vous me faire rembourser la réparation ?",
    ),
    # A town's own water board.
    "municipal_water_board": (
        "Mairie",
        "Notre régie municipale des eaux m'a facturé 600 € après une fuite réparée. Veolia n'y est pour rien. "
        "Pouvez-vous annuler une partie ?",
    ),
    # An aid to pay the bill is the CCAS's own.
    "aid_for_an_energy_bill": ("CCAS", "Ma facture EDF est de 300 €, pouvez-vous m'accorder une aide pour la payer ?"),
    # A bill given as a proof of address.
    "bill_as_proof_of_address": (
        "ANTS",
        "Pour ma carte d'identité, est-ce qu'une facture Engie de janvier suffit comme justificatif de domicile ?",
    ),
    # A mairie is asked about a hedge: the mayor's police.
    "hedge_at_town_hall": ("Mairie", "La haie de mon voisin déborde sur le trottoir, pouvez-vous intervenir ?"),
    # Declaring the bank's interest is the tax office's own.
    "bank_interest_declared": ("Impôts", "Dois-je déclarer les intérêts que ma banque m'a versés sur mon livret ?"),
    # The office's own late payment, told as the cause of the bank's fees.
    "own_late_payment": (
        "CAF",
        "Votre virement est arrivé le 9 au lieu du 5 et ma banque m'a pris 24 € d'agios. Pouvez-vous les rembourser ?",
    ),
    # The operator named, nothing asked of the office about it.
    "operator_only_told": (
        "France Travail",
        "Ma box internet est en panne jusqu'à lundi. Puis-je m'actualiser par téléphone à l'agence ?",
    ),
}


@pytest.mark.parametrize("case", sorted(OWN_BUSINESS))
def test_the_offices_own_business_is_not_found(case):
    office, message = OWN_BUSINESS[case]
    assert _asked(office, message) is None


def test_every_service_names_its_body_and_source():
    for service in LOCAL_SERVICES:
        redirect = local_redirect(service)
        assert redirect["topic"].startswith("service_local_")
        assert redirect["body"] and redirect["service"]


def test_triage_gives_the_departement_as_the_body_for_its_road():
    office, message, _ = OPERATOR_ASKS["departmental_road_at_town_hall"]
    result = triage(title="", body=message, administration=office, use_model=True)
    assert OUT in result.labels
    assert result.competent is not None and "départemental" in result.competent["body"]


def test_the_own_service_gate_keeps_the_departements_own_road(monkeypatch):
    # Shipped off (no gain on validation); on, the model's out of scope on the département's own road is dropped.
    monkeypatch.setattr(triage_local_operators, "OWN_SERVICE_GATE", True)
    office, message = OWN_BUSINESS["departmental_road_at_departement"]
    assert OUT not in triage(title="", body=message, administration=office, use_model=True).labels


def test_the_own_service_gate_keeps_a_towns_water_board(monkeypatch):
    monkeypatch.setattr(triage_local_operators, "OWN_SERVICE_GATE", True)
    office, message = OWN_BUSINESS["municipal_water_board"]
    assert OUT not in triage(title="", body=message, administration=office, use_model=True).labels


def test_the_own_service_gate_leaves_another_bodys_road(monkeypatch):
    monkeypatch.setattr(triage_local_operators, "OWN_SERVICE_GATE", True)
    office, message, _ = OPERATOR_ASKS["departmental_road_at_town_hall"]
    assert OUT in triage(title="", body=message, administration=office, use_model=True).labels


def test_distress_is_left_to_the_distress_rules():
    message = (
        "EDF m'a coupé le courant, j'ai un bébé de deux mois et plus de chauffage, je n'en peux plus, "
        "je vais craquer. "
        "Pouvez-vous les appeler ?"
    )
    result = triage(title="", body=message, administration="URSSAF", use_model=True)
    assert TriageLabel.DISTRESS in result.labels


PAPER = (
    "Bonjour, pour ma mutuelle je dois fournir le relevé annuel de ma pension. Je ne le trouve pas sur le site, "
    "pouvez-vous me l'envoyer ? Mon numéro de sécurité sociale est sur vos courriers."
)


def test_the_offices_own_paper_for_a_private_party():
    assert own_paper_for_other_party(fold(PAPER))
    assert not own_paper_for_other_party(fold("Pouvez-vous m'envoyer une attestation de paiement de ma pension ?"))
    assert not own_paper_for_other_party(fold("Ma mutuelle me rembourse mal mes lunettes, est-ce normal ?"))


def test_the_paper_gate_sets_the_topic_redirect_aside(monkeypatch):
    # The rules alone: the mutuelle and the sécurité sociale make the health insurance's topic, the paper is the
    # pension fund's.
    assert OUT not in triage(title="", body=PAPER, administration="Assurance retraite", use_model=False).labels
    monkeypatch.setattr(triage_local_operators, "OWN_PAPER_GATE", False)
    assert OUT in triage(title="", body=PAPER, administration="Assurance retraite", use_model=False).labels


def test_another_bodys_paper_stays_out_of_scope():
    message = "La banque me réclame mon avis d'imposition de l'an dernier. La CAF peut-elle m'en envoyer une copie ?"
    assert own_paper_for_other_party(fold(message))
    assert OUT in triage(title="", body=message, administration="CAF", use_model=True).labels
