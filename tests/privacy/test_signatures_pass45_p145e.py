"""Forty-fifth pass, privacy (issue 13, engineer-p145e): names in the subject line and the closing formulas.

A man's title written without its full stop before his name (`bare_civility.ENABLED`: "signé par M Castanié"); a
lower-case word alone after the message's last sentence (`last_lower_word.ENABLED`: "… svp. ngom"); a name glued to
a title's stop or to a number (`glued_names.TITLE_DOT`, `glued_names.NAME_NUMBER`, both shipped off: tested on).
Fresh sentences, none from the corpora; the rule with near misses it must leave alone, and its switch turned off.
"""

import pytest

from guichet.privacy import bare_civility, glued_names, last_lower_word
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str, title: str = "") -> dict[str, str]:
    """value → placeholder type, for the title and the body of a message."""
    head, body = pseudonymise_message(title=title, body=text)
    return {value: placeholder_type(key) for key, value in (body.mapping | head.mapping).items()}


_BARE_TITLES = [
    ("Le bail a été signé par M Tessandier en mars, je ne l'ai jamais revu.", "Tessandier"),
    ("Mon conseiller M Ferrand ne me rappelle pas depuis trois semaines.", "Ferrand"),
    ("Merci de transmettre à M Wojcik Andrzej, il attend votre courrier.", "Wojcik Andrzej"),
    ("J'ai eu au téléphone M Da Rocha qui m'a dit de patienter.", "Da Rocha"),
]


@pytest.mark.parametrize(("text", "name"), _BARE_TITLES)
def test_a_name_after_a_bare_m_is_masked(text: str, name: str) -> None:
    _head, body = pseudonymise_message(title="", body=text)
    assert name not in body.text, body.text
    assert any(name in value for value in _masked(text)), _masked(text)


def test_a_bare_m_in_the_subject_line_is_masked() -> None:
    head, _body = pseudonymise_message(title="Réclamation de M Tessandier", body="Bonjour, je n'ai rien reçu.")
    assert "Tessandier" not in head.text, head.text


@pytest.mark.parametrize(
    "text",
    [
        "Le t-shirt en taille M Bleu marine était trop petit.",
        "Il a emprunté 2 M Euros pour ce projet.",
        "Je joins la lettre adressée à M Le Maire de la commune.",
        "Le bus de la ligne M Direction gare passe toutes les heures.",
    ],
)
def test_a_bare_m_before_a_word_or_a_function_is_no_title(text: str) -> None:
    assert list(bare_civility.bare_titles(text)) == []


def test_the_bare_title_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le bail a été signé par M Tessandier en mars, je ne l'ai jamais revu."
    monkeypatch.setattr(bare_civility, "ENABLED", False)
    _head, body = pseudonymise_message(title="", body=text)
    assert "Tessandier" in body.text


_LOWER_LAST = [
    ("Je n'ai toujours pas reçu le virement de mars, merci de vérifier svp. kpodo", "kpodo"),
    ("mon dossier est bloqué depuis juin!!! rappelez moi. yapi", "yapi"),
    ("La borne de la gare ne lit pas ma carte. ngor.", "ngor"),
]


@pytest.mark.parametrize(("text", "name"), _LOWER_LAST)
def test_a_lower_case_word_alone_after_the_last_sentence_is_masked(text: str, name: str) -> None:
    _head, body = pseudonymise_message(title="", body=text)
    assert name not in body.text, body.text


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai toujours pas reçu le virement de mars. merci",
        "Le formulaire ne s'enregistre pas sur le site. urgent",
        "Merci de me répondre vite. whatsapp",
        "Rappelez-moi quand vous pouvez. thanks",
        "Je n'ai toujours pas reçu le virement de mars. merciiiii",
        "Le formulaire ne s'enregistre pas sur le site. svppp",
    ],
)
def test_a_closing_a_french_or_an_english_word_after_the_last_sentence_stays(text: str) -> None:
    _head, body = pseudonymise_message(title="", body=text)
    assert body.text == text, body.text


def test_the_last_lower_word_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text, name = _LOWER_LAST[0]
    monkeypatch.setattr(last_lower_word, "ENABLED", False)
    _head, body = pseudonymise_message(title="", body=text)
    assert name in body.text


_GLUED = [
    ("TITLE_DOT", "Mon dossier est suivi par Mme.Keita depuis janvier.", "Keita"),
    ("NAME_NUMBER", "Je n'ai rien reçu depuis avril.\nBonne journée\nZoé2015", "Zoé2015"),
    ("NAME_NUMBER", "Je n'ai rien reçu depuis avril.\nKarim06 12 34 56 78", "Karim"),
]


@pytest.mark.parametrize(("switch", "text", "name"), _GLUED)
def test_a_glued_name_is_masked_with_its_switch_on(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, name: str
) -> None:
    monkeypatch.setattr(glued_names, switch, True)
    _head, body = pseudonymise_message(title="", body=text)
    assert name not in body.text, body.text
    monkeypatch.setattr(glued_names, switch, False)
    _head, body = pseudonymise_message(title="", body=text)
    assert name in body.text, body.text


def test_a_phone_glued_to_a_first_name_is_masked_as_a_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glued_names, "NAME_NUMBER", True)
    assert _masked("Je n'\u00e9cris pas souvent.\nKarim06 12 34 56 78").get("06 12 34 56 78") == "TELEPHONE"


@pytest.mark.parametrize(
    "text",
    ["Les Jeux de Paris2024 ont fermé la rue.", "Mon ordinateur est sous Windows10.", "Le Covid19 m'a arrêté."],
)
def test_a_word_glued_to_a_number_that_is_no_first_name_stays(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(glued_names, "NAME_NUMBER", True)
    assert [kind for kind, _, _ in glued_names.glued_spans(text)] == []
