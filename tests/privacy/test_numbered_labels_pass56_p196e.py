"""Fifty-sixth pass, privacy (issue 13, engineer-p196e): numbered labels, listed children, references in groups.

Three readings of `privacy.numbered_labels`: a first name after a numbered or ranked role's label (« Enfant 2 :
Seydou », « Colocataire 3 : Thibault », « - 2e enfant : Yanis »), children listed one per line (« - Jade CE2 »), and
a reference in groups joined by dashes or spaces in which the phone rule found a phone number (« n° 2019-074-0021587
», « 2024 09 1187 6540 »), masked whole. Legal references, amounts and empty values stay visible. The real pipeline
through `pseudonymise_message`; items of batch p196e's train split.
"""

import pytest

from guichet.privacy import numbered_labels
from tests.batches import batch_item
from tests.privacy.helpers import leaks, output

SWITCHES = ("READ_NUMBERED_ROLES", "READ_LISTED_CHILDREN", "REFERENCES_OVER_PHONES")


def _switch(monkeypatch: pytest.MonkeyPatch, **values: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(numbered_labels, name, values.get(name, True))


def test_the_switches_ship_as_measured() -> None:
    assert numbered_labels.READ_NUMBERED_ROLES is True
    assert numbered_labels.READ_LISTED_CHILDREN is True
    assert numbered_labels.REFERENCES_OVER_PHONES is True


@pytest.mark.parametrize("item_id", ["p196e-009", "p196e-020", "p196e-021", "p196e-026", "p196e-030"])
def test_train_items_of_the_batch_lose_their_numbered_names_and_references(item_id: str) -> None:
    item = batch_item("privacy", "p196e", item_id, train=True)
    left = leaks(item)
    # p196e-046's « Salariée : Rosa » is an unnumbered role, left to `role_labels`; none is in these five
    assert left == [], (item_id, left)


def test_numbered_roles_are_read_at_a_line_head_and_after_a_sentence() -> None:
    body = output("Enfant 1 : Oumou\nEnfant 2 : Seydou\nPersonne à charge n°2 : Awa. 3e enfant : Issa, 2 ans")
    for name in ("Oumou", "Seydou", "Awa", "Issa"):
        assert name not in body, body
    assert "2 ans" in body


def test_empty_and_unborn_values_and_legal_labels_stay() -> None:
    body = output("Enfant 2 : néant\n3e enfant : à naître\nParent 1 : moi")
    # (the start code reads the last line's label « Parent » as a name; the values stay)
    assert "Enfant 2 : néant\n3e enfant : à naître\n" in body and body.endswith(" 1 : moi"), body
    text = "Article 2 : Le montant est de 540 €, selon l'article L. 262-2 et le décret n° 2019-797."
    assert output(text) == text


def test_numbered_roles_off_leaves_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Nous demandons un T3.\nColocataire 2 : Youssef\nColocataire 3 : Thibault"
    assert "Thibault" not in output(text)
    _switch(monkeypatch, READ_NUMBERED_ROLES=False)
    assert "Thibault" in output(text)


def test_listed_children_are_masked_and_the_switch_off_leaves_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "bonjour je voudrai inscrire mes enfant a la cantine\n- Noé CP\n- Jade CE2\nc combien le tarif ?"
    body = output(text)
    assert "Jade" not in body and "CE2" in body, body
    _switch(monkeypatch, READ_LISTED_CHILDREN=False)
    assert "Jade" in output(text)


def test_a_list_of_papers_is_no_list_of_children() -> None:
    text = "Pièces pour mes enfants :\n- Attestation\n- Bulletin\nMerci"
    assert output(text) == text


def test_a_reference_is_masked_whole_and_the_switch_off_leaves_its_first_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Son dossier : n° 2019-074-0021587. Le décret n° 2019-797 et l'article L. 262-2 s'appliquent."
    body = output(text)
    assert "2019-074" not in body and "0021587" not in body, body
    assert "décret n° 2019-797" in body and "article L. 262-2" in body, body
    _switch(monkeypatch, REFERENCES_OVER_PHONES=False)
    assert "2019-" in output(text).split("dossier")[1].split(".")[0]


def test_a_phone_number_alone_stays_a_phone() -> None:
    body = output("Rappelez-moi au 06 41 22 87 90 svp.")
    assert "[TELEPHONE_1]" in body, body
