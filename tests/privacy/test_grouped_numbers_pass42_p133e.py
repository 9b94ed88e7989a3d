"""Forty-second pass, privacy (issue 13, engineer-p133e): numbers in digit groups known by their label or shape.

A professional's number (RPPS, ADELI, FINESS, the Assurance Maladie's "AM"), a prescription's number, or any nine
to fourteen digits in groups with a single digit among them, written with spaces or dots. Fresh sentences, none from
the corpora; near misses from the office's ordinary business (amounts, dates, a service's phone number, a law's
number) that stay.
"""

import pytest

from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.privacy.recognizers import professional_numbers


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


LABELLED = [
    ("Je suis kinésithérapeute, mon RPPS : 10 3 456 789 01, à Tours.", "10 3 456 789 01"),
    ("Sage-femme libérale (ADELI 37.5.09876.2), je vous écris pour une patiente.", "37.5.09876.2"),
    ("Orthophoniste, ADELI 2A 9 54321 0, installée à Ajaccio.", "2A 9 54321 0"),
    ("L'officine est enregistrée sous le FINESS 37 0 00456 1 depuis des années.", "37 0 00456 1"),
    ("Infirmier, n° AM 37 1 98765 4, je n'ai pas été payé.", "37 1 98765 4"),
    ("La prescription n° 4410 2398 0071 a été perdue par le transporteur.", "4410 2398 0071"),
    ("Le cabinet dentaire, 10 00 56 78 12 3 (RPPS), n'a pas reçu le paiement.", "10 00 56 78 12 3"),
]

GROUPED = [
    ("La psychologue a écrit 59 3 12 40 87 6 sur la feuille, est-ce le sien ?", "59 3 12 40 87 6"),
    ("Il faut noter 10.1.234.567.89 sur la feuille de soins, non ?", "10.1.234.567.89"),
]


@pytest.mark.parametrize(("text", "value"), LABELLED + GROUPED)
def test_a_number_in_groups_is_masked(text: str, value: str) -> None:
    masked = _masked(text)
    assert any(value in found and kind == "REFERENCE" for found, kind in masked.items()), masked


@pytest.mark.parametrize(
    "text",
    [
        "Le plan d'aide coûte 1 245 000 € au département chaque année, d'après le rapport.",
        "Appelez le 0 800 360 360, c'est un numéro gratuit.",
        "L'ordonnance n° 2020-1525 du 7 décembre 2020 a changé les délais.",
        "Mon rendez-vous est le 12 06 2026 à 10 h 30.",
        "Le cabinet est au 1er étage, à 4 km du centre, ouvert de 8 h à 19 h 30.",
        "Le formulaire cerfa 1 2 3 4 5 est-il toujours valable ?",
        "J'ai pris 2 boîtes de 30 comprimés de 5 mg pendant 3 mois.",
        "Le RPPS est obligatoire pour facturer depuis 2022, m'a dit le 3646.",
        "La page 4 du guide, ligne 12, parle des 3 cas possibles.",
    ],
)
def test_ordinary_numbers_stay(text: str) -> None:
    masked = _masked(text)
    assert "REFERENCE" not in masked.values(), masked
    assert list(professional_numbers.spans(text)) == []


@pytest.mark.parametrize(("text", "value"), LABELLED)
def test_the_label_switch_turns_the_label_rule_off(monkeypatch: pytest.MonkeyPatch, text: str, value: str) -> None:
    monkeypatch.setattr(professional_numbers, "GROUPED", False)  # the shape alone finds most of them too
    start = text.index(value)
    assert (start, start + len(value)) in list(professional_numbers.spans(text))
    monkeypatch.setattr(professional_numbers, "LABELLED", False)
    assert (start, start + len(value)) not in list(professional_numbers.spans(text))


def test_the_grouped_switch_turns_the_shape_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text, value = GROUPED[0]
    assert _masked(text).get(value) == "REFERENCE"
    monkeypatch.setattr(professional_numbers, "GROUPED", False)
    assert list(professional_numbers.spans(text)) == []
    assert value not in _masked(text)


def test_both_switches_off_leave_a_labelled_professional_number(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kiné à Blois, RPPS : 10 3 456 789 01."
    assert _masked(text).get("10 3 456 789 01") == "REFERENCE"
    monkeypatch.setattr(professional_numbers, "LABELLED", False)
    monkeypatch.setattr(professional_numbers, "GROUPED", False)
    assert "10 3 456 789 01" not in _masked(text)


def test_a_labelled_number_stops_at_the_line_break() -> None:
    text = "Dr Jeanne Roy\nMédecin – RPPS 10009876543\n4 rue Carnot – 37000 Tours"
    start = text.index("10009876543")
    assert list(professional_numbers.spans(text)) == [(start, start + 11)]
    masked = _masked(text)
    assert masked.get("10009876543") == "REFERENCE", masked
