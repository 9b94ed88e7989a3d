"""Forty-fifth pass (engineer-r76): where a homeless writer sleeps is searched as their lack of a home
(`guichet.knowledge.shelter`), while the distress map still reads the place. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import shelter
from guichet.knowledge.query import understand


def _useful(query) -> str:
    return " ".join([query.subject, *query.asks, *query.context]).lower()


@pytest.mark.parametrize(
    "message, place",
    [
        ("Depuis que ma copine m'a mis dehors je dors dans ma voiture sur un parking. Qui peut m'aider ?", "voiture"),
        ("Avec mon fils on dort dans la rue depuis lundi, le 115 est plein. Où aller ce soir ?", "rue"),
        ("Je suis à la rue, je dors sous une tente au bord du canal. Comment recevoir mon courrier ?", "tente"),
    ],
)
def test_the_place_of_the_night_is_searched_as_no_home(message, place):
    query = understand(message)
    assert place not in _useful(query)
    assert shelter.SHELTER_WORDS in _useful(query)
    assert "sans logement" in {hit.name for hit in query.distress}


def test_the_place_stays_with_the_switch_off(monkeypatch):
    monkeypatch.setattr(shelter, "READ_SHELTER_PLACES", False)
    query = understand("Je dors dans ma voiture depuis trois semaines. Qui peut m'aider ?")
    assert "voiture" in _useful(query)


@pytest.mark.parametrize(
    "message, kept",
    [
        ("Mon mari ronfle, je dors sur le canapé. Peut-on faire chambre à part et déclarer deux foyers ?", "canapé"),
        ("J'ai laissé mon sac dans la voiture et on me l'a volé. Comment porter plainte ?", "voiture"),
        ("Je vis dans la rue principale du village, à côté de la mairie. Qui entretient les trottoirs ?", "rue"),
        ("J'ai dormi dans la gare, mon train de nuit était annulé. Suis-je remboursé du billet ?", "gare"),
    ],
)
def test_a_sofa_a_car_or_a_street_that_is_no_shelter_stays(message, kept):
    assert kept in _useful(understand(message))
