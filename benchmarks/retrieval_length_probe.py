"""Does the re-ranking favour long fiches? A probe, no weight is changed.

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_length_probe.py [--limit N]

Thirty-eighth pass (engineer-r59). For every message of corpora/retrieval with a gold fiche (train + validation only;
the test split is never read), the re-ranking's candidates and features are gathered once (as
`benchmarks/retrieval_lobo.py` does). Printed:

* among the messages whose gold fiche is 2nd to 5th by the shipped weights' weighted sum, how often the fiche ranked
  first has more chunks than the gold one, and the fiche types of the two (a long "Fiche d'information" before a
  short "Fiche Question-réponse", or the other way round);
* the same weighted sum refitted in 7 folds of batches (each batch ranked by weights fitted without it; the curated
  rules' weights kept, as `retrieval_lobo.py --folds 7`), without and with one more feature, the fiche's number of
  chunks (log, relative to the longest candidate's), first fiche / top 5 held out, and the fitted weight of the length.

The ranking here is the features' weighted sum only, without the rules that sit beside the weights in
`guichet.knowledge.rerank.rerank` (pointer ordering, recourse routes, danger first): both columns read it the same way.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter

import numpy as np
from retrieval_lobo import CURATED, fit, train_candidates


def gather_all(limit: int) -> list[dict]:
    out = []
    for index, row, _, candidates, fiches in train_candidates("corpora/retrieval", limit):
        out.append(
            {
                "file": row["file"],
                "labels": np.array(
                    [index.fiches[f]["fiche_id"] in row["fiche_ids"] for f in fiches], dtype=np.float32
                ),
                "features": candidates.features.astype(np.float64),
                "lengths": np.array([len(index.chunks_of(f)) for f in fiches], dtype=np.float64),
                "types": [index.fiches[f]["fiche_type"] for f in fiches],
            }
        )
    return out


def first_and_top5(rows: list[tuple[np.ndarray, np.ndarray]], weights: np.ndarray) -> tuple[int, int]:
    first = top5 = 0
    for features, labels in rows:
        if not labels.any():
            continue
        rank = int(np.argmax(labels[np.argsort(-(features @ weights), kind="stable")] > 0))
        first += rank == 0
        top5 += rank < 5
    return first, top5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N messages (a smoke run)")
    parser.add_argument("--steps", type=int, default=600)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.knowledge.rerank import FEATURES, WEIGHTS

    data = gather_all(args.limit)
    shipped = np.asarray(WEIGHTS, dtype=np.float64)
    near = Counter()
    for item in data:
        if not item["labels"].any():
            continue
        order = np.argsort(-(item["features"] @ shipped), kind="stable")
        rank = int(np.argmax(item["labels"][order] > 0))
        if 0 < rank < 5:
            top, gold = order[0], order[rank]
            near["gold 2nd to 5th"] += 1
            near["first is longer"] += item["lengths"][top] > item["lengths"][gold]
            near["first is shorter"] += item["lengths"][top] < item["lengths"][gold]
            near[f"first {item['types'][top]} / gold {item['types'][gold]}"] += 1
    for key, count in near.most_common():
        print(f"{count:6d}  {key}")

    keep = set(CURATED.split(","))
    batches = sorted({item["file"] for item in data})
    folds = [set(batches[i::7]) for i in range(7)]
    for extra in (False, True):
        rows = []
        for item in data:
            features = item["features"]
            if extra:
                length = np.log1p(item["lengths"])
                features = np.column_stack([features, length / max(float(length.max()), 1e-9)])
            rows.append((features, item["labels"], item["file"]))
        start = np.concatenate([shipped, [0.0] if extra else []])
        free = np.array([name not in keep for name in FEATURES] + ([True] if extra else []), dtype=np.float64)
        held, fitted = np.zeros(2), []
        for fold in folds:
            train = [(f, y, None) for f, y, batch in rows if batch not in fold]
            weights = fit(train, start, free, l2=0.003, steps=args.steps)
            held += first_and_top5([(f, y) for f, y, batch in rows if batch in fold], weights)
            fitted.append(round(float(weights[-1]), 2))
        label = "with the length feature" if extra else "refit without it"
        print(f"{label}: held out first {int(held[0])} / top 5 {int(held[1])}", fitted if extra else "")


if __name__ == "__main__":
    main()
