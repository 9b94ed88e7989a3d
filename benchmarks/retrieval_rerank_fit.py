"""Fit the re-ranking weights of `guichet.knowledge.rerank` on the train split of corpora/retrieval/.

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_rerank_fit.py [--corpus corpora/retrieval]

For each train message: the first stage's candidates and their features (`guichet.knowledge.retrieval.gather`),
labelled 1 for a gold fiche. The weights (from zero) maximise the softmax probability of the gold candidates among each
message's candidates (listwise), with an L2 penalty pulling towards zero, by plain gradient descent (a few
hundred steps, under a second). Prints the fitted weights and hit@1 / hit@5 on train and validation for the
fitted and the current weights. The test split is never read. Paste the rounded weights into rerank.WEIGHTS.
"""

from __future__ import annotations

import argparse
import os

import numpy as np


def collect(items, index, allowed):
    from guichet.knowledge.query import understand
    from guichet.knowledge.retrieval import gather

    data = []
    for item in items:
        query = understand(item["query"])
        candidates, _, _ = gather(
            index, query, allowed, use_dense=index.dense is not None, administration=item["administration"]
        )
        ids = [index.fiches[f]["fiche_id"] for f in candidates.fiches]
        labels = np.array([fiche_id in item["gold"] for fiche_id in ids], dtype=np.float32)
        data.append((candidates.features, labels))
    return data


def hits(data, weights) -> tuple[float, float]:
    at1 = at5 = 0
    for features, labels in data:
        if not labels.any():
            continue
        order = np.argsort(-(features @ weights), kind="stable")
        first_gold = int(np.argmax(labels[order] > 0))
        at1 += first_gold == 0
        at5 += first_gold < 5
    return at1 / len(data), at5 / len(data)


def fit(data, start, *, l2: float = 0.01, steps: int = 2000, rate: float = 0.5) -> np.ndarray:
    weights = start.astype(np.float64).copy()
    usable = [(f.astype(np.float64), y) for f, y in data if y.any() and not y.all()]
    for _ in range(steps):
        grad = l2 * weights
        for features, labels in usable:
            scores = features @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            target = labels / labels.sum()
            grad += features.T @ (p - target) / len(usable)
        weights -= rate * grad
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--l2", type=float, default=0.003)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge.index import get_index
    from guichet.knowledge.rerank import FEATURES, WEIGHTS
    from guichet.knowledge.retrieval import _allowed

    index = get_index()
    allowed = _allowed(index, None, None)

    def items(split):
        return [
            {
                "query": f"{row.get('title', '')}\n{row['message']}",
                "gold": set(row["fiche_ids"]),
                "administration": row.get("administration", ""),
            }
            for row in read_corpus(args.corpus, split=split)
        ]

    train, validation = collect(items("train"), index, allowed), collect(items("validation"), index, allowed)
    recall = sum(labels.any() for _, labels in train) / len(train)
    print(f"train {len(train)} messages (gold among the candidates: {recall:.3f}), validation {len(validation)}")
    fitted = fit(train, np.zeros(len(FEATURES)), l2=args.l2)
    for name, weights in (("current", np.asarray(WEIGHTS, dtype=np.float64)), ("fitted", fitted)):
        (t1, t5), (v1, v5) = hits(train, weights), hits(validation, weights)
        print(f"{name:>8}: train hit@1 {t1:.3f} hit@5 {t5:.3f} | validation hit@1 {v1:.3f} hit@5 {v5:.3f}")
    print("fitted weights:", ", ".join(f"{name} {w:.2f}" for name, w in zip(FEATURES, fitted, strict=True)))


if __name__ == "__main__":
    main()
