"""Fiftieth pass, privacy (issue 13, engineer-p167e): nicknames, family words and SMS contractions.

A short form in brackets after a found name, in capitals or in lower case ("mon fils kevin (KEV pour ses
potes)"), is masked (switch shipped off, turned on here); a family's word alone ("leur grand-père Papou", "Bébé
est né") and a pronoun glued to its verb in SMS style ("jai perdu") are left, whichever recogniser found them
(`pet_names`). Fresh sentences, none from the corpora; each switch turned off brings the old reading back.
"""

import pytest

from guichet.privacy import pet_names
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import aside_names


def _body(text: str) -> tuple[str, dict[str, str]]:
    _, body = pseudonymise_message(title="", body=text)
    return body.text, body.mapping


def _masked(text: str) -> set[str]:
    return set(_body(text)[1].values())


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("bjr c pour mon fils dylan (DYL pour les copains), il a pas recu sa carte vitale", "DYL"),
        ("Bonjour, mon neveu Grégory Lenoir (GREG pour la famille) cherche une formation.", "GREG"),
        ("slt je suis la soeur de bastien (bast pour ses potes), il a plus d'apl", "bast"),
    ],
)
def test_a_short_form_in_brackets_after_a_found_name_is_masked(
    text: str, short: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pet_names, "CAPITAL_SHORT_FORMS", True)  # ships off: a train gain only
    masked, _ = _body(text)
    assert short not in masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bonjour, les petits appellent leur grand-père Papounet et il vit chez nous depuis juin.", "Papounet"),
        ("Bonjour,\nBébé est arrivé le mois dernier : comment l'ajouter à ma carte vitale ?", "Bébé"),
        ("slt c tonton riri, jai pas recu la prime de noel pour les petits", "jai"),
    ],
)
def test_family_words_and_sms_contractions_are_left(text: str, word: str) -> None:
    masked, mapping = _body(text)
    assert word in masked
    assert word not in mapping.values()


def test_a_name_beside_them_is_still_masked() -> None:
    masked, _ = _body("slt c tonton riri, jai pas recu la prime de noel pour les petits")
    assert "riri" not in masked
    assert "Mamie Odile" in _masked("Bonjour, Mamie Odile garde nos enfants le mercredi, doit-on la déclarer ?")


def test_a_family_word_alone_on_its_line_is_left_to_the_other_rules() -> None:
    masked, _ = _body("Bonjour, je n'ai pas reçu ma pension ce mois-ci.\nMerci\nMamy")
    assert "Mamy" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, mon fils Mathis (ULIS cette année) a perdu sa carte de cantine.",
        "Bonjour, Martine Dubreuil (MDPH) n'a pas reçu son allocation.",
    ],
)
def test_a_bracketed_word_that_is_no_short_form_is_left(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pet_names, "CAPITAL_SHORT_FORMS", True)
    masked, _ = _body(text)
    inner = text[text.index("(") + 1 : text.index(")")].split()[0]
    assert inner in masked


def test_the_switches_turned_off_bring_the_old_reading_back(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pet_names.CAPITAL_SHORT_FORMS is False  # shipped off
    monkeypatch.setattr(pet_names, "FAMILY_WORDS_ALONE", False)
    monkeypatch.setattr(pet_names, "SMS_CONTRACTIONS", False)
    monkeypatch.setattr(aside_names, "READ_NICKNAME_ASIDES", False)  # p182e reads this aside too
    assert "DYL" in _body("bjr c pour mon fils dylan (DYL pour les copains), il a pas recu sa carte vitale")[0]
    assert "jai" in _masked("slt c tonton riri, jai pas recu la prime de noel pour les petits")
