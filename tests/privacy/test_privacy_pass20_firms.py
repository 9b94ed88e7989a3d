"""Twentieth pass, privacy: a firm named after its owner after a shop's or a service's word ("Traiteur Bazin",
"Électroménager Castaing", "agence Immobilière Pelletier"), a name French only through a stripped ending after a
trade's word ("Traiteur Arvax"), a first name after "Chez" behind a trade's word ("restaurant Chez Constance").
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("J'ai fait des extras l'été dernier pour le Traiteur Bazin à Pontoise.", "Bazin"),
        ("La facture du lave-linge vient de Électroménager Castaing, je la joins.", "Castaing"),
        ("Mon propriétaire passe par l'agence Immobilière Pelletier pour les quittances.", "Pelletier"),
        ("Je suis serveuse à la pizzeria Zanetti depuis septembre.", "Zanetti"),
        ("Le devis de la Quincaillerie Rouxel est en pièce jointe.", "Rouxel"),
        ("Le Traiteur Vasseur ne m'a jamais donné de fiche de paie.", "Vasseur"),
    ],
)
def test_a_firm_named_after_its_owner_behind_a_shops_word(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "surname", masked), masked


def test_a_name_french_only_through_its_ending_behind_a_trades_word() -> None:
    masked = output("J'ai travaillé deux mois au Traiteur Arvax, à Vitry, en contrat court.")
    assert not survives("Arvax", "surname", masked), masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je fais la plonge à la brasserie Chez Constance le week-end.", "Constance"),
        ("Le restaurant Chez Fleur m'a licencié sans préavis.", "Fleur"),
    ],
)
def test_a_first_name_after_chez_behind_a_trades_word(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "first_name", masked), masked


@pytest.mark.parametrize(
    "text",
    [
        "Le restaurant Universitaire est fermé pendant les vacances.",
        "Je cherche une pizzeria Napolitaine près de la gare.",
        "Le Traiteur Central livre les repas à domicile.",
    ],
)
def test_a_french_word_after_a_shops_word_stays(text: str) -> None:
    assert output(text) == text
