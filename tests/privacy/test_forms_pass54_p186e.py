"""Fifty-fourth pass, privacy (issue 13, engineer-p186e): a form's fields pasted into a message.

Three readings of `recognizers.form_fields`: a name field's value before the next field of the same line, even a
French word (`READ_INLINE_NAME_FIELDS`: « Nom de l'enfant : Vert Prénom : Lila »); the next field's label that a
name found before it swallowed, cut off (`TRIM_LABEL_TAILS`: « Prénom : Gaspard Né le : … »); a label alone at a
line's head taken for a person, left (`DROP_LABEL_NAMES`: « Conjoint(e) : néant »). Empty fields and labels of
no person stay visible with every switch on. The real pipeline, fresh sentences written for these tests.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import form_fields

SWITCHES = ("READ_INLINE_NAME_FIELDS", "TRIM_LABEL_TAILS", "DROP_LABEL_NAMES")
INLINE = "Fiche de cantine recopiée : Nom de l'enfant : Vert Prénom : Anouk Classe : CE1"
TAIL = "Je recopie la demande. Nom : Terrasson Prénom : Gaspard Né le : 14/05/1961 Ville : Tulle"
TAIL_CAPS = "NOM : FOURNIER PRENOM : Ginette\nMerci de regarder mon dossier."
ALONE = "Demandeur : Maurice Delahaye\nConjoint(e) : néant"
EMPTY = (
    "Sur le papier il y a :\nNom :\nPrénom :\nNé(e) le : __/__/____\nNom de l'organisme : CAF de la Manche\n"
    "Situation de famille : Célibataire\nJe ne sais pas quoi mettre."
)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, **values: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(form_fields, name, values.get(name, False))


def test_the_switches_ship_as_measured() -> None:
    assert form_fields.READ_INLINE_NAME_FIELDS is True
    assert form_fields.TRIM_LABEL_TAILS is True
    assert form_fields.DROP_LABEL_NAMES is True


def test_inline_field_masks_a_french_word_before_the_next_label(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, READ_INLINE_NAME_FIELDS=True)
    out = _body(INLINE)
    assert "Vert" not in out
    assert "Anouk" not in out
    assert "Prénom :" in out


def test_inline_field_off_leaves_the_french_word(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch)
    assert "Vert" in _body(INLINE)


def test_trim_keeps_the_next_label(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, TRIM_LABEL_TAILS=True)
    out = _body(TAIL)
    assert "Gaspard" not in out and "Terrasson" not in out
    assert "Né le :" in out
    out = _body(TAIL_CAPS)
    assert "FOURNIER" not in out and "Ginette" not in out
    assert "PRENOM :" in out


def test_trim_off_swallows_the_label(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch)
    assert "Né le :" not in _body(TAIL)
    assert "PRENOM :" not in _body(TAIL_CAPS)


def test_a_label_alone_is_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, DROP_LABEL_NAMES=True)
    out = _body(ALONE)
    assert "Conjoint(e) : néant" in out
    assert "Maurice" not in out and "Delahaye" not in out


def test_drop_off_masks_the_label(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch)
    assert "Conjoint(e) : néant" not in _body(ALONE)


@pytest.mark.parametrize("on", [True, False])
def test_empty_fields_and_labels_stay(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    _switch(monkeypatch, **dict.fromkeys(SWITCHES, on))
    assert _body(EMPTY) == EMPTY


def test_a_name_before_a_colon_in_a_sentence_stays_masked() -> None:
    out = _body("Le dossier de Jean-Paul Meyrieux : il attend depuis mars.")
    assert "Meyrieux" not in out and "Jean-Paul" not in out


def test_no_one_words_are_no_inline_value() -> None:
    assert list(form_fields.inline_field_spans("Nom : Néant Prénom : Aucun")) == []
