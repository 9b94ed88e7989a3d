"""Thirtieth pass (engineer-r37, issue 14): the other side of a relation. An owner whose house strangers moved into,
an employer whose employee no longer comes, the family of someone who employs a carer at home and is in hospital,
a family that cannot pay the Ehpad, a relative who can no longer manage their affairs: each situation is told from
the writer's side, without the fiche's name, and points to its fiche (or, for the last, adds the fiche's words).
Sentences written fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge.query import understand
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


def _expanded(text: str) -> str:
    return " ".join(found.term.expansion for found in understand(text).vocabulary)


@pytest.mark.parametrize(
    "message",
    [
        "Notre appartement de Marseille était vide depuis l'été, des inconnus sont entrés et refusent de partir.",
        "Des gens se sont installés dans ma maison de campagne, ils ont changé les serrures, que faire ?",
        "Mon studio est squatté depuis trois semaines, la police ne bouge pas.",
    ],
)
def test_strangers_in_the_owner_s_home_point_to_the_squatters_fiche(message: str) -> None:
    assert "F35254" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # a tenant whose former flat is let again: a fraudulent notice, not a squat
        "Mon ancien propriétaire a reloué l'appartement à des inconnus après m'avoir fait partir.",
        # people who no longer live here: the electoral roll
        "Il y a sur la liste des gens qui n'habitent plus la commune depuis des années.",
    ],
)
def test_strangers_without_an_occupation_are_not_a_squat(message: str) -> None:
    assert "F35254" not in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Mon serveur ne revient plus depuis dix jours et ne répond pas au téléphone, que dois-je faire ?",
        "Un de nos salariés cumule les absences injustifiées, quelles sont mes possibilités ?",
    ],
)
def test_an_employee_who_no_longer_comes_points_to_the_job_abandonment_fiche(message: str) -> None:
    assert "F31209" in _pointed(message)


def test_the_writer_who_no_longer_comes_to_a_place_is_not_job_abandonment() -> None:
    assert "F31209" not in _pointed("Je ne viens plus à la piscine municipale depuis la hausse des tarifs.")


def test_the_carer_at_home_of_a_person_in_hospital_points_to_the_absent_employer_fiche() -> None:
    message = "Mon père est hospitalisé pour deux mois ; faut-il continuer à payer son auxiliaire de vie ?"
    assert "F1843" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "La maison de retraite de mon père est trop chère, sa pension ne suffit pas.",
        "L'Ehpad coûte 2 600 euros par mois, nous ne pouvons plus le payer.",
    ],
)
def test_an_ehpad_the_family_cannot_pay_points_to_the_accommodation_aid_fiche(message: str) -> None:
    assert "F2444" in _pointed(message)


def test_a_relative_who_can_no_longer_manage_adds_the_family_authorisation_words() -> None:
    message = "Ma mère est atteinte de démence, elle ne sait plus gérer ses comptes et la banque bloque tout."
    assert "habilitation familiale" in _expanded(message)


@pytest.mark.parametrize(
    "message",
    [
        "Ma locataire ne me paie plus rien depuis février, comment récupérer mon appartement ?",
        "Le locataire du rez-de-chaussée me doit 3200 euros, que puis-je faire ?",
    ],
)
def test_a_landlord_whose_tenant_does_not_pay_points_to_the_unpaid_rent_fiche(message: str) -> None:
    assert "F31272" in _pointed(message)


def test_a_tenant_who_pays_is_not_unpaid_rent() -> None:
    assert "F31272" not in _pointed("Mon locataire paie toujours à l'heure, puis-je augmenter le loyer ?")


def test_a_landlord_speaking_of_the_tenant_s_pet_points_to_the_animals_fiche() -> None:
    message = "Mes nouveaux locataires ont pris un chat alors que je suis allergique, puis-je l'interdire ?"
    assert "F2693" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "La Caf refuse mon aide au logement parce que la maison appartient à ma tante, c'est légal ?",
        "Je loue chez mes grands-parents, ai-je droit à l'APL ?",
    ],
)
def test_a_housing_aid_and_a_home_owned_by_a_relative_point_to_the_family_owner_fiche(message: str) -> None:
    assert "F32384" in _pointed(message)


def test_a_housing_aid_without_a_relative_owner_is_not_that_fiche() -> None:
    assert "F32384" not in _pointed("Mon APL a baissé ce mois-ci alors que mon loyer est le même, pourquoi ?")
