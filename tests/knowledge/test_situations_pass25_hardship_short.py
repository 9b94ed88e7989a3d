"""Twenty-fifth pass: the short ask of one with nothing left, said by hunger or by the last euro, is the "plus aucune
ressource" situation (`situations.distress`), whose map points to the RSA's fiches. Fresh sentences."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import distress

NOTHING_LEFT = "plus aucune ressource"


def _read(text: str) -> set[str]:
    return {hit.name for hit in distress(fold(text))}


def test_hunger_said_in_a_few_words_is_read():
    assert NOTHING_LEFT in _read("Plus rien à manger à la maison, aidez-nous s'il vous plaît")
    assert NOTHING_LEFT in _read("j'ai rien a bouffer depuis lundi")
    assert NOTHING_LEFT in _read("Mes deux petits ont faim et la CAF ne répond pas.")


def test_the_last_euro_and_no_income_are_read():
    assert NOTHING_LEFT in _read("Je n'ai plus un centime sur mon compte depuis le 5.")
    assert NOTHING_LEFT in _read("Séparée depuis un mois, zéro ressource, deux enfants.")


def test_a_meal_one_dislikes_a_strike_or_a_benefit_are_not_read_beside_a_hungry_child():
    assert NOTHING_LEFT in _read("Mon bébé a faim et je n'ai plus un sou.")
    assert NOTHING_LEFT not in _read("Il n'y a rien à manger à la cantine pour mon fils végétarien.")
    assert NOTHING_LEFT not in _read("Les salariés ont entamé une grève de la faim devant l'usine.")
    assert NOTHING_LEFT not in _read("La CAF ne me verse plus un euro de plus malgré la naissance.")
    assert NOTHING_LEFT not in _read("Zéro euro d'aide au logement, vous êtes des escrocs !")
