"""Fifty-second pass, privacy (issue 13, engineer-p175e): the first name that signs a quoted message.

Three readings of `recognizers.quoted_signatures`: a listed first name before the closing quote of a quotation
(`QUOTE_END_NAMES`: « … je repasse jeudi. Thierry »), a first name that is also a common word there, alone after a
sentence end (`COMMON_QUOTE_END_NAMES`: "… c'est noté. Rose"), the last line of a block quoted with ">"
(`QUOTED_LINE_NAMES`: "> Olivier"). Kin words, public bodies and places that begin with a first name, and « Maison
… » public places stay visible with every switch on. The real pipeline, fresh sentences written for these tests,
none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import quoted_signatures

SWITCHES = ("QUOTE_END_NAMES", "COMMON_QUOTE_END_NAMES", "QUOTED_LINE_NAMES")
QUOTE_END = "Le plombier m'a répondu par SMS « Pas de souci, je repasse jeudi matin. Thierry » mais il n'est pas venu."
COMMON_END = (
    'Ma voisine a écrit sur le groupe : "La réunion est reportée, c\'est noté. Rose" et la mairie ne dit rien.'
)
QUOTED_LINE = (
    "Je vous fais suivre sa réponse :\n\n> Je ne signerai pas l'état des lieux tant que les clés manquent.\n"
    "> Olivier\n\nQue puis-je faire ?"
)
VISIBLE = (
    "L'agent m'a écrit « Prenez rendez-vous à la Maison France services. Merci » puis ma fille "
    "« Je t'embrasse. Maman » ; ma conseillère « Voyez avec France Travail » et le juriste "
    "« Allez à la Maison de la justice et du droit »."
)


def test_the_switches_ship_as_measured() -> None:
    assert quoted_signatures.QUOTE_END_NAMES is True
    assert quoted_signatures.COMMON_QUOTE_END_NAMES is True
    assert quoted_signatures.QUOTED_LINE_NAMES is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(quoted_signatures, name, value)


@pytest.mark.parametrize(
    ("switch", "text", "word"),
    [
        ("QUOTE_END_NAMES", QUOTE_END, "Thierry"),
        ("COMMON_QUOTE_END_NAMES", COMMON_END, "Rose"),
        ("QUOTED_LINE_NAMES", QUOTED_LINE, "Olivier"),
    ],
)
def test_each_switch_masks_its_signature(monkeypatch: pytest.MonkeyPatch, switch: str, text: str, word: str) -> None:
    _switch(monkeypatch, False)
    assert word in _body(text)
    monkeypatch.setattr(quoted_signatures, switch, True)
    body = _body(text)
    assert word not in body and "[PERSONNE_1]" in body, body


def test_the_quotation_around_the_name_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    body = _body(QUOTE_END)
    assert "je repasse jeudi matin. [PERSONNE_1] »" in body, body


def test_a_firm_after_the_dash_is_not_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    text = 'Le garage m\'a écrit : "Le contrôle technique est fait. Gaëtan - Garage du Centre" hier soir.'
    body = _body(text)
    assert "Gaëtan" not in body and ". [PERSONNE_1] - " in body, body


def test_public_places_kin_and_thanks_stay_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    assert _body(VISIBLE) == VISIBLE


def test_a_first_name_outside_any_quotation_is_not_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    text = "J'ai lu « la notice ». Nadine m'a dit de vous écrire."
    assert list(quoted_signatures.quote_end_names(text)) == []


def test_a_common_first_name_after_a_comma_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    text = "Le panneau disait « Respectez la nature, Rose » près du parc."
    assert list(quoted_signatures.quote_end_names(text)) == []
