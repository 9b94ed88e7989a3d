"""Seventeenth pass, privacy round 2: a Breton or Occitan lieu-dit written alone on its line as the writer's address,
between the name signed and the postcode ("Kerbastard", "Las Costes", "La Fromentière"), masked there and wherever
the message names it again; a town alone above its own postcode, and a lieu-dit of an administration's address
written without a signature, stay. Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Bonjour,\nle compteur d'eau de la ferme fuit depuis l'orage.\nMerci,\nYvon Tanguy\nKerbastard\n"
            "29450 Sizun\n02 98 11 22 33",
            "Kerbastard",
        ),
        (
            "Madame,\nje joins le certificat du vétérinaire pour les brebis.\nSalutations,\nRoger Falguière\n"
            "Las Costes\n15340 Calvinet",
            "Las Costes",
        ),
        (
            "Bonsoir,\nla carte grise du tracteur n'est jamais arrivée.\nPaulette et Henri Delpuech\n"
            "La Fromentière\n15230 Pierrefort",
            "La Fromentière",
        ),
    ],
)
def test_lieu_dit_line_of_the_signature_is_masked(text: str, value: str) -> None:
    assert not survives(value, "address", output(text)), output(text)


def test_the_lieu_dit_is_masked_again_in_the_message() -> None:
    text = (
        "Bonjour,\nnous élevons des vaches à Kerzoualc'h depuis 1990 et le chemin est défoncé.\n"
        "Cordialement,\nAnne Le Dantec\nKerzoualc'h\n22160 Callac"
    )
    assert "Kerzoualc" not in output(text), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Écrire à :\nMairie\nSalers\n15140 Salers", "Salers"),
        ("Le dossier est à déposer au guichet.\nPréfecture\n15000 Aurillac", "Préfecture"),
    ],
)
def test_a_town_or_an_office_above_a_postcode_stays(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
