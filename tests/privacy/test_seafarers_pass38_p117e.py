"""Thirty-eighth pass (engineer-p117e): what still leaked in the batches of seafarers, river people and seasonal
workers, and masks that hid no personal data.

Fresh sentences, none from the corpora: the town of birth in brackets after its country, a wine house and a port's
body named as the employer are masked; a vehicle's make and model, the greetings of foreign writers, a public body's
service mailbox and a scheme's acronym stay visible."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Mon matelot, né le 4 juin 1988 aux Philippines (Cebu), attend son visa.", "Cebu"),
        ("Ma belle-mère est née en Croatie (Rijeka) et vit à Saint-Malo.", "Rijeka"),
        ("Je suis né en 1979 en Côte d'Ivoire (Yamoussoukro), je suis mécanicien.", "Yamoussoukro"),
        ("Le skipper, né au Danemark ( Esbjerg ), demande une carte de séjour.", "Esbjerg"),
    ],
)
def test_the_town_in_brackets_after_a_country_of_birth_is_masked(text: str, town: str) -> None:
    masked = output(text)
    assert town not in masked
    assert "[LIEU_NAISSANCE_1]" in masked


def test_a_lower_case_aside_after_a_country_of_birth_stays() -> None:
    masked = output("Je suis née en France (métropole) et j'habite sur une péniche.")
    assert "(métropole)" in masked


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Cette année j'ai fait les vendanges pour Champagne Moreau-Vautrin à Épernay.", "Moreau-Vautrin"),
        ("Mon fils taille la vigne chez Domaine Larrieu-Castaing depuis deux hivers.", "Larrieu-Castaing"),
        ("Je suis lamaneur (Grand Port Maritime du Havre) depuis 2011.", "du Havre"),
        ("Je suis pilote de Loire (Station de pilotage de la Loire), j'ai une question.", "de la Loire"),
    ],
)
def test_a_wine_house_or_a_port_body_named_as_the_employer_is_masked(text: str, firm: str) -> None:
    masked = output(text)
    assert firm not in masked
    assert "[EMPLOYEUR_1]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "Les vendanges en Champagne commencent d'habitude en septembre.",
        "Je suis allée à la capitainerie de Lorient pour mon corps-mort.",
    ],
)
def test_a_region_or_a_port_office_visited_stays(text: str) -> None:
    assert "EMPLOYEUR" not in output(text)


@pytest.mark.parametrize(
    ("text", "vehicle"),
    [
        ("J'ai acheté un Renault Trafic d'occasion pour les casiers.", "Renault Trafic"),
        ("Notre fourgon, un Citroën Jumpy, est au nom de l'EARL.", "Citroën Jumpy"),
        ("Il roule en Peugeot 3008 depuis l'accident.", "Peugeot 3008"),
    ],
)
def test_a_vehicle_by_its_make_and_model_stays(text: str, vehicle: str) -> None:
    assert vehicle in output(text)


def test_a_make_after_a_title_is_still_a_person() -> None:
    masked = output("Le vendeur du bateau, M. Peugeot, ne répond plus au téléphone.")
    assert "Peugeot" not in masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Salam alaykoum,\nje voudrais savoir si mon père touche la pension.", "Salam"),
        ("Kaixo,\nJe suis pêcheur à Saint-Jean-de-Luz.", "Kaixo"),
        ("Merci pour votre aide.\nTeşekkür ederim", "Teşekkür"),
        ("Je vous envoie le rôle d'équipage.\nCdlt\nYves Le Bihan", "Cdlt"),
    ],
)
def test_a_foreign_greeting_or_a_short_closing_stays(text: str, word: str) -> None:
    masked = output(text)
    assert word in masked
    assert "Le Bihan" not in masked


def test_a_public_service_mailbox_stays_and_a_person_s_is_masked() -> None:
    masked = output(
        "J'ai écrit à etat-civil@mairie-quimperle.fr puis à jeanne.morvan@interieur.gouv.fr et à "
        "contact@chantier-naval-le-gall.fr."
    )
    assert "etat-civil@mairie-quimperle.fr" in masked
    assert "jeanne.morvan@interieur.gouv.fr" not in masked
    assert "contact@chantier-naval-le-gall.fr" not in masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Location de ma maison de pêcheur à des saisonniers (LMNP)\nBonjour, comment déclarer ?", "LMNP"),
        ("Mon matelot est en contrat vendanges (TESA) pendant l'arrêt de la pêche.", "TESA"),
    ],
)
def test_a_scheme_s_acronym_is_no_employer(text: str, word: str) -> None:
    assert word in output(text)
