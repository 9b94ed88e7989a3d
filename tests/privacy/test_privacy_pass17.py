"""Seventeenth pass: a surname written again with its particle or hyphen joined or split ("Le Bihan" then "Lebihan",
"Legoff" then "Le Goff"). Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Je suis Maëlle Le Floch, veuve depuis mai. La banque a écrit Lefloch sur le relevé, est-ce grave ?",
            "Lefloch",
            "surname",
        ),
        (
            "Notre propriétaire, M. Ben Youssef, refuse le dépôt de garantie ; la quittance est signée Benyoussef.",
            "Benyoussef",
            "surname",
        ),
        (
            "Le chauffeur, M. Ait-Kaci, était présent. Le rapport indique pourtant Aitkaci comme témoin.",
            "Aitkaci",
            "surname",
        ),
        (
            "Ma voisine Mme Lecorre est malade. Sur la boîte aux lettres c'est marqué Le Corre Yvonne.",
            "Le Corre",
            "surname",
        ),
    ],
)
def test_second_spelling_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mme Le Roux habite à Lavaur ; Lavaur est loin de la CAF.", "Lavaur"),
        ("M. Delmas est parti. Le Mans reste notre préfecture de rattachement.", "Le Mans"),
    ],
)
def test_look_alikes_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
