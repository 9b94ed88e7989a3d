"""Twenty-fifth pass, second shift: hunger said by the meals one skips ("je mange une fois par jour", "on saute des
repas") and the last euros counted to the month's end ("140 € pour finir le mois") are the "plus aucune ressource"
situation, whatever housing or family story surrounds them; a diet, a child's meals at school, or money left for a
purchase are not. Fresh sentences, none from a corpus."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import distress, qualifiers_in_message

NOTHING_LEFT = "plus aucune ressource"


def _read(text: str) -> set[str]:
    return {hit.name for hit in distress(fold(text))}


def test_meals_skipped_are_read():
    assert NOTHING_LEFT in _read("Depuis qu'il est parti je ne mange qu'une fois par jour, les enfants d'abord.")
    assert NOTHING_LEFT in _read("Avec le loyer on saute des repas, mon fils a 2 ans.")


def test_the_last_euros_to_the_month_end_are_read():
    assert NOTHING_LEFT in _read("Il me reste 60 euros pour finir le mois et le bail est à son nom.")
    assert NOTHING_LEFT in _read("J'ai 35€ pour tenir jusqu'à la fin du mois avec ma fille.")


def test_a_pregnant_woman_left_alone_with_nothing_is_both_situations():
    text = fold(
        "Enceinte de 5 mois, mon compagnon m'a quittée et le propriétaire veut récupérer l'appartement. "
        "Il me reste 80 € pour finir le mois, je mange une fois par jour."
    )
    assert NOTHING_LEFT in {hit.name for hit in distress(text)}
    assert "parent isolé" in qualifiers_in_message(text)

    assert NOTHING_LEFT not in _read("Mon médecin m'a conseillé de manger cinq fois par jour pendant la grossesse.")
    assert NOTHING_LEFT not in _read("À la cantine mon fils mange une fois par semaine du poisson.")
    assert NOTHING_LEFT not in _read("Il reste 300 euros sur le budget pour finir les travaux de la cuisine.")
