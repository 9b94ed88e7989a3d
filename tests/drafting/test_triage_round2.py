"""Triage, round 2 of the ninth pass of issue 12 (after the unseen measurement of batch u): a medical act asked of
an office, a private party's contract asked "because you pay her pension", the office's own online account, a person
in distress asking the office written to for its own help, and a food charity named by a giver. Every message here
was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import (
    MEDICAL_ASK,
    administration_profiles,
    asks_office_for_help,
    medical_ask,
)
from tests.drafting.triage_helpers import rules, vetoed


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        (
            "Mairie",
            "fièvre",
            "Ma fille de 4 ans a 38,5 de fièvre, je lui ai donné de l'ibuprofène à midi. Est-ce que je peux lui "
            "redonner du paracétamol ce soir ?",
        ),
        (
            "Assurance maladie",
            "traitement",
            "Le neurologue m'a mis sous Lamictal 25 mg. Est-ce que je peux doubler la dose si les crises reviennent ?",
        ),
        (
            "France Travail",
            "angine",
            "Prescrivez-moi un antibiotique pour mon angine, je dois être en forme pour ma formation lundi.",
        ),
        ("Assurance maladie", "kiné", "Rédigez-moi une ordonnance de kiné pour mon genou, je l'imprimerai."),
    ],
)
def test_a_dose_or_a_prescription_asked_of_any_office_is_a_doctors_business(administration, title, body):
    result = rules(title, body, administration)
    assert "out_of_scope" in result.labels
    assert result.competent["topic"] == MEDICAL_ASK["topic"]
    assert "15" in result.competent["body"]


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        # A medicine's reimbursement, a prescription already written, a dose with no medicine, a "donner" of papers.
        ("Assurance maladie", "Mon Doliprane 1000 mg n'est plus remboursé qu'à 30 %, est-ce normal ?"),
        ("Assurance maladie", "Le médecin m'a rédigé une ordonnance de transport : le taxi est-il remboursé ?"),
        ("Mairie", "Est-ce que je peux donner procuration à ma sœur pour retirer mon passeport ?"),
        ("Caisse d'allocations familiales", "Je dois prendre quel justificatif pour le rendez-vous de mardi ?"),
    ],
)
def test_a_medicine_or_a_prescription_in_an_office_question_is_no_medical_ask(administration, body):
    assert not medical_ask("", body)
    assert "out_of_scope" not in rules("", body, administration).labels


def test_a_private_contract_asked_because_the_office_pays_the_person_lifts_the_map_veto():
    asked = (
        "Mon oncle est décédé en juin, j'étais bénéficiaire de son assurance-vie au Crédit Mutuel qui traîne. "
        "Comme vous lui versiez sa retraite, vous pouvez débloquer l'argent ?"
    )
    assert not vetoed("retraite de mon oncle", asked, "Assurance retraite")
    # The same reason with no private party: a question on the pension itself stays the office's.
    own = "Comme vous lui versiez sa retraite, faut-il vous rendre la pension de juin versée après son décès ?"
    assert vetoed("retraite de mon oncle", own, "Assurance retraite")


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        ("Assurance maladie", "Je n'arrive plus à me connecter à mon espace ameli, le code par SMS ne vient pas."),
        ("Caisse d'allocations familiales", "Sur l'appli Caf je ne vois plus mes paiements, mot de passe refusé."),
    ],
)
def test_the_office_own_online_account_is_its_business(administration, body):
    assert vetoed("connexion", body, administration)


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        ("Caisse d'allocations familiales", "Mon compte Instagram a été piraté, comment récupérer mon mot de passe ?"),
        # Another office's topic beside the account: the map decides as before.
        ("Caisse d'allocations familiales", "Sur mon compte Caf on me dit de renouveler mon passeport, c'est vous ?"),
    ],
)
def test_another_account_or_another_office_topic_gets_no_account_veto(administration, body):
    assert not vetoed("compte", body, administration)


def test_a_person_in_distress_asking_the_office_for_its_own_help_is_helped_there():
    profiles = administration_profiles("Mairie")
    asked = "Le gaz est coupé, on a froid avec les petits. La mairie peut-elle nous donner une aide pour payer ?"
    assert asks_office_for_help(profiles, "froid", asked)
    # Asking the office to act against a private party is no help of its own.
    against = "Mon propriétaire garde ma caution. La mairie peut-elle intervenir ou me donner une aide ?"
    assert not asks_office_for_help(profiles, "caution", against)
    # An aid of another office named without the office written to.
    assert not asks_office_for_help(profiles, "froid", "Le gaz est coupé. Une aide existe-t-elle ?")


def test_a_food_charity_named_by_a_giver_or_a_volunteer_is_no_hunger():
    tax = "Je verse 15 € par mois à l'épicerie solidaire du quartier, est-ce déductible de mes impôts ?"
    assert "distress" not in rules("dons", tax, "Impôts").labels
    volunteer = "Je suis bénévole aux Restos du cœur le samedi : puis-je garder mon ARE ?"
    assert "distress" not in rules("bénévolat", volunteer, "France Travail").labels
    # Fed by the charity: distress, as before.
    fed = "Depuis mars on ne mange que grâce aux Restos du cœur, mes enfants ont faim le soir."
    assert "distress" in rules("aide", fed, "Caisse d'allocations familiales").labels
