"""Assign every corpus item to train / validation / test, once, with a fixed seed.

The split of an item depends only on the seed and its `id` (a seeded hash), so adding a batch later never moves
an item that was already assigned, and every tool (training, tuning, reporting) reads the same split without a
stored list that could drift. Ids must be unique within a corpus.

    python -m guichet.corpora corpora/triage        # prints the counts per split and per file
"""

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

SEED = "guichet-2026-11-30"
SHARES = (("train", 0.6), ("validation", 0.2), ("test", 0.2))


def split_of(item_id: str, seed: str = SEED) -> str:
    """The split of one item: a seeded SHA-256 of its id mapped to [0, 1)."""
    digest = hashlib.sha256(f"{seed}:{item_id}".encode()).digest()
    position = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = 0.0
    for name, share in SHARES:
        cumulative += share
        if position < cumulative:
            return name
    return SHARES[-1][0]


def read_corpus(folder: str | Path, split: str | None = None) -> Iterator[dict]:
    """Every item of the `*.jsonl` files of a corpus folder (optionally one split), with `split` and `file` set."""
    seen: set[str] = set()
    for path in sorted(Path(folder).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            if item["id"] in seen:
                raise ValueError(f"{path}:{number}: duplicate id {item['id']!r}")
            seen.add(item["id"])
            item["split"] = split_of(item["id"])
            item["file"] = path.name
            if split is None or item["split"] == split:
                yield item


def write_items(path: str | Path, items: Iterable[dict]) -> int:
    """Write corpus items to a JSONL file without the `split` and `file` keys `read_corpus` adds; the count written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for item in items:
            kept = {key: value for key, value in item.items() if key not in ("split", "file")}
            out.write(json.dumps(kept, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    counts: Counter[tuple[str, str]] = Counter()
    for item in read_corpus(argv[0]):
        counts[(item["file"], item["split"])] += 1
    files = sorted({file for file, _ in counts})
    for file in files:
        parts = ", ".join(f"{name} {counts[(file, name)]}" for name, _ in SHARES)
        print(f"{file}: {parts}")
    totals = ", ".join(f"{name} {sum(n for (_, s), n in counts.items() if s == name)}" for name, _ in SHARES)
    print(f"total: {totals}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
