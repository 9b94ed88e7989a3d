"""Fit the re-ranking weights of `guichet.knowledge.rerank` on the train split of corpora/retrieval/.

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_rerank_fit.py [--corpus corpora/retrieval]

For each train message: the first stage's candidates and their features (`guichet.knowledge.retrieval.gather`),
labelled 1 for a gold fiche. The weights (from zero) maximise the softmax probability of the gold candidates among each
message's candidates (listwise), with an L2 penalty pulling towards zero, by plain gradient descent (a few
hundred steps, under a second). Prints the fitted weights and hit@1 / hit@5 on train and validation for the
fitted and the current weights, and the same on the train and validation splits of a second corpus
(`--check`, default corpora/drafting: other messages, other authors; `--fit-check` adds its train split to the
fit). Test splits are never read. Paste the rounded weights into rerank.WEIGHTS.
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
        query = understand(item["query"], administration=item["administration"])
        candidates, _, _ = gather(
            index, query, allowed, use_dense=index.dense is not None, administration=item["administration"]
        )
        ids = [index.fiches[f]["fiche_id"] for f in candidates.fiches]
        labels = np.array([fiche_id in item["gold"] for fiche_id in ids], dtype=np.float32)
        data.append((candidates.features, labels, candidates))
    return data


def hits(data, weights) -> tuple[float, float]:
    """hit@1 and hit@5 of the re-ranking's order (`rerank`: the weights and its rules) over the candidates."""
    from guichet.knowledge.rerank import rerank

    at1 = at5 = 0
    for _, labels, candidates in data:
        if not labels.any():
            continue
        row = {int(fiche): i for i, fiche in enumerate(candidates.fiches)}
        order = [row[fiche] for fiche, _, _ in rerank(candidates, np.asarray(weights, dtype=np.float32))]
        first_gold = int(np.argmax(labels[order] > 0))
        at1 += first_gold == 0
        at5 += first_gold < 5
    return at1 / len(data), at5 / len(data)


def fit(data, start, *, l2: float = 0.01, steps: int = 2000, rate: float = 0.5, free=None) -> np.ndarray:
    """Gradient descent from `start`; only the weights where `free` is true move (all of them by default)."""
    weights = start.astype(np.float64).copy()
    free = np.ones(len(weights)) if free is None else np.asarray(free, dtype=np.float64)
    usable = [(f.astype(np.float64), y) for f, y, _ in data if y.any() and not y.all()]
    for _ in range(steps):
        grad = l2 * weights
        for features, labels in usable:
            scores = features @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            target = labels / labels.sum()
            grad += features.T @ (p - target) / len(usable)
        weights -= rate * grad * free
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--l2", type=float, default=0.003)
    parser.add_argument(
        "--check",
        default="corpora/drafting",
        help="a second corpus whose train and validation splits are also reported (its test split is never read)",
    )
    parser.add_argument(
        "--fit-check", action="store_true", help="fit on the train splits of both corpora (validation stays apart)"
    )
    parser.add_argument(
        "--fit-validation",
        action="store_true",
        help="fit on train + validation of the corpus (the final weights; then only --check is held out)",
    )
    parser.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="FEATURE=W1,W2,…",
        help="hit@1 / hit@5 with one feature's weight set to each value, the others as in rerank.WEIGHTS (no fit)",
    )
    parser.add_argument(
        "--keep",
        default="",
        metavar="FEATURE,…",
        help="features whose weights stay as in rerank.WEIGHTS while the others are fitted (the twelfth pass kept "
        "vocabulary,distress,recourse,facet,mismatch,qualifier,vocabulary_context: the curated rules)",
    )
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

    def items(corpus, split):
        return [
            {
                "query": f"{row.get('title', '')}\n{row['message']}",
                "gold": set(row["fiche_ids"]),
                "administration": row.get("administration", ""),
            }
            for row in read_corpus(corpus, split=split)
            if row["fiche_ids"]  # a message no fiche answers says nothing about the order
        ]

    sets = {
        f"{name} {split}": collect(items(corpus, split), index, allowed)
        for name, corpus in (("retrieval", args.corpus), ("check", args.check))
        if corpus
        for split in ("train", "validation")
    }
    if args.grid:
        for spec in args.grid:
            name, values = spec.split("=")
            for value in values.split(","):
                weights = np.asarray(WEIGHTS, dtype=np.float64).copy()
                weights[FEATURES.index(name)] = float(value)
                scores = " | ".join(
                    f"{key} {at1:.3f} / {at5:.3f}" for key, data in sets.items() for at1, at5 in [hits(data, weights)]
                )
                print(f"{name}={value:>5} (hit@1 / hit@5): {scores}")
        return
    train = (
        sets["retrieval train"]
        + (sets["retrieval validation"] if args.fit_validation else [])
        + (sets.get("check train", []) if args.fit_check else [])
    )
    recall = sum(labels.any() for _, labels, _ in train) / len(train)
    print(f"fitted on {len(train)} messages (gold among the candidates: {recall:.3f})")
    keep = {name for name in args.keep.split(",") if name}
    if unknown := keep - set(FEATURES):
        parser.error(f"unknown features: {', '.join(sorted(unknown))}")
    start = np.array([WEIGHTS[i] if name in keep else 0.0 for i, name in enumerate(FEATURES)])
    fitted = fit(train, start, l2=args.l2, free=[name not in keep for name in FEATURES])
    for name, weights in (("current", np.asarray(WEIGHTS, dtype=np.float64)), ("fitted", fitted)):
        scores = " | ".join(
            f"{key} {at1:.3f} / {at5:.3f}" for key, data in sets.items() for at1, at5 in [hits(data, weights)]
        )
        print(f"{name:>8} (hit@1 / hit@5): {scores}")
    print("fitted weights:", ", ".join(f"{name} {w:.2f}" for name, w in zip(FEATURES, fitted, strict=True)))


if __name__ == "__main__":
    main()
