"""Fifty-third pass, privacy (issue 13, engineer-p180e): birth, married and usage names told by their own words.

Three readings of `recognizers.married_names`: a birth or usage name's field inside a line (`INLINE_NAME_FIELDS`:
« nom patronymique : BRUN. »), a couple's two birth names after « nés » (`COUPLE_BIRTH_NAMES`: « nés LEMOINE et
PETIT »), a name in capitals before « épouse », « née » and another name in capitals (`CAPITAL_NAME_CHAINS`: « ROSE
epouse DIOP Aminata »). All three ship on. Dates, places, « veuve » alone and public bodies stay visible with every
switch on. The real pipeline, fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import married_names

SWITCHES = ("INLINE_NAME_FIELDS", "COUPLE_BIRTH_NAMES", "CAPITAL_NAME_CHAINS")
FIELD = "Pour le dossier de retraite : nom patronymique : BRUN. Prénoms : Odile Marie."
COUPLE = "Les témoins, M. et Mme LEMOINE-PETIT (nés LEMOINE et PETIT), viendront samedi."
CHAIN = "sur la facture il y a ROSE epouse DIOP Aminata alors que c'est moi"
CHAIN_NEE = "Le courrier est adressé à BLANC née TOURE Fanta depuis janvier."
VISIBLE = (
    "Je suis veuve depuis mars et divorcée avant cela. Nos jumeaux sont nés le 3 mai, ils sont nés en France et au "
    "Mali. Le collège Simone-Veil et la CAF de l'Aude ont mon dossier, nom d'usage : je ne sais pas."
)


def test_the_switches_ship_as_measured() -> None:
    assert married_names.INLINE_NAME_FIELDS is True
    assert married_names.COUPLE_BIRTH_NAMES is True
    assert married_names.CAPITAL_NAME_CHAINS is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(married_names, name, value)


@pytest.mark.parametrize(
    ("switch", "text", "word"),
    [
        ("INLINE_NAME_FIELDS", FIELD, "BRUN"),
        ("COUPLE_BIRTH_NAMES", COUPLE, "PETIT)"),
        ("CAPITAL_NAME_CHAINS", CHAIN, "ROSE"),
        ("CAPITAL_NAME_CHAINS", CHAIN_NEE, "BLANC"),
    ],
)
def test_each_switch_masks_its_name(monkeypatch: pytest.MonkeyPatch, switch: str, text: str, word: str) -> None:
    _switch(monkeypatch, False)
    assert word in _body(text)
    monkeypatch.setattr(married_names, switch, True)
    body = _body(text)
    assert word not in body, body
    assert "[PERSONNE_1]" in body


@pytest.mark.parametrize("switch", SWITCHES)
def test_one_switch_leaves_the_others_names(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    _switch(monkeypatch, False)
    monkeypatch.setattr(married_names, switch, True)
    others = {"INLINE_NAME_FIELDS": (FIELD, "BRUN"), "COUPLE_BIRTH_NAMES": (COUPLE, "PETIT)")}
    others["CAPITAL_NAME_CHAINS"] = (CHAIN, "ROSE")
    for name, (text, word) in others.items():
        if name != switch:
            assert word in _body(text)


@pytest.mark.parametrize("value", [True, False])
def test_look_alikes_stay(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    _switch(monkeypatch, value)
    body = _body(VISIBLE)
    for words in ("veuve depuis mars", "divorcée", "nés en France", "Mali", "collège Simone-Veil", "CAF de l'Aude"):
        assert words in body, body
    assert "nom d'usage : je ne sais pas" in body


def test_the_readings_refuse_what_is_no_name() -> None:
    assert list(married_names.inline_field_spans("Nom d'usage : Néant. Nom de famille : Madame.")) == []
    assert list(married_names.couple_spans("ils sont nés Paris et Lyon, puis nés le 2 et le 3")) == []
    assert list(married_names.chain_spans("MA FILLE EST NÉE PRÉMATURÉE ET JE SUIS VEUVE DEPUIS 2020")) == []
    text = "Nom de naissance : DE SOUSA ; nom d'épouse : veuve KANTÉ ; prénom : Ana"
    assert [text[a:b] for a, b in married_names.inline_field_spans(text)] == ["DE SOUSA", "KANTÉ"]
