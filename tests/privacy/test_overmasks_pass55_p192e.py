"""Fifty-fifth pass, privacy (issue 13, engineer-p192e): words read as a person that are no one's.

Two readings of `privacy.overmask_guards`: a form's value that says there is none (`READ_NONE_VALUES`: « Nom d'usage
: Néant », « Conjoint : Aucun ») and a foreign place of two words or more where someone lives, works or travels
(`READ_FOREIGN_PLACES`: « vit à Ben Arous », « à Van Buren, dans l'Arkansas »). Real names of the same shape stay
masked. The real pipeline; train items of batch p192e and fresh sentences.
"""

from pathlib import Path

import pytest

from guichet.privacy import overmask_guards
from guichet.privacy.pseudonymise import pseudonymise_message
from tests.batches import batch_item

BATCH = Path(__file__).resolve().parents[2] / "corpora" / "privacy" / "p192e.jsonl"
SWITCHES = ("READ_NONE_VALUES", "READ_FOREIGN_PLACES")


def _item(item_id: str) -> dict:
    return batch_item("privacy", "p192e", item_id, train=True)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, **values: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(overmask_guards, name, values.get(name, False))


def test_the_switches_ship_as_measured() -> None:
    assert overmask_guards.READ_NONE_VALUES is True
    assert overmask_guards.READ_FOREIGN_PLACES is True


@pytest.mark.parametrize("item_id", ["p192e-010", "p192e-040"])
def test_a_none_value_stays_and_the_names_go(item_id: str) -> None:
    item = _item(item_id)
    out = _body(item["message"])
    for value in item["pii"]:
        assert value not in out
    assert "Néant" in out and "Aucun" in out


def test_a_none_value_off_gives_the_start_behaviour(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, READ_FOREIGN_PLACES=True)
    out = _body(_item("p192e-010")["message"])
    assert "Néant" not in out or "Aucun" not in out


def test_a_none_value_in_a_fresh_form() -> None:
    out = _body("Nom : Quintard\nPrénom : Albane\nNom de jeune fille : Néant\nConjoint : Aucun\nMerci.")
    assert "Quintard" not in out and "Albane" not in out
    assert "Néant" in out and "Aucun" in out


@pytest.mark.parametrize(("item_id", "place"), [("p192e-003", "Ben Arous"), ("p192e-014", "Van Buren")])
def test_a_foreign_place_stays_and_the_writer_goes(item_id: str, place: str) -> None:
    item = _item(item_id)
    out = _body(item["message"])
    assert place in out
    for value in item["pii"]:
        assert value not in out


def test_a_foreign_place_off_gives_the_start_behaviour(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, READ_NONE_VALUES=True)
    assert "Ben Arous" not in _body(_item("p192e-003")["message"])


@pytest.mark.parametrize("item_id", ["p192e-044", "p192e-048"])
def test_names_that_look_like_places_stay_masked(item_id: str) -> None:
    item = _item(item_id)
    out = _body(item["message"])
    for value in item["pii"]:
        assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, j'ai écrit à Julien Marsac, au CCAS, sans réponse.",
        "J'habite chez le fils de Julien Marsac depuis mars.",
        "Je donne procuration à Mme Van Buren Esther.",
        "Je suis née à Sidi Bel Abbès (Algérie) en 1990.",
    ],
)
def test_a_person_or_a_birthplace_is_not_read_as_a_place(text: str) -> None:
    out = _body(text)
    for value in ("Julien Marsac", "Van Buren Esther", "Sidi Bel Abbès"):
        assert value not in out


def test_a_fresh_foreign_place() -> None:
    out = _body("Bonjour, mon mari travaille depuis un an à Sidi Bou Saïd et je voudrais savoir si je garde l'APL.")
    assert "Sidi Bou Saïd" in out
