"""Twenty-seventh pass, second shift (p73): a foreign social insurer's number after "numéro d'immatriculation",
dates that name a text of law or a treaty, a rule's people. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mon numéro d'immatriculation CCSS c'est le 408812, je suis salarié à Monaco.", "408812"),
        ("Numéro d'immatriculation à la caisse : 5530917. Merci de me rappeler.", "5530917"),
        ("mon numero d'immatriculation CNS c est le 1979031455120 svp", "1979031455120"),
    ],
)
def test_a_number_after_immatriculation_is_masked(text: str, number: str) -> None:
    assert number not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La date d'immatriculation de la voiture de mon père est récente, elle roule bien.", "immatriculation"),
        ("Le délai d'immatriculation est de 30 jours pour les 12000 véhicules importés.", "12000"),
    ],
)
def test_immatriculation_of_a_vehicle_or_a_count_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Je travaille à Bâle. J'ai lu l'arrêté du 14 octobre 2015 mais je ne comprends rien.", "14 octobre 2015"),
        ("Frontalier : la convention franco-suisse du 9 septembre 1966 s'applique-t-elle ?", "9 septembre 1966"),
        (
            "J'habite Longwy. La convention fiscale du 20 mars 2018, modifiée par l'avenant du 6 mai 2021, "
            "me concerne-t-elle ?",
            "6 mai 2021",
        ),
        ("Mon employeur parle de l'accord fiscal du 16 octobre 2020 pour le télétravail.", "16 octobre 2020"),
    ],
)
def test_a_date_that_names_a_text_of_law_stays(text: str, date: str) -> None:
    assert date in pseudonymise(text).text


def test_a_rules_people_are_no_one() -> None:
    text = "Je voudrais savoir. Les personnes qui étaient frontalières au 31 décembre 2011 gardent-elles le régime ?"
    assert "31 décembre 2011" in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("J'ai signé l'avenant à mon contrat du 3 mars 2024 et ma paie a baissé.", "3 mars 2024"),
        ("Ma convention de stage du 12 février 2025 a été rompue par l'entreprise.", "12 février 2025"),
        ("J'ai été arrêté du 3 au 10 mars 2025 pour une grippe.", "3 au 10 mars"),
        ("J'ai reçu l'arrêté préfectoral d'expulsion du 4 avril 2023 hier.", "4 avril 2023"),
        ("Mon mari est décédé le 2 janvier 2025 à Sarrebruck.", "2 janvier 2025"),
    ],
)
def test_a_date_of_the_writers_life_is_still_masked(text: str, date: str) -> None:
    assert date not in pseudonymise(text).text
