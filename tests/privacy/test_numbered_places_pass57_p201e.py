"""Fifty-seventh pass, privacy (issue 13, engineer-p201e): a home's number before a place named with its article.

Three readings of `privacy.numbered_places`: after where someone lives or the writer's own address (« j'habite au
12 Les Hauts de Chambéry », « je suis au 2 les bruyères à Saint-Jory »), right before a postcode and its town, in
lower case or on the line above (« 22 les jardins d'arcadie 31200 toulouse », « 5 Les Peupliers⏎71100 Chalon »),
and without the article after a home's word and before a postcode (« domicile : 27 bis Beauséjour⏎97400 … »).
Books, newspapers, a post office, a numbered list and an office's address stay visible; lower-case first names
(« mon voisin bruno m'aide ») were masked by the start code already and stay masked. The real pipeline through
`pseudonymise_message`; items of batch p201e's train split.
"""

import pytest

from guichet.privacy import numbered_places
from tests.batches import batch_item
from tests.privacy.helpers import leaks, output

SWITCHES = ("READ_AFTER_HOME", "READ_BEFORE_POSTCODE", "READ_WITHOUT_ARTICLE")


def _switch(monkeypatch: pytest.MonkeyPatch, **values: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(numbered_places, name, values.get(name, True))


def test_the_switches_ship_as_measured() -> None:
    assert numbered_places.READ_AFTER_HOME is True
    assert numbered_places.READ_BEFORE_POSTCODE is True
    assert numbered_places.READ_WITHOUT_ARTICLE is True


@pytest.mark.parametrize(
    "item_id", ["p201e-005", "p201e-007", "p201e-011", "p201e-012", "p201e-013", "p201e-019", "p201e-045"]
)
def test_train_items_of_the_batch_keep_no_planted_string(item_id: str) -> None:
    item = batch_item("privacy", "p201e", item_id, train=True)
    assert leaks(item) == [], item_id


@pytest.mark.parametrize(
    "text, place",
    [
        ("Bonjour, j'habite au 12 Les Hauts de Chambéry depuis 3 ans.", "12 Les Hauts de Chambéry"),
        ("je suis au 2 les bruyères à Saint-Jory. merci", "2 les bruyères à Saint-Jory"),
        ("Je vis seule au 9 Le Bourg et je n'ai pas de voiture.", "9 Le Bourg"),
        ("Mon adresse est toujours 8 La Garenne, je n'ai pas déménagé.", "8 La Garenne"),
    ],
)
def test_a_numbered_place_after_a_home_is_masked_only_with_its_switch(
    monkeypatch: pytest.MonkeyPatch, text: str, place: str
) -> None:
    _switch(monkeypatch, READ_AFTER_HOME=False, READ_BEFORE_POSTCODE=False, READ_WITHOUT_ARTICLE=False)
    assert place in output(text)
    _switch(monkeypatch, READ_AFTER_HOME=True, READ_BEFORE_POSTCODE=False, READ_WITHOUT_ARTICLE=False)
    body = output(text)
    assert place not in body and "[ADRESSE_1]" in body, body
    assert "Hauts" not in body and "bruyères" not in body and "Garenne" not in body, body


def test_a_lower_case_place_then_its_postcode_is_masked_only_with_its_switch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "slt jsuis passé au 22 les jardins d'arcadie 31200 toulouse hier, jai pa recu la lettre"
    _switch(monkeypatch, READ_AFTER_HOME=False, READ_BEFORE_POSTCODE=False, READ_WITHOUT_ARTICLE=False)
    assert "les jardins d'arcadie" in output(text)
    _switch(monkeypatch, READ_AFTER_HOME=False, READ_BEFORE_POSTCODE=True, READ_WITHOUT_ARTICLE=False)
    body = output(text)
    assert "jardins" not in body and "31200" not in body and "jai pa recu la lettre" in body, body


def test_a_place_without_its_article_needs_a_home_and_a_postcode(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour,\nNotre domicile : 14 bis Montfleury\n29000 Quimper\n\nJe joins le justificatif."
    _switch(monkeypatch, READ_WITHOUT_ARTICLE=False)
    assert "14 bis Montfleury" in output(text)
    _switch(monkeypatch, READ_AFTER_HOME=False, READ_BEFORE_POSTCODE=False, READ_WITHOUT_ARTICLE=True)
    body = output(text)
    assert "Montfleury" not in body and "29000" not in body and "Je joins le justificatif." in body, body
    # without a home's word before it, or without the postcode after it, the number and the name stay
    for other in ("J'ai lu 14 Montfleury ce matin.", "Notre domicile : 14 bis Montfleury, c'est tout."):
        assert "14" in output(other), other


def test_the_line_above_the_postcode_joins_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour,\nvoici où envoyer la carte :\n5 Les Peupliers\n71100 Chalon-sur-Saône\nMerci. Aurélie"
    _switch(monkeypatch, READ_AFTER_HOME=False, READ_BEFORE_POSTCODE=False, READ_WITHOUT_ARTICLE=False)
    assert "5 Les Peupliers" in output(text)
    _switch(monkeypatch, READ_AFTER_HOME=False, READ_BEFORE_POSTCODE=True, READ_WITHOUT_ARTICLE=False)
    body = output(text)
    assert "Peupliers" not in body and "71100" not in body, body


@pytest.mark.parametrize(
    "text",
    [
        "J'ai perdu le tome 2 Les Misérables de la médiathèque, combien dois-je payer ?",
        "J'ai lu page 4 Les Echos de lundi que le plafond allait changer.",
        "J'ai essayé 3 La Poste différentes et aucune n'a mon colis.",
        "Ça fait 8 mois. Les allocations ne tombent plus.",
        "1 Le montant de l'APL a baissé.\n2 La prime n'est pas arrivée.\n3 Les courriers partent ailleurs.",
        "Le car scolaire s'arrête au 3 La Croix Blanche (arrêt) mais plus au Moulin.",
        "J'habite depuis 12 ans. Les voisins sont gentils.",
    ],
)
def test_books_papers_offices_and_lists_stay(text: str) -> None:
    assert output(text) == text


def test_an_offices_address_is_not_read_as_a_home() -> None:
    text = "Sur la convocation : agence France Travail, 12 Les Portes de l'Océan, 17000 La Rochelle. Rien là-bas."
    body = output(text)
    assert "12 Les Portes de l'Océan" in body, body
    text = "La MDPH se trouve bien au 2 Les Hauts de Saint-Aubin, 49000 Angers ?"
    assert "2 Les Hauts de Saint-Aubin" in output(text)


def test_the_place_stops_before_the_next_clause() -> None:
    body = output("On habite au 3 la ferme de mon oncle et il est malade.")
    assert "mon oncle et il est malade." in body, body
    assert "ferme" not in body, body


@pytest.mark.parametrize(
    "text, name",
    [
        ("c'est ma fille ines qui a perdu sa carte", "ines"),
        ("Mon voisin bruno m'aide pour internet.", "bruno"),
        ("jai pa recu la convocation. signé karim", "karim"),
        ("ma petite fille rose m'aide a écrire ce message", "rose"),
    ],
)
def test_lower_case_first_names_stay_masked(text: str, name: str) -> None:
    body = output(text)
    assert f" {name} " not in f" {body} ", body


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais refaire ma façade en pierre et repeindre les volets en rose pâle.",
        "Je produis un peu d'huile d'olive et je suis un ancien de la marine nationale.",
        "Je suis né en france, la photo est trop claire et mon fils est sage comme un ange.",
    ],
)
def test_french_words_that_are_first_names_stay(text: str) -> None:
    assert output(text) == text
