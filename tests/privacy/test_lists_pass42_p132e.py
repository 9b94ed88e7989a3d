"""Forty-second pass, privacy (issue 13, engineer-p132e): people in lists and businesses named after people.

A first name that is also a word, a place or a month inside a list of people (`listed_word_names`); the names after
"triplés", "jumeaux"; a wine château by its owner's name, a family house's trade and a trade said "familial" before
its name (`recognizers.trade_names.FAMILY_HOUSES`); initials after a person's word (`bracketed_initials`). Fresh
sentences, none from the corpora; each rule with near misses it must leave alone, and its switch turned off.
"""

import pytest

from guichet.privacy import bracketed_initials, listed_word_names
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.privacy.recognizers import trade_names


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


_LISTS = [
    ("Nos enfants : Lucas, Violette et Maël vont à la même école.", "Violette"),
    ("Les petits, Timothée (5 ans), Mai (3 ans) et Ilan (1 an), restent avec leur grand-mère.", "Mai"),
    ("Elle a la charge de ses petits-enfants Kylian, Marine, Sohan et Lenny depuis l'été.", "Marine"),
    ("La famille compte Aïcha, Sofia, Yanis et Bilal, tous scolarisés ici.", "Sofia"),
    ("Les enfants : Arthur 12, Mathis 9, Jade 6, Capucine 2.", "Capucine"),
    ("Ma belle-sœur garde Noam, Ethan et Avril le mercredi.", "Avril"),
]


@pytest.mark.parametrize(("text", "name"), _LISTS)
def test_a_word_name_in_a_list_of_people_is_masked(text: str, name: str) -> None:
    masked = _masked(text)
    assert masked.get(name) == "PERSONNE", masked


def test_the_list_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "La famille compte Aïcha, Sofia, Yanis et Bilal, tous scolarisés ici."
    assert _masked(text).get("Sofia") == "PERSONNE"
    monkeypatch.setattr(listed_word_names, "ENABLED", False)
    assert "Sofia" not in _masked(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Elle vient d'accoucher de triplés, Paul, Victoire et Rose, à la maternité.", ["Victoire", "Rose"]),
        ("Les jumelles Avril et Capucine entrent en petite section.", ["Avril", "Capucine"]),
    ],
)
def test_names_after_triplets_or_twins_are_masked(text: str, names: list[str]) -> None:
    masked = _masked(text)
    assert all(masked.get(name) == "PERSONNE" for name in names), masked


def test_the_twins_cue_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Elle vient d'accoucher de triplés, Paul, Victoire et Rose, à la maternité."
    monkeypatch.setattr(listed_word_names, "MULTIPLES", False)
    masked = _masked(text)
    assert "Victoire" not in masked and "Rose" not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # places and months in a list, with no person in it
        ("Nous avons habité Paris, Lyon et Marseille avant de venir ici.", ["Paris", "Lyon", "Marseille"]),
        ("Les versements de mars, avril et mai ne sont pas arrivés.", ["mars", "avril", "mai"]),
        # a list with one name only: the word stays to the other rules
        ("J'ai acheté des roses, du muguet et des violettes pour la fête.", ["roses", "violettes"]),
        # a lower-case word beside capitalised names, a kin word, a pronoun
        ("Léo, Jules et maman partent le 3 mai, Théo et moi restons.", ["maman", "mai", "moi"]),
        ("Mes jumelles, mardi et jeudi, vont à la crèche.", ["mardi", "jeudi"]),
    ],
)
def test_lists_that_are_not_of_people_stay(text: str, kept: list[str]) -> None:
    masked = _masked(text)
    assert not any(word in masked for word in kept), masked


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Mon mari est caviste au Château Durandeau depuis dix ans.", "Château Durandeau"),
        ("Ma fille fait sa saison à la Distillerie Bonnefoy & Fils.", "Distillerie Bonnefoy & Fils"),
        ("Je suis assistante à la Clinique vétérinaire du Val Fleuri.", "Clinique vétérinaire du Val Fleuri"),
        ("Mon frère est cuisinier dans le restaurant familial Chez Tonton Ahmed.", "Chez Tonton Ahmed"),
    ],
)
def test_a_family_house_is_an_employer(text: str, firm: str) -> None:
    masked = _masked(text)
    assert any(value in firm and kind == "EMPLOYEUR" for value, kind in masked.items()), masked


def test_the_family_houses_are_behind_their_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mon mari est caviste au Château Durandeau depuis dix ans."
    assert _masked(text).get("Château Durandeau") == "EMPLOYEUR"
    monkeypatch.setattr(trade_names, "FAMILY_HOUSES", False)
    assert _masked(text).get("Château Durandeau") != "EMPLOYEUR"


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons visité le château de Chambord pendant les vacances.",
        "Je suis né à Château-Thierry et j'habite à Soissons.",
        "Le Château de Versailles est fermé le lundi.",
        "Mon fils habite rue du Château depuis janvier.",
    ],
)
def test_a_castle_that_is_a_place_stays(text: str) -> None:
    assert "EMPLOYEUR" not in _masked(text).values()


def test_initials_after_a_persons_word_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je dois déclarer mon stagiaire (R.K.) avant son premier jour ?"
    assert _masked(text).get("R.K.") == "PERSONNE"
    monkeypatch.setattr(bracketed_initials, "ENABLED", False)
    assert "R.K." not in _masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat (T.B.) est signé depuis lundi.",
        "Un salarié (C.D.D.) est parti en mars.",
        "Voir la note (N.B.) en bas de la page.",
    ],
)
def test_initials_without_a_person_stay(text: str) -> None:
    assert "PERSONNE" not in _masked(text).values()
