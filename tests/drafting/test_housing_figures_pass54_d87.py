"""Fifty-fourth pass (engineer-d87, issue 14): the writer's housing said by a draft, compared by value
(`persona.housing_figures`): the number of rooms (`READ_ROOMS`), the surface (`READ_SURFACE`), social housing or
private (`READ_SECTOR`), a flatshare (`READ_FLATSHARE`), the day the writer moved in (`READ_MOVE_IN`), and a housing
figure the message does not give leaving the sentence open (`FIGURES_AS_DETAILS`). Each is shown at work, beside its
look-alikes, and switched off. Fresh messages, none from batch d87 nor any corpus."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, housing_figures


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


ROOMS = "Bonjour, nous louons un F4 à Besançon et le chauffage ne marche plus depuis une semaine."
ROOMS_SOUGHT = "Je cherche un T2 à Besançon pour moi et ma fille, je suis dans un foyer."
SURFACE = "Mon appartement fait soixante-deux mètres carrés, au deuxième étage."
SOCIAL = "Je suis locataire d'un HLM à Roubaix, le bailleur ne fait pas les réparations."
PRIVATE = "Je loue dans le privé un appartement à Tours, l'agence ne répond plus."
FLATSHARE = "On est en colocation à quatre à Grenoble, chacun a son bail."
ALONE = "Je vis seule dans mon appartement depuis le départ de mon fils."
MOVED = "J'ai emménagé le 12 octobre dans mon nouveau studio, je voudrais l'APL."


def test_rooms_are_read_in_other_words() -> None:
    assert _verdict("Vous louez un quatre-pièces à Besançon.", ROOMS) == CONSISTENT
    assert _verdict("Vous louez un T3 à Besançon.", ROOMS) == CONTRADICTED


def test_rooms_sought_are_no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous vivez dans un T3.", ROOMS_SOUGHT) != CONTRADICTED
    monkeypatch.setattr(housing_figures, "READ_ROOMS", False)
    assert _verdict("Vous louez un T3 à Besançon.", ROOMS) != CONTRADICTED


def test_surface_is_compared_by_value(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Votre logement fait 62 m².", SURFACE) == CONSISTENT
    assert _verdict("Votre logement fait 26 m².", SURFACE) == CONTRADICTED
    assert _verdict("Si votre logement fait moins de 9 m², il n'est pas décent.", SURFACE) == "none"
    monkeypatch.setattr(housing_figures, "READ_SURFACE", False)
    assert _verdict("Votre logement fait 26 m².", SURFACE) != CONTRADICTED


def test_social_or_private(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes locataire d'un logement social.", SOCIAL) == CONSISTENT
    assert _verdict("Vous louez votre logement dans le parc privé.", SOCIAL) == CONTRADICTED
    assert _verdict("Vous êtes locataire d'un HLM à Tours.", PRIVATE) == CONTRADICTED
    monkeypatch.setattr(housing_figures, "READ_SECTOR", False)
    assert _verdict("Vous louez votre logement dans le parc privé.", SOCIAL) != CONTRADICTED


def test_flatshare_said_or_denied(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous vivez en colocation à Grenoble.", FLATSHARE) == CONSISTENT
    assert _verdict("Vous partagez votre appartement avec une colocataire.", ALONE) == CONTRADICTED
    monkeypatch.setattr(housing_figures, "READ_FLATSHARE", False)
    assert _verdict("Vous partagez votre appartement avec une colocataire.", ALONE) != CONTRADICTED


def test_move_in_day(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous avez emménagé le 12/10 dans votre studio.", MOVED) != CONTRADICTED
    assert _verdict("Vous êtes entré dans votre studio le 21 octobre.", MOVED) == CONTRADICTED
    monkeypatch.setattr(housing_figures, "READ_MOVE_IN", False)
    assert _verdict("Vous êtes entré dans votre studio le 21 octobre.", MOVED) != CONTRADICTED


def test_a_figure_left_open_leaves_the_sentence_open(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vous louez un F4 de 90 m² à Besançon."
    assert _verdict(sentence, ROOMS) == UNSUPPORTED
    monkeypatch.setattr(housing_figures, "FIGURES_AS_DETAILS", False)
    assert _verdict(sentence, ROOMS) == CONSISTENT


def test_shipped_switches() -> None:
    assert housing_figures.READ_ROOMS and housing_figures.READ_SURFACE and housing_figures.READ_SECTOR
    assert housing_figures.READ_FLATSHARE and housing_figures.READ_MOVE_IN and housing_figures.FIGURES_AS_DETAILS
