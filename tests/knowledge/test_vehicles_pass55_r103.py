"""Fifty-fifth pass, engineer-r103: the car, the licence and the road told in the writer's words.

Each switch of `guichet.knowledge.vehicles` is shown to matter: a sentence it reads (its fiche pointed with the switch
on, not with it off) and a look-alike it leaves alone with every switch on; the batch r103's train items it was
written for are read by the real vocabulary (`find_every`) as shipped.
"""

import json
from pathlib import Path

import pytest

from guichet.corpora import split_of
from guichet.knowledge import vehicles
from guichet.knowledge.vocabulary import find_every

BATCH = Path(__file__).resolve().parents[2] / "corpora" / "retrieval" / "r103.jsonl"

# switch, a sentence it reads, the fiche it points to, a look-alike it leaves
CASES = (
    (
        "READ_POINTS_LEFT",
        "Trois excès de vitesse en un an, je voudrais savoir ce qu'il me reste sur mon permis.",
        "F17970",
        "Il me reste 4 points sur mon permis, puis-je faire un stage pour en récupérer ?",
    ),
    (
        "READ_TECHNICAL_VISIT",
        "Ma voiture a été recalée pour les pneus, quand dois-je repasser la contre-visite ?",
        "F2878",
        "Le médecin agréé m'a convoqué à une visite médicale pour ma voiture de fonction, est-ce obligatoire ?",
    ),
    (
        "READ_INHERITED_CAR",
        "Mon père est décédé en mai et je voudrais mettre la voiture de mon père à mon nom. Comment faire ?",
        "F1480",
        "Mon mari est décédé, son assurance demande quoi faire de la voiture de mon mari, je la garde ?",
    ),
    (
        "READ_POINTS_PER_OFFENCE",
        "Arrêté avec le téléphone à l'oreille au volant : combien de points je vais perdre ?",
        "F31551",
        "Flashé trop vite, je voudrais savoir combien de points il me reste avant le stage.",
    ),
)


def _pointed(text: str, term) -> bool:
    return any(found.term == term for found in find_every(text))


def _train_item(item_id: str) -> str:
    for line in BATCH.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == item_id:
            assert split_of(item_id) == "train"
            return f"{item['title']}\n{item['message']}"
    raise KeyError(item_id)


def test_every_switch_has_a_case_and_the_measured_cost_ships_off():
    # the fifty-sixth pass's switches (r104) have their cases in test_told_otherwise_pass56_r104.py
    assert {case[0] for case in CASES} <= set(vehicles.SWITCHES)
    off = {case[0] for case in CASES if not getattr(vehicles, case[0])}
    # the A/B on train + validation: one gold up for three down (fines abroad, F15097)
    assert off == {"READ_POINTS_PER_OFFENCE"}


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    term = vehicles.SWITCHES[switch]
    assert fiche in term.fiches
    monkeypatch.setattr(vehicles, switch, True)
    assert _pointed(sentence, term)
    monkeypatch.setattr(vehicles, switch, False)
    assert not _pointed(sentence, term)


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_look_alike_is_left_alone(monkeypatch, switch, sentence, fiche, look_alike):
    for name in vehicles.SWITCHES:
        monkeypatch.setattr(vehicles, name, True)
    assert not any(found.term == vehicles.SWITCHES[switch] for found in find_every(look_alike))


@pytest.mark.parametrize(
    ("item_id", "switch"),
    [("r103-019", "READ_TECHNICAL_VISIT"), ("r103-016", "READ_INHERITED_CAR")],
)
def test_the_batch_train_items_are_read_as_shipped(item_id, switch):
    assert getattr(vehicles, switch)
    assert _pointed(_train_item(item_id), vehicles.SWITCHES[switch])


def test_the_cost_switch_off_gives_the_start_reading():
    # r103-029 (train) is read only by the switch shipped off: as shipped, no entry of this module points to it
    text = _train_item("r103-029")
    assert not vehicles.READ_POINTS_PER_OFFENCE
    assert not any(found.term in vehicles.VEHICLE_TERMS for found in find_every(text))
