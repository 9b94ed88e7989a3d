"""Triage, thirty-first pass of issue 12 (engineer-cr): an insult said of a landlord, an ex, an insurer or a
neighbour is no abuse of the office (rules and model); a weary "putain" before the month it swears at is no abuse;
the CEJ at France Travail, a domiciliation at the mairie's CCAS and the allocation logement at the Caf are those
offices' business. Guards: an insult at the office, its agents or its caisse stays abusive, even beside a third
party's; the CEJ asked of another office, or a domiciliation the writer already has, are read as before.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_insult_aimed import insults_only_others

AT_OTHERS = [
    ("ADIL", "dépôt de garantie", "Mon bailleur est un sacré escroc, il retient tout le dépôt. Quel délai a-t-il ?"),
    ("CAF", "séparation", "Mon ex-mari, ce salopard, a vidé le compte joint. Comment déclarer la séparation ?"),
    ("CPAM", "remboursement", "Ma mutuelle, quels voleurs, ne prend rien en charge. Vous remboursez combien ?"),
    ("France Travail", "fin de contrat", "Cet enfoiré de patron m'a licenciée par SMS. Je m'inscris comment ?"),
    ("Mairie", "haie", "Le voisin d'en face est un vrai crétin, sa haie déborde. La mairie fixe une hauteur ?"),
    ("CAF", "pension", "Le père de mes enfants ne paie rien, j'en ai marre de ce fumier. L'ARIPA peut agir ?"),
    ("CCAS", "voiture", "Mon ex (ce connard) est parti avec la voiture. Le CCAS aide-t-il pour les transports ?"),
]


@pytest.mark.parametrize(("office", "title", "body"), AT_OTHERS)
def test_an_insult_at_a_third_party_is_no_abuse_by_the_rules(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE not in result.labels


@pytest.mark.parametrize(("office", "title", "body"), AT_OTHERS)
def test_an_insult_at_a_third_party_is_no_abuse_with_the_model_either(office, title, body):
    result = triage(title=title, body=body, administration=office)
    assert TriageLabel.ABUSIVE not in result.labels


AT_THE_OFFICE = [
    ("CAF", "dossier", "Mon conseiller est un connard, il ne répond jamais."),
    ("CAF", "argent", "Ma banque et la CAF sont des escrocs, rendez-moi mon argent."),
    ("CAF", "retenue", "Ces escrocs de la CAF m'ont encore retenu 200 euros."),
    ("ADIL", "bail", "Mon proprio est un salaud, et vous aussi vous êtes des pourris à l'ADIL."),
    ("CPAM", "caisse", "Vos agents sont des abrutis, trois fois que je renvoie la feuille."),
]


@pytest.mark.parametrize(("office", "title", "body"), AT_THE_OFFICE)
def test_an_insult_at_the_office_stays_abusive(office, title, body):
    result = triage(title=title, body=body, administration=office, use_model=False)
    assert TriageLabel.ABUSIVE in result.labels


def test_the_model_keeps_its_abusive_when_the_office_is_insulted_beside_a_third_party():
    # The third party's insult is set aside, "vous êtes pareils" turns on the office: the gate does not apply.
    text = fold("Mon proprio est un escroc et vous êtes pareils, tous des incompétents.")
    assert not insults_only_others(text)
    assert insults_only_others(fold("Mon proprio est un escroc. Combien de temps pour l'APL ?"))


@pytest.mark.parametrize(
    "body",
    [
        "Putain cette année, tout lâche en même temps. Le prêt d'équipement de la Caf existe encore ?",
        "putain ce mois ci j'ai rien compris. la prime d'activité est versée quel jour ?",
    ],
)
def test_a_weary_putain_at_the_month_or_year_is_no_abuse(body):
    assert TriageLabel.ABUSIVE not in triage(title="question", body=body, administration="CAF", use_model=False).labels


def test_putain_at_the_office_stays_abusive():
    body = "Putain de caf, trois mois sans réponse."
    assert TriageLabel.ABUSIVE in triage(title="dossier", body=body, administration="CAF", use_model=False).labels


def test_the_cej_is_france_travails_business():
    body = "L'ASE m'a parlé du contrat d'engagement jeune. Je peux le signer avec vous si j'ai 20 ans ?"
    result = triage(title="contrat d'engagement jeune", body=body, administration="France Travail", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_the_cej_asked_of_the_cpam_is_sent_to_france_travail():
    body = "Bonjour, comment je fais pour avoir l'allocation du CEJ ? J'ai 19 ans."
    result = triage(title="contrat d'engagement jeune", body=body, administration="CPAM", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None and result.competent["topic"] == "emploi"


def test_a_domiciliation_is_the_mairies_business_whatever_mail_it_receives():
    body = (
        "Je sors de détention le mois prochain. Le CCAS fait-il des domiciliations administratives pour mes "
        "courriers (CAF, impôts) ?"
    )
    result = triage(title="domiciliation", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_the_allocation_logement_weighs_against_a_tax_notice_at_the_caf():
    body = "Dois-je vous transmettre le nouvel avis pour mon allocation logement ?"
    result = triage(title="avis d'imposition", body=body, administration="CAF", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


@pytest.mark.parametrize(
    "body",
    [
        "Une agence me demande un garant. La garantie Visale marche-t-elle pour un premier emploi en intérim ?",
        "Le propriétaire refuse de faire les travaux, le logement est humide. Je peux baisser le loyer moi-même ?",
    ],
)
def test_a_tenants_question_is_the_adils_business_with_the_model_too(body):
    result = triage(title="location", body=body, administration="ADIL")
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_what_no_adil_advises_on_is_still_sent_away():
    body = "Comment demander la prime d'activité, et combien vais-je toucher ?"
    result = triage(title="prime d'activité", body=body, administration="ADIL", use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels


def test_a_deposit_awaited_from_a_landlord_is_no_complaint_at_the_adil():
    body = "J'ai rendu les clés en mars, toujours pas de dépôt de garantie. Quels sont mes recours ?"
    result = triage(title="caution", body=body, administration="ADIL", use_model=False)
    assert TriageLabel.COMPLAINT not in result.labels


def test_asking_what_appeals_exist_is_no_complaint_but_lodging_one_is():
    asked = "Ma demande d'aide a été refusée. Quels sont mes recours ?"
    lodged = "Je forme un recours contre votre décision injuste, prise sans lire mon dossier."
    assert TriageLabel.COMPLAINT not in triage(title="refus", body=asked, administration="CAF", use_model=False).labels
    assert TriageLabel.COMPLAINT in triage(title="refus", body=lodged, administration="CAF", use_model=False).labels
