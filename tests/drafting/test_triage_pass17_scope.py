"""Triage, seventeenth pass of issue 12: a pet's care at the vet is no public body's to pay for.

The health insurer's own words ("opéré", "remboursement", "feuille de soins") kept such asks in scope; a mairie's
procedures for a dog that bit someone, or puppies sold, stay with the office.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from tests.drafting.triage_helpers import rules


@pytest.mark.parametrize(
    ("title", "body", "office"),
    [
        (
            "Opération de ma chatte",
            "Bonjour, ma chatte a été opérée d'un calcul à la clinique vétérinaire, 640 euros. La sécurité sociale "
            "peut-elle rembourser une partie ?",
            "CPAM",
        ),
        (
            "Vétérinaire",
            "Bonjour, mon vieux chien doit se faire enlever une tumeur chez le véto. Y a-t-il une aide de la Caf pour "
            "payer l'opération ?",
            "CAF",
        ),
    ],
)
def test_a_pets_care_asked_of_a_social_office_is_out_of_scope(title, body, office):
    result = rules(title, body, office)
    assert "out_of_scope" in result.labels
    assert result.competent is not None


@pytest.mark.parametrize(
    ("title", "body", "office"),
    [
        (
            "Chiots",
            "Bonjour, ma chienne a eu six chiots, le vétérinaire les a vaccinés. Je voudrais les vendre pour payer "
            "sa facture : faut-il un numéro de déclaration ?",
            "URSSAF",
        ),
        (
            "Morsure",
            "Bonjour, mon chien a mordu un livreur hier. Le vétérinaire doit le voir trois fois : faut-il aussi une "
            "déclaration à la mairie et qui paie les visites ?",
            "Mairie",
        ),
    ],
)
def test_an_offices_own_question_about_an_animal_stays(title, body, office):
    assert "out_of_scope" not in rules(title, body, office).labels
