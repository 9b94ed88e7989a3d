"""Forty-eighth pass, privacy (issue 13, engineer-p157e): short forms, and names that are also towns.

A form's line that names a person by their role then a colon (« Père : Sami », « Sœur : Nancy », « Enfant 2 :
Milan ») holds a person whatever the word (`role_labels.ENABLED`); an address that runs into a name after its comma
is cut back before the comma only when that name is a person by its look (`address_titles.TITLED_OR_FULL`, the
guard of `address_titles.ENABLED`); the dot-leader, CSV and JSON fields of `table_cells`. Fresh sentences, none from
the corpora; each rule with its switch off and a neighbour it leaves alone.
"""

import pytest

from guichet.privacy import address_titles, role_labels, table_cells
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import kin_names


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_switches_as_shipped() -> None:
    assert role_labels.ENABLED is False  # shipped off: train strings only
    assert address_titles.TITLED_OR_FULL is True
    assert address_titles.ENABLED is True  # shipped on with its guard
    assert table_cells.DOTTED_LABELS is False
    assert table_cells.CSV_ROWS is False
    assert table_cells.JSON_NAME_FIELDS is False


_ROLE_FORMS = [
    ("Bonjour,\nDossier de bourse :\nPère : Timéo\nMère : Lorraine\nMerci de me répondre.", ["Timéo", "Lorraine"]),
    ("Livret de famille perdu.\nFrère : Jordan\nSœur : Florence\nNous habitons Reims.", ["Jordan", "Florence"]),
    ("Demande d'aide :\nEnfant 1 : Milan (6 ans)\nEnfant 2 : Sienna (3 ans)\nCordialement", ["Milan", "Sienna"]),
    ("fiche d'inscription\nmère : lorraine\nenfant : noa\nmerci", ["lorraine", "noa"]),
    ("Garde :\nEnfants : Lyon et Nancy\nMerci d'avance.", ["Lyon", "Nancy"]),
]


@pytest.mark.parametrize(("text", "names"), _ROLE_FORMS)
def test_a_name_after_a_role_label_is_masked_when_on(
    text: str, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(role_labels, "ENABLED", True)
    body = _body(text)
    for name in names:
        assert name not in body, body


def test_the_role_labels_shipped_off_leave_a_town_named_first_name_to_the_kin_label_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Fifty-second pass: engineer-p176e's `kin_names.KIN_LABEL_LINES` (shipped on) masks a relative's name after a
    # kin label, « Lorraine » included; with it off, `role_labels` shipped off leaves it, as this pass decided.
    text = "Bonjour,\nDossier de bourse :\nPère : Timéo\nSœur : Lorraine\nMerci de me répondre."
    assert "Lorraine" not in _body(text)
    monkeypatch.setattr(kin_names, "KIN_LABEL_LINES", False)
    body = _body(text)
    assert "Lorraine" in body, body


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bonjour,\nPère : inconnu\nEnfants : 2\nTitulaire : la CAF de Nancy\nMerci.", ["inconnu", "CAF de Nancy"]),
        ("Situation :\nAllocataire : Oui\nBénéficiaire : Allocation de soutien familial\n", ["Oui", "Allocation"]),
        ("Mère : décédée\nFrère : Néant\nMerci de votre aide.", ["décédée", "Néant"]),
    ],
)
def test_a_role_label_without_a_name_stays(text: str, kept: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(role_labels, "ENABLED", True)
    body = _body(text)
    for word in kept:
        assert word in body, body


def test_the_role_labels_read_only_role_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(role_labels, "ENABLED", True)
    text = "Je pars vivre à Nancy : la mairie de Nancy m'a dit que le dossier suivrait."
    assert list(role_labels.role_names(text)) == []
    other = "Parent 2 : Mme Sienna Okoro\n"
    assert [other[a:b] for a, b in role_labels.role_names(other)] == ["Sienna Okoro"]


def test_an_address_cut_before_a_titled_name() -> None:
    body = _body("Bonjour, le chien du 4 rue Carnot, M. Dufour, aboie toute la nuit depuis juin.")
    assert "rue Carnot" not in body and "Dufour" not in body, body


def test_the_guard_keeps_a_town_after_the_street() -> None:
    body = _body("Bonjour, j'habite au 12 rue des Lilas, La Rochelle, depuis le printemps.")
    assert "rue des Lilas" not in body and "[PERSONNE" not in body, body
