"""Twenty-seventh pass: artist-authors and intermittents of the performing arts say their trade, not their status;
the fiches written for them (« Prestations sociales pour les artistes auteurs », « … intermittents du spectacle »)
are theirs, and a neighbour for anyone else. Fresh sentences, none from a corpus."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import qualifiers_in_message


def _publics(text: str) -> frozenset[str]:
    return qualifiers_in_message(fold(text))


def test_an_artist_author_said_by_the_trade():
    for text in (
        "Je suis illustratrice jeunesse, déclarée à l'Urssaf depuis deux ans.",
        "Je suis sculpteur et je vends mes pièces en galerie.",
        "Scénariste, je touche des droits d'auteur d'une série.",
        "Je suis DJ et je compose mes propres morceaux.",
    ):
        assert "artiste-auteur" in _publics(text), text


def test_an_intermittent_said_by_the_trade_or_the_pay():
    for text in (
        "Je suis comédienne et je fais des tournées l'été.",
        "Technicien son, j'ai fait mes 507 heures cette année.",
        "Je suis costumière intermittente sur des tournages.",
        "Mes cachets de l'an dernier ont été payés en retard.",
    ):
        assert "intermittent du spectacle" in _publics(text), text


def test_words_that_only_look_artistic_are_no_artist():
    for text in (
        "Je suis peintre en bâtiment à mon compte.",
        "J'ai signé un CDI intermittent dans une cantine scolaire.",
        "L'auteur de l'accident a pris la fuite.",
    ):
        assert not {"artiste-auteur", "intermittent du spectacle"} & _publics(text), text
