"""Twenty-fifth pass, privacy: employers and shops the earlier cues missed. A consultancy whose name ends in
"Conseil" ("un poste chez Altavia Conseil"); a chain after a bare "à" ("travaille à Lidl"); a temping agency after the
temp work ("en intérim via Manpower"); "je travail" typed without its ending; a shop's sign on its owner's first name
that the fiches also write capitalised ("la Boulangerie Chez Martine"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.pseudonymise import pseudonymise
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je suis arrivé en mars pour un poste chez Brightwave Conseil à Nantes.", "Brightwave Conseil"),
        ("Ma fille travaille à Aldi depuis l'été dernier.", "Aldi"),
        ("Mon mari est employé à Carrefour, au rayon frais.", "Carrefour"),
        ("J'ai fait six mois d'intérim via Randstad à Rennes.", "Randstad"),
        ("Je travail au restaurant Le Lotus Bleu, plongeur.", "Lotus Bleu"),
        ("Nous avons acheté le pain à la Boulangerie Chez Sophie, rue du Port.", "Sophie"),
    ],
)
def test_an_employer_or_an_owner_the_cues_missed(text: str, firm: str) -> None:
    masked = output(text)
    assert not survives(firm, "employer", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ma conseillère au Conseil départemental du Gard ne répond pas.", "Conseil départemental du Gard"),
        ("J'ai travaillé à Paris puis à Lyon avant de venir ici.", "Paris"),
        ("Je fais mes courses à Lidl le samedi.", "Lidl"),
        ("On a mangé au restaurant Chez Paris, près de la gare.", "Paris"),
        ("Le restaurant Chez France est fermé le lundi.", "France"),
        ("Je cherche du travail via France Travail.", "France Travail"),
    ],
)
def test_public_offices_towns_and_shopping_stay(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text
