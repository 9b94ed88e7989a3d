"""Forty-sixth pass, privacy (issue 13, engineer-p149e): personal data laid out as data.

CSV lines pasted from a spreadsheet (`table_cells.CSV_ROWS`), JSON fields (`JSON_NAME_FIELDS`), form fields with
dot leaders (`DOTTED_LABELS`), a first name or a birthplace beside a masked cell and a form's "À :" line under its
birth date (`ROW_NEIGHBOURS`), and a table's header row or an empty flat's cell that is no one (`CLEAR_HEADERS`).
Fresh messages, none from the corpora; each rule beside the neighbour it must leave alone, and its switch off.
`CSV_ROWS`, `JSON_NAME_FIELDS` and `DOTTED_LABELS` ship off (they fixed train strings only): tested on.
"""

import pytest

from guichet.privacy import table_cells
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for a message's body."""
    _head, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


_CSV = (
    "Bonjour, voici le fichier que le portail refuse :\n"
    '"Nom","Prénom","Classe"\n'
    '"Quenard","Inaya","CM2"\n'
    '"Quenard","Sami","CE1"\n'
    "Le tarif de la cantine change-t-il en janvier ?"
)


def test_the_cells_of_a_quoted_csv_table_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "CSV_ROWS", True)
    body = _body(_CSV)
    for value in ("Quenard", "Inaya", "Sami"):
        assert value not in body, body
    assert "CM2" in body and "Classe" in body and "Prénom" in body, body


def test_csv_rows_switched_off_leaves_the_first_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "CSV_ROWS", False)
    body = _body(_CSV)
    assert "Inaya" in body or "Sami" in body, body


_JSON = (
    '{"nom": "Quenard", "prenom": "Elodie", "statut": "Retraitée", "ville": "Annecy"}\n'
    "c'est ma fiche, j'ai perdu ma carte vitale, que faire ?"
)


def test_a_json_name_field_is_masked_and_its_other_fields_are_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "JSON_NAME_FIELDS", True)
    body = _body(_JSON)
    assert "Elodie" not in body and "Quenard" not in body, body
    assert '"statut": "Retraitée"' in body, body


def test_json_names_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "JSON_NAME_FIELDS", False)
    assert list(table_cells.json_names(_JSON)) == []
    monkeypatch.setattr(table_cells, "JSON_NAME_FIELDS", True)
    assert [_JSON[a:b] for a, b in table_cells.json_names(_JSON)] == ["Quenard", "Elodie"]


_DOTTED = (
    "Bonjour,\nDemandeuse :\n  Nom .......... VERDIER\n  Prénom ....... Ghislaine (mère)\n"
    "  Objet ........ Renouvellement\nLe dossier d'APA est-il complet ?"
)


def test_a_dot_leader_name_field_is_masked_and_another_field_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "DOTTED_LABELS", True)
    body = _body(_DOTTED)
    assert "VERDIER" not in body and "Ghislaine" not in body, body
    assert "Objet ........ Renouvellement" in body, body


def test_dotted_labels_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "DOTTED_LABELS", False)
    assert list(table_cells.dotted_fields(_DOTTED)) == []
    assert "Ghislaine" in _body(_DOTTED)


def test_a_semicolon_row_is_read_whatever_csv_rows_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "CSV_ROWS", False)
    text = "2023;MORVAN;Sandrine;1 250,00;réglé"
    assert [text[a:b] for a, b in table_cells.line_cells(text, 0, len(text))][:3] == ["2023", "MORVAN", "Sandrine"]


def test_a_first_name_beside_a_surname_in_a_headerless_row_is_masked() -> None:
    text = "Ligne de mon tableau de suivi :\n2023;MORVAN;Sandrine;1 250,00;réglé\nOù est passé ce paiement ?"
    body = _body(text)
    assert "Sandrine" not in body and "MORVAN" not in body, body
    assert "réglé" in body and "1 250,00" in body, body


def test_a_town_after_a_birth_date_cell_is_masked_and_a_status_cell_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "CSV_ROWS", True)
    text = "Ligne copiée :\nTCHOUMI,Armand,11/09/1993,Douala,Demande en cours\nLe récépissé n'arrive pas."
    body = _body(text)
    assert "Douala" not in body and "Armand" not in body, body
    assert "Demande en cours" in body, body


def test_a_forms_where_line_under_its_birth_date_is_a_birthplace() -> None:
    text = "État civil :\nNOM : TCHOUMI\nNÉ LE : 11/09/1993\nÀ : Douala (Cameroun)\nMon dossier avance-t-il ?"
    masked = _masked(text)
    assert "Douala" not in _body(text), _body(text)
    assert "LIEU_NAISSANCE" in masked.values(), masked


def test_row_neighbours_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "ROW_NEIGHBOURS", False)
    text = "État civil :\nNOM : TCHOUMI\nNÉ LE : 11/09/1993\nÀ : Douala (Cameroun)\nMon dossier avance-t-il ?"
    assert list(table_cells.birthplace_lines(text)) == []


_HEADERS = (
    "Bonjour, les logements de la résidence :\n"
    "Logement\tLocataire\tDepuis\n"
    "n°3\tMme Colette VANNIER\t2012\n"
    "n°5\tM. Hervé DOUCET\t2020\n"
    "n°7\tvacant\t-\n"
    "Le loyer du n°5 est-il révisable ?"
)


def test_a_header_row_and_an_empty_flat_stay_clear_and_the_tenants_are_masked() -> None:
    body = _body(_HEADERS)
    assert "Colette VANNIER" not in body and "Hervé DOUCET" not in body, body
    assert "Logement\tLocataire\tDepuis" in body, body
    assert "vacant" in body, body
    assert "PERSONNE" not in {kind for value, kind in _masked(_HEADERS).items() if value in ("Locataire", "vacant")}


def test_a_header_row_of_french_words_that_are_also_names_stays_clear() -> None:
    text = (
        "Composition du foyer :\n"
        "Prénom NOM;Lien;Date naiss.\n"
        "Lucille BRIAND;demandeuse;14/02/1990\n"
        "Nolan BRIAND;fils;03/06/2016\n"
        "Sommes-nous prioritaires ?"
    )
    body = _body(text)
    assert "Prénom NOM;Lien;Date naiss." in body, body
    assert "Lucille" not in body and "Nolan" not in body, body


def test_a_headerless_table_of_names_keeps_its_first_row_masked() -> None:
    text = "Les enfants :\nROSE;Marin\nDUVERGER;Capucine\nOnt-ils droit à la bourse ?"
    body = _body(text)
    assert "Capucine" not in body and "DUVERGER" not in body, body


def test_clear_headers_switched_off_masks_the_header_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cells, "CLEAR_HEADERS", False)
    assert list(table_cells.header_rows(_HEADERS)) == []
