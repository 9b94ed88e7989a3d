"""Triage, thirty-third pass of issue 12 (engineer-cy): the office asked to act on a private party (call the bank,
make an insurer pay, write to the neighbour, ask the hospital) is out of scope, read in distress too, where the
distress label and its contacts stay; a scam loss told in distress is out of scope too, and a fake of the office's
site is no account of the writer's there; whether a benefit is taxable, asked of the tax office, and an aid asked of
a CCAS are their own. Guards: a relative asked after by a pronoun, the employer's salary certificate at the CPAM, the
Banque de France's droit au compte, a landlord and mould at the Caf keep the office's business.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import administration_profiles, out_of_scope_vetoed, topic_scores, triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_private_act import asks_office_to_act_on_private_party


def _rules(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


PRIVATE_ACT_IN_DISTRESS = [
    (
        "CAF",
        "compte gelé",
        "Mes enfants n'ont rien mangé depuis hier soir et je n'ai plus un centime. Ma banque a gelé mon compte "
        "après une fraude. Pouvez-vous téléphoner à ma banque pour qu'elle débloque mon argent ?",
    ),
    (
        "Préfecture",
        "à la rue",
        "Le marchand de sommeil nous a mis dehors, je dors sous un pont avec ma fille depuis trois nuits. Je "
        "demande à la préfecture d'obliger ce propriétaire à nous rendre nos affaires.",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), PRIVATE_ACT_IN_DISTRESS)
def test_private_act_asked_in_distress_is_out_of_scope_and_keeps_the_distress(administration, title, body):
    result = _rules(administration, title, body)
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent["topic"] == "acte_d_un_tiers_prive"
    assert result.emergency_contacts


PRIVATE_ACT = [
    (
        "Mairie",
        "tempête",
        "Mon assureur refuse de payer les dégâts de la tempête sur ma toiture. La mairie peut-elle contacter "
        "mon assureur pour qu'il m'indemnise enfin ?",
    ),
    (
        "CPAM",
        "visite",
        "Mon père est en réanimation depuis lundi. Est-ce que vous pouvez demander à l'hôpital de me laisser "
        "entrer en dehors des heures de visite ?",
    ),
    (
        "France Travail",
        "ma voisine",
        "Ma voisine du dessus fait des travaux tous les soirs jusqu'à 23 h. Est-ce que France Travail pourrait "
        "lui envoyer un courrier pour qu'elle arrête ?",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), PRIVATE_ACT)
def test_private_act_asked_of_the_office_is_out_of_scope(administration, title, body):
    result = _rules(administration, title, body)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent["topic"] == "acte_d_un_tiers_prive"


def test_the_rule_reads_the_pipelines_pseudonymised_text_too():
    # Through the full triage (model included): the rule's out of scope stands whatever the model's score.
    result = triage(
        title="compte gelé",
        body="Il me reste deux euros pour nourrir mes trois enfants ce soir. Pouvez-vous appeler ma banque pour "
        "qu'elle annule le prélèvement de [PERSONNE_1] ?",
        administration="CAF",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.OUT_OF_SCOPE in result.labels


OWN_BUSINESS = [
    # A relative asked after by a pronoun is no private party.
    (
        "Assurance retraite",
        "courriers",
        "Ma mère ne comprend plus les courriers de sa caisse depuis son AVC. Pouvez-vous lui écrire avec des "
        "phrases plus simples ?",
    ),
    # The employer's salary certificate is what the CPAM's own daily allowances wait for.
    (
        "CPAM",
        "indemnités",
        "Mon employeur n'a toujours pas transmis l'attestation de salaire. Est-ce que la CPAM peut relancer mon "
        "employeur pour que mes indemnités partent ?",
    ),
    # The Banque de France's own procedure makes a bank open an account.
    (
        "Banque de France",
        "droit au compte",
        "Trois banques ont refusé de m'ouvrir un compte. Pouvez-vous obliger une banque à m'ouvrir un compte ?",
    ),
    # A landlord asked to treat mould is the Caf's own non-decency procedure.
    (
        "CAF",
        "moisissures",
        "Les murs de la chambre sont couverts de moisissures et le propriétaire ne fait rien. La CAF peut-elle "
        "obliger le propriétaire à faire les travaux ?",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), OWN_BUSINESS)
def test_the_offices_own_business_is_no_private_act(administration, title, body):
    result = _rules(administration, title, body)
    assert result.competent is None or result.competent["topic"] != "acte_d_un_tiers_prive"


def test_the_guards_in_the_pure_function():
    text = fold("Mon employeur traîne. Pouvez-vous appeler mon employeur pour l'attestation de salaire ?")
    assert not asks_office_to_act_on_private_party([], text)
    assert asks_office_to_act_on_private_party([], fold("Pouvez-vous appeler mon employeur pour mon salaire ?"))
    bank = fold("Pouvez-vous obliger une banque à m'ouvrir un compte ?")
    assert not asks_office_to_act_on_private_party([], bank, office=fold("Banque de France"))
    assert asks_office_to_act_on_private_party([], bank, office=fold("CAF"))
    fees = fold("Pouvez-vous appeler ma banque pour qu'elle annule les frais ?")
    assert asks_office_to_act_on_private_party([], fees, office=fold("Banque de France"))
    mould = fold("Il y a des moisissures partout. Pouvez-vous obliger le propriétaire à traiter ?")
    assert not asks_office_to_act_on_private_party([], mould, home_decency_is_own=True)
    assert asks_office_to_act_on_private_party([], mould)


def test_scam_loss_in_distress_is_out_of_scope_and_a_fake_site_is_no_own_account():
    result = _rules(
        "CPAM",
        "faux site ameli",
        "J'ai cliqué sur un faux site ameli pour ma carte Vitale, j'ai mis mes infos de carte bancaire et ils "
        "m'ont tout pris. Je n'ai plus rien pour nourrir mes enfants. La CPAM peut-elle me rembourser ?",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent["topic"] == "escroquerie"


def test_fraud_on_the_writers_own_caf_account_stays_in_scope():
    result = _rules(
        "CAF",
        "RIB changé",
        "Quelqu'un a changé le RIB de mon compte CAF et ma prime d'activité est partie sur un autre compte après un "
        "faux SMS. La CAF peut-elle me rembourser le versement ?",
    )
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_tax_status_asked_of_the_tax_office_is_its_own():
    title, body = (
        "pension d'invalidité",
        "Je touche une pension d'invalidité de la sécurité sociale depuis mars, après mon arrêt maladie. "
        "Est-ce qu'elle est imposable et faut-il la déclarer ?",
    )
    assert "maladie" in topic_scores(title, body)
    assert TriageLabel.OUT_OF_SCOPE not in _rules("Impôts", title, body).labels
    assert out_of_scope_vetoed(topic_scores(title, body), administration_profiles("Impôts"), None, body)


def test_an_aid_asked_of_a_ccas_is_its_own():
    title, body = (
        "reste à charge",
        "Ma mutuelle ne rembourse pas tout le fauteuil roulant et il me reste 400 euros de frais médicaux. Est-ce "
        "que le CCAS peut m'aider à payer une partie ?",
    )
    assert TriageLabel.OUT_OF_SCOPE not in _rules("CCAS", title, body).labels


def test_a_tax_status_told_without_a_question_is_not_an_ask():
    # Only a question counts: a statement beside the illness keeps the competence map's decision.
    statement = fold("Mes indemnités journalières sont imposables, je le sais bien.")
    question = fold("Mes indemnités journalières sont-elles imposables ?")
    impots = administration_profiles("Impôts")
    assert not out_of_scope_vetoed({"maladie": 3.0}, impots, None, statement)
    assert out_of_scope_vetoed({"maladie": 3.0}, impots, None, question)
