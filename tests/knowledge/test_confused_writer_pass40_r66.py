"""Fortieth pass, engineer-r66: a writer who says they are lost ("je suis un peu perdue") has lost nothing."""

import pytest

from guichet.knowledge.analysis import fold
from guichet.knowledge.facets import facets_in_message
from guichet.knowledge.query import strip_noise, understand


@pytest.mark.parametrize(
    "text",
    [
        "Qui doit faire l'immatriculation du voilier ? Je suis perdu.",
        "Merci de m'éclairer, je suis un peu perdue avec tous ces papiers.",
        "Nous sommes complètement perdus : sécu, CAF, impôts, inscription à l'école.",
        "On est un peu perdus, que faut-il envoyer à la caisse de retraite ?",
        "Je me sens vraiment perdue depuis le décès de mon mari.",
    ],
)
def test_the_writer_lost_is_no_loss(text):
    assert "perte" not in understand(text).facets
    assert "perte" not in facets_in_message(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "J'ai perdu mon passeport au marché, comment le refaire ?",
        "Mon passeport est perdu depuis la semaine dernière, que faire ?",
        "Je suis perdue, j'ai égaré ma carte d'identité dans le taxi.",
        "Ma mère s'est perdue dans la rue et sa carte d'identité est perdue aussi.",
    ],
)
def test_a_thing_lost_is_still_a_loss(text):
    assert "perte" in understand(text).facets


def test_the_confusion_leaves_the_search_text():
    assert "perdu" not in strip_noise("Je suis complètement perdue avec la carte grise.")
    assert "perdu" in strip_noise("J'ai perdu ma carte grise.")


def test_the_confusion_no_longer_brings_the_lost_papers_words():
    query = understand("Nouveau voilier\nOn me parle de francisation, je suis perdu. Qui fait la démarche ?")
    assert "perd" not in query.lexical().lower()
    assert "francisation" in query.lexical()
