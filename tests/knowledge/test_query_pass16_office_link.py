"""Sixteenth pass: more ways of saying the message went to the wrong office, and, once it says so, the clause that
tells why the writer knows this office leaves the query too."""

import pytest

from guichet.knowledge import query as query_module
from guichet.knowledge.query import understand


@pytest.mark.parametrize(
    "message",
    [
        "Je ne sais pas si c'est à vous qu'il faut poser la question : mon voisin élève des poules, a-t-il le droit ?",
        "C'est le seul organisme dont j'ai l'adresse. Mon voisin élève des poules, a-t-il le droit ?",
        "Vous êtes mon seul interlocuteur. Mon voisin élève des poules, a-t-il le droit ?",
        "Je vous écris à la caisse parce que je n'ai pas d'autre contact. Mon voisin a des poules, est-ce permis ?",
    ],
)
def test_more_ways_of_saying_it_is_the_wrong_office(message):
    query = understand(message)
    assert query.wrong_office
    text = query.lexical().lower()
    assert "poules" in text
    for word in ("organisme", "interlocuteur", "contact", "caisse", "à vous"):
        assert word not in text


def test_the_writer_s_link_to_the_office_leaves_the_query_once_the_message_says_it_is_the_wrong_office():
    query = understand(
        "Pardon de vous écrire pour ça, j'ai votre adresse parce que je déclare mon aide ménagère chez vous. "
        "Ma fille de 16 ans veut partir camper seule en Ardèche, faut-il une autorisation ?"
    )
    assert query.wrong_office
    text = query.lexical().lower()
    assert "camper" in text
    assert "aide ménagère" not in text
    query = understand(
        "Je ne sais pas si c'est vous qu'il faut contacter, mais comme vous nous aidez déjà pour la garde du petit, "
        "je tente : notre locataire ne paie plus depuis trois mois, que faire ?"
    )
    assert query.wrong_office
    assert "garde" not in query.lexical().lower()
    assert "locataire" in query.lexical().lower()


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        # a link told to the right office is the need's context: it stays
        (
            "J'ai déjà un dossier chez vous pour mon allocation logement, je déménage le mois prochain, que faire ?",
            "allocation logement",
        ),
        ("Comme vous nous versez déjà la prime d'activité, faut-il vous signaler la naissance ?", "prime d'activité"),
        # a hedge about the place, said by people in trouble to the right office, is not one
        ("Je ne sais pas si c'est le bon endroit, je n'ai plus rien pour nourrir mes enfants.", "nourrir"),
    ],
)
def test_a_link_or_a_hedge_alone_is_not_the_wrong_office(message, kept):
    query = understand(message)
    assert not query.wrong_office
    assert kept in query.lexical()


def test_the_switch_off_reads_as_the_fifteenth_pass(monkeypatch):
    message = "Vous êtes mon seul interlocuteur. Mon voisin élève des poules, a-t-il le droit ?"
    monkeypatch.setattr(query_module, "READ_OFFICE_LINK", False)
    query = understand(message)
    assert not query.wrong_office
    assert "interlocuteur" in query.lexical()
