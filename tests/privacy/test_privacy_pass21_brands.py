"""Twenty-first pass, privacy (engineer-p52e): a shop or a brand named after a person is no person ("chez Leroy
Merlin", "une crème Yves Rocher"); named as the writer's employer it is masked as an employer; after a title or a
relative's word the same name is a person's. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    "text",
    [
        "Le parquet vient de chez Leroy Merlin, la facture est au nom de la société.",
        "J'ai offert un coffret Yves Rocher à ma mère pour Noël, est-ce déductible ? Non, je plaisante.",
        "Le salon Franck Provost de la galerie marchande a fermé, où refaire ma photo d'identité ?",
        "On a mangé au Buffalo Grill de la zone avant le rendez-vous à la préfecture.",
        "La vendeuse de chez Marie Blachère m'a rendu la monnaie sur un faux billet.",
    ],
)
def test_a_brand_named_after_a_person_stays(text: str) -> None:
    masked = output(text)
    assert "[PERSONNE" not in masked, masked


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Je suis vendeuse chez Yves Rocher à Vannes depuis trois ans.", "Yves Rocher"),
        ("Mon mari travaille chez Leroy Merlin en CDI, faut-il déclarer ses heures sup ?", "Leroy Merlin"),
    ],
)
def test_a_brand_that_employs_the_writer_is_an_employer(text: str, brand: str) -> None:
    masked = output(text)
    assert not survives(brand, "employer", masked), masked
    assert "[EMPLOYEUR_" in masked, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon voisin Louis Pion laisse sa voiture devant mon garage.", "Louis Pion"),
        ("Je représente M. Hugo Boss, mon oncle, pour sa succession.", "Hugo Boss"),
    ],
)
def test_a_person_who_bears_a_brands_name(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "name", masked), masked
