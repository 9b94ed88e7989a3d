"""Items of a corpus batch read by id, for the tests that assert behaviour on a batch's train items."""

import json
from pathlib import Path

from guichet.corpora import split_of

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def batch_item(part: str, batch: str, item_id: str, *, train: bool = False) -> dict:
    """The item `item_id` of `corpora/<part>/<batch>.jsonl`; with `train`, it must be a train item."""
    for line in (CORPORA / part / f"{batch}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == item_id:
            assert not train or split_of(item_id) == "train", f"{item_id} is not a train item"
            return item
    raise KeyError(item_id)
