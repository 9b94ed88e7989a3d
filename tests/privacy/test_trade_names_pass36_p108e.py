"""Thirty-sixth pass (engineer-p108e): small firms named by their trade's word and their name, a firm or a surname
said again in another form, a name after "épse".

Fresh sentences, none from the corpora: the firm is masked as an employer wherever the message names it, a public body
or a street named after a trade stays visible."""

import pytest

from guichet.privacy.recognizers.trade_names import TradeNameRecognizer
from guichet.privacy.second_mentions import capital_respellings, firms_again
from tests.privacy.helpers import output


def _firms(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in TradeNameRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("J'ai repris la Fromagerie des Deux Vallées à Saint-Flour en 2019 avec mon frère.", "Deux Vallées"),
        ("Je tiens la Crêperie du Vieux Moulin, ouverte d'avril à octobre.", "Vieux Moulin"),
        ("Mon fils fait son alternance à l'atelier Bois Tordu de Mirepoix.", "Bois Tordu"),
        ("Elle chante avec la cie Les Voix Filantes depuis deux saisons.", "Voix Filantes"),
        ("Mon recueil est paru aux Éditions du Grand Cormoran l'an dernier.", "Grand Cormoran"),
        ("Il fait la plonge chez Aux Délices de Margaux le week-end.", "Délices de Margaux"),
        ("Je monte des décors pour Nordlicht Studio, une boîte de trois personnes.", "Nordlicht Studio"),
        ("Notre troupe c'est Les Tréteaux Bleus, une association loi 1901.", "Tréteaux Bleus"),
    ],
)
def test_a_small_firm_by_its_trade_and_name_is_masked(text: str, firm: str) -> None:
    assert any(firm in value for value in _firms(text))
    assert firm not in output(text)
    assert "[EMPLOYEUR_1]" in output(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence régionale de santé et l'Agence Nationale de l'Habitat instruisent ce dossier.",
        "Adressez-vous à la Maison France Services la plus proche de chez vous.",
        "Le Théâtre National de Strasbourg propose des tarifs réduits aux demandeurs d'emploi.",
        "Le rendez-vous a lieu au 4 rue du Garage Municipal.",
        "Il a laissé la voiture au garage. Ensuite il est rentré à pied.",
        "La boulangerie de Riom ferme le lundi.",
        "Je suis hospitalisée à l'Hôtel-Dieu de Nantes, puis j'irai à l'Hôtel de Ville.",
        "Il suit un Atelier Numérique et cherche un Studio Meublé près de l'Ensemble Scolaire Saint-Joseph.",
    ],
)
def test_a_public_body_a_street_or_a_town_is_no_small_firm(text: str) -> None:
    assert _firms(text) == []


def test_a_firm_found_once_is_masked_where_its_first_word_changes_case() -> None:
    text = (
        "Bonjour,\n\nJe suis apprenti à la poissonnerie des Halles Marines depuis mars et mon patron dit que mon "
        "contrat n'est pas enregistré.\n\nMerci,\nTom Verdier\nPoissonnerie des Halles Marines"
    )
    masked = output(text)
    assert "Halles Marines" not in masked
    assert "Tom Verdier" not in masked


def test_firms_again_keeps_a_one_word_firm_to_its_case() -> None:
    text = "Il travaille chez Orange. Le ciel est orange ce soir, Orange ferme à 18 h."
    first = text.index("Orange")
    assert firms_again(text, [(first, first + len("Orange"))]) == [
        (first, first + 6),
        (text.rindex("Orange"), text.rindex("Orange") + 6),
    ]


def test_a_surname_respelt_in_capitals_is_masked() -> None:
    text = "Ma fille Inès TCHAKOUNTÉ est inscrite TCHAKOUNTE sur le livret, mais TCHAKOUNTEE sur l'acte."
    found = [text[a:b] for a, b in capital_respellings(text, ["Inès TCHAKOUNTÉ"])]
    assert found == ["TCHAKOUNTEE"]
    assert "TCHAKOUNTEE" not in output(text)


def test_a_french_word_in_capitals_is_no_respelling() -> None:
    assert capital_respellings("Mme Annie MARTEL, MARTEAU ET CLOUS fournis.", ["Annie MARTEL"]) == []


def test_a_married_name_after_epse_is_masked_even_a_french_word() -> None:
    masked = output("Je soussignée Josette RIBOT épse BERGER, demeurant à Aurillac, demande une attestation.")
    assert "BERGER" not in masked
    assert "RIBOT" not in masked


def test_a_firm_glued_in_a_login_is_the_firm() -> None:
    text = "Mon identifiant est ATELIERDUVIEUXPRESSOIR, pour l'Atelier du Vieux Pressoir à Cognac."
    start = text.index("Atelier du")
    found = firms_again(text, [(start, start + len("Atelier du Vieux Pressoir"))])
    assert (text.index("ATELIER"), text.index(",")) in found
    assert "ATELIERDUVIEUXPRESSOIR" not in output(text)


def test_a_line_of_address_and_a_sign_with_a_first_name_stay_to_their_rules() -> None:
    assert _firms("Atelier des Roches, 24200 Sarlat-la-Canéda") == []
    assert _firms("J'ai vu l'annonce de la Brasserie Chez Raymonde hier.") == []


def test_a_number_s_keyword_after_the_firm_s_word_is_no_firm() -> None:
    assert _firms("Ma société, SIRET 552 100 554 00025, a été radiée.") == []
