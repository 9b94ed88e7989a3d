"""Which re-ranking features rank a gathered gold fiche down (forty-first pass, engineer-r67).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_rank_down.py [--cache FILE.pkl] [--prefix v]

For every train + validation message of corpora/retrieval with a gold fiche (the test split is never read), the
first stage's candidates and their features (`retrieval.gather`, as `guichet eval retrieval` runs it) are ranked by
`rerank` with the shipped weights. For the messages whose gold is gathered but not in the top 5 (or not first:
`--at 1`), each feature's part in the gap between the first fiche and the best gold one, weight × (its value for
the first − its value for the gold), is summed: a positive part pushes the gold down. Prints, per feature, how many
of those messages it pushes down and by how much in all, beside how many it lifts the gold on; and the same for
the messages the re-ranker gets right (the cost of weakening a feature). `--prefix v` keeps the batches whose file
name starts so (the outside `v*` batches). `--cache` keeps the gathered candidates (a local pickle) for reruns.
"""

from __future__ import annotations

import argparse
import os
import pickle
import time
from collections import defaultdict
from pathlib import Path

import numpy as np


def gathered(cache: str) -> list[dict]:
    """Every train + validation message with a gold fiche, its candidates' features and labels."""
    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())
    from guichet.corpora import read_corpus
    from guichet.knowledge.index import get_index
    from guichet.knowledge.query import understand
    from guichet.knowledge.retrieval import _allowed, gather

    index = get_index()
    allowed = _allowed(index, None, None)
    began = time.process_time()
    data = []
    for row in read_corpus("corpora/retrieval"):
        if row["split"] not in ("train", "validation") or not row["fiche_ids"]:
            continue
        administration = row.get("administration", "")
        query = understand(f"{row.get('title', '')}\n{row['message']}", administration=administration)
        candidates, _, _ = gather(
            index, query, allowed, use_dense=index.dense is not None, administration=administration
        )
        ids = [index.fiches[f]["fiche_id"] for f in candidates.fiches]
        labels = np.array([fiche_id in row["fiche_ids"] for fiche_id in ids], dtype=np.float32)
        data.append(
            {
                "id": row["id"],
                "file": row["file"],
                "split": row["split"],
                "kind": row.get("kind", ""),
                "labels": labels,
                "candidates": candidates,
                "ids": ids,
            }
        )
    print(f"gathered {len(data)} messages, CPU {time.process_time() - began:.0f} s, load {os.getloadavg()[0]:.1f}")
    if cache:
        Path(cache).write_bytes(pickle.dumps(data))
    return data


def order_of(item: dict, weights: np.ndarray) -> list[int]:
    """Candidate rows best first, as `rerank` orders them (its rules included)."""
    from guichet.knowledge.rerank import rerank

    candidates = item["candidates"]
    row = {int(fiche): i for i, fiche in enumerate(candidates.fiches)}
    return [row[fiche] for fiche, _, _ in rerank(candidates, np.asarray(weights, dtype=np.float32))]


def gap_parts(item: dict, weights: np.ndarray) -> tuple[int, np.ndarray, np.ndarray] | None:
    """The gold's rank (0: first) and each feature's part in the gap between the first fiche and the best gold one,
    weight × (first − gold): positive pushes the gold down; and, when the gold is first, each feature's part in its
    lead over the runner-up (positive holds it first). None when no gold fiche is a candidate."""
    labels = item["labels"]
    if not labels.any():
        return None
    features = item["candidates"].features.astype(np.float64)
    order = order_of(item, weights)
    gold = next(i for i in order if labels[i] > 0)
    rank = order.index(gold)
    if rank > 0:
        return rank, weights * (features[order[0]] - features[gold]), np.zeros(len(weights))
    lead = weights * (features[gold] - features[order[1]]) if len(order) > 1 else np.zeros(len(weights))
    return 0, np.zeros(len(weights)), lead


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", default="")
    parser.add_argument("--prefix", default="")
    parser.add_argument("--at", type=int, default=5, help="a miss: the gold not in the first AT")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.knowledge.rerank import FEATURES, WEIGHTS

    data = [d for d in gathered(args.cache) if d["file"].startswith(args.prefix)]
    weights = np.asarray(WEIGHTS, dtype=np.float64)
    pushes: dict[str, list[float]] = defaultdict(list)
    lifts: dict[str, list[float]] = defaultdict(list)
    kept: dict[str, list[float]] = defaultdict(list)
    misses = rights = 0
    for item in data:
        found = gap_parts(item, weights)
        if found is None:
            continue
        rank, push, lead = found
        if rank >= args.at:
            misses += 1
            for name, part in zip(FEATURES, push, strict=True):
                (pushes if part > 0 else lifts)[name].append(part)
        elif rank == 0:
            rights += 1  # how much each feature holds the gold above the runner-up
            for name, part in zip(FEATURES, lead, strict=True):
                if part > 0:
                    kept[name].append(part)
    print(f"{len(data)} messages; gathered, not in the top {args.at}: {misses}; first: {rights}")
    print(f"{'feature':<20} {'weight':>6}  pushes down (n, sum)   lifts the gold (n, sum)   holds a first (n, sum)")
    for name in sorted(FEATURES, key=lambda n: -sum(pushes[n])):
        w = weights[FEATURES.index(name)]
        print(
            f"{name:<20} {w:>6.2f}  {len(pushes[name]):>5} {sum(pushes[name]):>8.1f}"
            f"      {len(lifts[name]):>5} {-sum(lifts[name]):>8.1f}"
            f"      {len(kept[name]):>5} {sum(kept[name]):>8.1f}"
        )


if __name__ == "__main__":
    main()
