"""Ninth pass of issue 13 (batch p15e): the kinds that survived on its train + validation part, by kind. The
examples are written for this file; none is in the corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a named farm, mill, chalet where one lives or works
        ("Je suis berger à la Bergerie des Crêtes depuis mai.", "Bergerie des Crêtes", "address"),
        ("nous vivons au Mas de la Tuilière, sans numéro", "Mas de la Tuilière", "address"),
        ("Je suis salarié du GAEC des Trois Chênes à Lamballe.", "GAEC des Trois Chênes", "address"),
        ("logée au chalet Les Airelles pour la saison", "chalet Les Airelles", "address"),
        # a district, a section, a servitude, a kilometre point
        ("J'ai emménagé à Sainte-Rose, section Morne-Rouge, derrière la chapelle.", "section Morne-Rouge", "address"),
        ("je reste chez mon cousin quartier Mtsapéré depuis juin", "quartier Mtsapéré", "address"),
        ("Notre fare est au PK 7,4 côté mer, servitude Teriierooiterai, à Papara.", "PK 7,4 côté mer", "address"),
        # the lines of an address above its postcode, without a number
        ("Voici mon adresse :\nchemin des Goyaviers\n97427 L'Étang-Salé\nMerci", "chemin des Goyaviers", "address"),
        ("M. Rabah Cherifi\nRésidence Les Pins, esc. D\n13014 Marseille", "Résidence Les Pins, esc. D", "address"),
    ],
)
def test_the_kinds_that_survived_p15e_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Prenez rendez-vous à la Maison France Services la plus proche.", "Maison France Services"),
        ("Section Pacs : les démarches en mairie.", "Section Pacs"),
        ("Mon fils va à l'école Jean-Moulin de Roubaix.", "école"),
        ("Les vaches de la ferme voisine font du bruit.", "ferme voisine"),
        ("Voir la section 3 du formulaire, rue de la Paix non concernée.", "section 3"),
    ],
)
def test_look_alikes_of_places_stay(text: str, kept: str) -> None:
    assert kept in output(text) and "[ADRESSE" not in output(text), output(text)
