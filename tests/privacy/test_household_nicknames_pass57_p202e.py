"""Fifty-seventh pass, privacy (issue 13, engineer-p202e): household employers' numbers and nicknames with an article.

A household employer's number read whole after its label (`household_employers.READ_HOUSEHOLD_EMPLOYER_NUMBERS`:
« N° Cesu employeur : 4187302 6 », its key digit included); a nickname after an article and a familiar adjective that
`familiar_forms` left (`article_nicknames`: a listed first name no dictionary has, « le Grand Jo »; « du » and « au »,
« la voiture du vieux Marcel »; a doubled syllable, « la Petite Mimi », shipped off). The offices' own lines, amounts,
places and titles (« le Grand Est », « la Grande Motte », « du Grand Prix », « le grand frère ») stay. The real
pipeline; items of batch p202e's train split and fresh sentences.
"""

import re

import pytest

from guichet.privacy import article_nicknames, household_employers
from guichet.privacy.pseudonymise import pseudonymise_message
from tests.batches import batch_item


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in article_nicknames.spans(text)]


def test_the_switches_ship_as_measured() -> None:
    assert household_employers.READ_HOUSEHOLD_EMPLOYER_NUMBERS is True
    assert article_nicknames.READ_LISTED_FIRST_NAMES is True
    assert article_nicknames.READ_CONTRACTED_ARTICLES is True
    assert article_nicknames.READ_DOUBLED_NICKNAMES is False  # no gain on train + validation


def test_a_cesu_employer_number_is_masked_with_its_key() -> None:
    for text in (
        "Bonjour, N° Cesu employeur : 3904417 2. Je n'arrive plus à déclarer les heures de ménage.",
        "Pour le crédit d'impôt, mon n° d'employeur URSSAF (CESU) 3 714 265 9. Merci de me répondre.",
    ):
        body = _body(text)
        assert "3904417" not in body and "714" not in body and not re.search(r"\] [29]\.", body), body


def test_a_pajemploi_number_with_its_letters_is_masked_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Pajemploi me demande le numéro d'employeur, qui est le PAJE 3052 7719 4. Je le mets où ?"
    body = _body(text)
    assert "PAJE" not in body and "7719" not in body, body
    monkeypatch.setattr(household_employers, "READ_HOUSEHOLD_EMPLOYER_NUMBERS", False)
    assert "PAJE" in _body(text)  # the letters were left before the number


def test_a_pajemploi_number_of_a_train_item_is_masked_whole() -> None:
    item = batch_item("privacy", "p202e", "p202e-012", train=True)
    body = _body(item["message"])
    assert "PAJE" not in body and "4488" not in body and "5 SMIC" in body, body


def test_the_offices_lines_and_amounts_stay() -> None:
    text = (
        "Le centre Cesu répond au 0 806 802 378. Mon numéro employeur : je ne l'ai pas encore. Le plafond est de "
        "12 000 € par an, majoré de 1 500 € par enfant."
    )
    body = _body(text)
    assert "0 806 802 378" in body and "12 000 €" in body and "1 500 €" in body, body
    assert list(household_employers.spans("numéro employeur : 1 500 euros par mois")) == []


def test_a_listed_first_name_after_a_familiar_form_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "Jo," not in _body("Mon voisin, le Grand Jo, gare sa camionnette devant le portail depuis un mois.")
    item = batch_item("privacy", "p202e", "p202e-017", train=True)
    assert "le Grand Jo" not in _body(item["message"])
    monkeypatch.setattr(article_nicknames, "READ_LISTED_FIRST_NAMES", False)
    assert "le Grand Jo" in _body(item["message"])


def test_a_nickname_after_du_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "J'ai acheté la camionnette du vieux Marcel, parti en maison de retraite. Comment faire la carte grise ?"
    assert "Marcel" not in _body(text)
    monkeypatch.setattr(article_nicknames, "READ_CONTRACTED_ARTICLES", False)
    assert "vieux Marcel" in _body(text)


def test_a_doubled_first_name_is_read_only_with_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Pour la fête, la Petite Lulu viendra aussi."
    assert _found(text) == []
    monkeypatch.setattr(article_nicknames, "READ_DOUBLED_NICKNAMES", True)
    assert _found(text) == ["Lulu"]
    assert _found("le petit Papa a sonné") == []  # a family's word


def test_places_titles_and_a_brother_stay() -> None:
    text = (
        "Nous partons à la Grande Motte puis dans le Grand Est. Mon grand frère a couru le Grand Prix de la "
        "Saint-Martin, organisé au Grand Palais."
    )
    body = _body(text)
    for kept in ("Grande Motte", "Grand Est", "grand frère", "Grand Palais"):
        assert kept in body, body
    lookalikes = ("le Petit Prince", "du Grand Prix de Pau", "au Petit Bateau", "la Grande Motte", "du petit Rhône")
    lookalikes += ("Communauté urbaine du Grand Nancy", "la métropole du Grand Annecy", "le Grand Dijon")
    for lookalike in lookalikes:
        assert _found(lookalike) == [], lookalike
