"""Forty-second pass, privacy (issue 13, engineer-p133e): a surname alone that names a family or a child.

"chez les Marchand", "les Fontaine n'ont pas", "le petit Boulanger", "la jeune Perrin": a surname the gazetteer knows,
even one that is a common word, after the article of a family or of a child. Fresh sentences, none from the corpora;
near misses (places, bodies, plural words, titles of books, residences) that stay.
"""

import pytest

from guichet.privacy import family_surnames
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


FAMILIES = [
    ("Le mardi, je fais le ménage chez les Boulanger, au bout du village.", "Boulanger"),
    ("Ses enfants, les Meunier, ne viennent plus la voir.", "Meunier"),
    ("Les Fontaine n'ont ni voiture ni internet.", "Fontaine"),
    ("Hier, j'ai croisé les Rivière à la pharmacie.", "Rivière"),
]
CHILDREN = [
    ("Je suis l'orthophoniste du petit Marchand depuis la rentrée.", "Marchand"),
    ("La séance de la jeune Mercier a été annulée deux fois.", "Mercier"),
]


@pytest.mark.parametrize(("text", "name"), FAMILIES + CHILDREN)
def test_a_family_or_a_child_by_surname_is_masked(text: str, name: str) -> None:
    masked = _masked(text)
    assert masked.get(name) == "PERSONNE", masked


@pytest.mark.parametrize(
    "text",
    [
        "Nous allons aux Restos du Cœur avec les Compagnons d'Emmaüs le samedi.",
        "Ma fille habite aux Ulis, près des Halles, et les Vosges me manquent.",
        "On fête les Rameaux dimanche, la mairie sera fermée.",
        "Il a fait les Beaux-Arts avant de reprendre la ferme.",
        "les Bleus ont gagné hier soir, tout le quartier a fêté ça.",
        "le jeune Français devra s'inscrire au recensement à 16 ans.",
        "Le petit garçon du voisin joue avec les enfants du marchand de journaux.",
        "Le courrier est arrivé au lotissement Les Marronniers, pas au bon numéro.",
    ],
)
def test_places_bodies_and_plurals_stay(text: str) -> None:
    assert list(family_surnames.family_surnames(text)) == []
    assert "PERSONNE" not in _masked(text).values(), _masked(text)


@pytest.mark.parametrize(("text", "name"), FAMILIES)
def test_the_families_switch(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    start = text.index(name)
    assert (start, start + len(name), family_surnames.SCORE) in list(family_surnames.family_surnames(text))
    monkeypatch.setattr(family_surnames, "FAMILIES", False)
    assert list(family_surnames.family_surnames(text)) == []


@pytest.mark.parametrize(("text", "name"), CHILDREN)
def test_the_children_switch(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    assert _masked(text).get(name) == "PERSONNE"
    monkeypatch.setattr(family_surnames, "CHILDREN", False)
    assert list(family_surnames.family_surnames(text)) == []
    assert name not in _masked(text)


def test_families_off_leaves_a_common_word_family(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le mardi, je fais le ménage chez les Boulanger, au bout du village."
    monkeypatch.setattr(family_surnames, "FAMILIES", False)
    assert "Boulanger" not in _masked(text)
