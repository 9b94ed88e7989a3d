"""Fifty-fourth pass (engineer-gi): the model's out of scope is dropped where the office written to is asked its own
service — a mairie its crèche, cantine, cemetery, civil registers, electoral rolls or local taxes, a CAF its aids, a
CPAM its reimbursements — and kept where the same words are asked of the wrong body or another party's act is asked
(`triage_own_services`).

Fresh messages, in none of the corpora, through the module's public functions with the office's real profiles
(`administration_profiles`); each switch is flipped at run time."""

import pytest

from guichet.drafting import triage_own_services
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_own_services import own_service_reading, without_own_service_out_of_scope
from guichet.drafting.triage_profiles import administration_profiles

OUT = TriageLabel.OUT_OF_SCOPE
TOWN = administration_profiles("Mairie de Lamballe")
FUND = administration_profiles("CAF du Finistère")
CARE = administration_profiles("CPAM de la Sarthe")

CRECHE = fold("Bonjour, notre fils aura dix mois en janvier, reste-t-il des places à la crèche des Capucines ?")
CONCESSION = fold("Ma sœur voudrait être enterrée près de nos parents. Une concession funéraire est-elle libre ?")
PROCURATION = fold("Je pars en mission le 14, puis-je donner une procuration à ma voisine pour voter ?")
PRIME = fold("Je fais des ménages vingt heures par semaine, est-ce que je touche la prime d'activité ?")
REFUND = fold("Mon ostéo m'a donné une feuille de soins, elle est remboursée comment ?")
CANTEEN_AT_FUND = fold("Pouvez-vous inscrire mon fils à la cantine de son collège à la rentrée ?")
APL_AT_CARE = fold("Je viens de signer un bail, pouvez-vous ouvrir mon dossier d'APL ?")
PARTY_ASKED = fold("Mes semelles orthopédiques ne sont pas remboursées. Pouvez-vous appeler ma mutuelle ?")
LEVERAGE = fold("Vous me versez l'APL, alors pouvez-vous obliger mon logeur à refaire l'électricité ? Merci.")
OTHER_TOPIC = fold(
    "Pour la cantine on me demande mon avis d'impôt sur le revenu, il est faux, pouvez-vous le corriger ?"
)


def _dropped(profiles: set[str], folded: str, competent: dict[str, str] | None = None) -> bool:
    labels, learned, evidence = [OUT], [OUT] if competent is None else [], {OUT: ["modèle : 0.71"]}
    without_own_service_out_of_scope(labels, learned, evidence, competent, profiles, folded)
    return OUT not in labels


@pytest.fixture
def gates_on(monkeypatch):
    """The three readings on (shipped off: each cost gold out-of-scope items, docs/benchmarks.md)."""
    for switch in ("TOWN_SERVICES_GATE", "FUND_AIDS_GATE", "CARE_REFUNDS_GATE"):
        monkeypatch.setattr(triage_own_services, switch, True)


def test_the_shipped_switches_are_off():
    assert triage_own_services.TOWN_SERVICES_GATE is False
    assert triage_own_services.FUND_AIDS_GATE is False
    assert triage_own_services.CARE_REFUNDS_GATE is False
    assert own_service_reading(TOWN, CRECHE) is None
    assert not _dropped(FUND, PRIME)


def test_the_profiles_are_the_offices():
    assert "mairie" in TOWN and "caf" in FUND and "maladie" in CARE


def test_a_town_service_asked_of_the_mairie_is_in_scope(monkeypatch, gates_on):
    for folded in (CRECHE, CONCESSION, PROCURATION):
        assert own_service_reading(TOWN, folded) == "TOWN_SERVICES_GATE"
        assert _dropped(TOWN, folded)
    monkeypatch.setattr(triage_own_services, "TOWN_SERVICES_GATE", False)
    assert not _dropped(TOWN, CRECHE)


def test_a_fund_aid_asked_of_the_caf_is_in_scope(monkeypatch, gates_on):
    assert own_service_reading(FUND, PRIME) == "FUND_AIDS_GATE"
    assert _dropped(FUND, PRIME)
    monkeypatch.setattr(triage_own_services, "FUND_AIDS_GATE", False)
    assert not _dropped(FUND, PRIME)


def test_a_refund_asked_of_the_cpam_is_in_scope(monkeypatch, gates_on):
    assert own_service_reading(CARE, REFUND) == "CARE_REFUNDS_GATE"
    assert _dropped(CARE, REFUND)
    monkeypatch.setattr(triage_own_services, "CARE_REFUNDS_GATE", False)
    assert not _dropped(CARE, REFUND)


def test_the_same_service_asked_of_the_wrong_body_stays_out_of_scope(gates_on):
    assert own_service_reading(FUND, CANTEEN_AT_FUND) is None
    assert own_service_reading(CARE, APL_AT_CARE) is None
    assert own_service_reading(TOWN, PRIME) is None
    assert not _dropped(FUND, CANTEEN_AT_FUND)
    assert not _dropped(CARE, APL_AT_CARE)


def test_a_party_asked_or_another_body_topic_keeps_the_out_of_scope(gates_on):
    assert own_service_reading(CARE, PARTY_ASKED) is None
    assert own_service_reading(TOWN, OTHER_TOPIC) is None
    assert not _dropped(CARE, PARTY_ASKED)
    assert own_service_reading(FUND, LEVERAGE) is None


def test_a_rule_out_of_scope_is_never_dropped(gates_on):
    assert not _dropped(TOWN, CRECHE, {"topic": "x", "body": "", "service": ""})
