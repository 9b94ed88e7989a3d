"""Twenty-second pass, privacy: a public building named after a famous person stays visible ("le lycée Simone
Veil", "la salle Pierre Mendès France"); the same names borne by a person are still masked. Fresh sentences, none
from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ma fille entre en sixième au collège Jean Macé à la rentrée.", "Jean Macé"),
        ("Le rendez-vous est au gymnase Marcel Cerdan, près de la mairie.", "Marcel Cerdan"),
        ("L'inscription se fait à l'école primaire Paul Langevin.", "Paul Langevin"),
        ("La réunion aura lieu salle Georges Brassens, au premier étage.", "Georges Brassens"),
    ],
)
def test_a_public_building_named_after_someone_stays(text: str, kept: str) -> None:
    assert kept in output(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon voisin Jean Macé m'a aidé à remplir le dossier.", "Jean Macé"),
        ("Bonjour, je suis Paul Langevin, locataire au 4 rue des Tilleuls.", "Paul Langevin"),
    ],
)
def test_the_same_names_borne_by_a_person_are_masked(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "full_name", masked), masked


def test_a_hospital_named_after_someone_where_one_is_treated_is_masked() -> None:
    # reversed in the twenty-fifth pass: a named care institution where someone is treated is masked (the
    # twenty-fourth pass's decision), a hospital named after someone in two words too; schools and gymnasiums stay
    masked = output("Il a été soigné à l'hôpital Édouard Herriot après sa chute.")
    assert "Herriot" not in masked and "[ETABLISSEMENT_" in masked, masked
