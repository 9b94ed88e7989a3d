"""Candidate recall of the first stage, and which query would have found a gold fiche the candidates miss.

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_recall.py [--corpus corpora/retrieval] [--split …]

For every message with a gold fiche (train + validation by default; the test split is never read unless named): is a
gold fiche among the re-ranking's candidates (`guichet.knowledge.retrieval.gather`), and where the best gold fiche
ranks over all fiches by the first-stage score and by other queries one could send — plain BM25 of the useful text
over whole fiches, the lexical score of the story alone, the sentence encoder on the story, on each sentence of the
message (best sentence), on the whole useful text. Prints recall@30 / @100 per kind and per query, and for the
messages whose gold is not a candidate, the best-ranking query (what would have recovered it).
"""

from __future__ import annotations

import argparse
import os
from collections import defaultdict

import numpy as np

QUERIES = ("first", "whole", "context_lexical", "context_dense", "sentence_dense", "useful_dense", "candidates")


def _rank(scores: np.ndarray, allowed: np.ndarray, gold: list[int]) -> int:
    """Rank (0 = first) of the best gold fiche among the allowed fiches by `scores`."""
    if not gold:
        return 10**6
    best = max(float(scores[g]) for g in gold)
    if best <= -1.0 or not np.isfinite(best):
        return 10**6
    return int(np.sum(scores[allowed] > best))


def measure(item: dict, index, allowed: np.ndarray) -> dict[str, int]:
    from guichet.knowledge.baseline import whole_fiche_scores
    from guichet.knowledge.index import embed
    from guichet.knowledge.query import understand
    from guichet.knowledge.retrieval import DENSE_WEIGHT, _dense_subset, _lexical, _relative, gather

    query = understand(item["query"], administration=item["administration"])
    gold = [index.position[f] for f in item["gold"] if f in index.position and allowed[index.position[f]]]
    candidates, full, main = gather(index, query, allowed, use_dense=True, administration=item["administration"])
    out: dict[str, int] = {"candidates": 0 if set(gold) & set(int(f) for f in candidates.fiches) else 10**6}
    lexical = _relative(full.fiche)
    positions, matrix = _dense_subset(index, allowed)

    def cosines(texts: list[str]) -> np.ndarray:
        scores = np.full(index.n_fiches, -1.0, dtype=np.float32)
        texts = [t for t in texts if t.strip()]
        if texts:
            scores[positions] = np.max(matrix @ embed(texts).T, axis=1)
        return scores

    dense = cosines([query.dense(), *query.asks[:3]] if len(query.asks) > 1 else [query.dense()])
    first = lexical + DENSE_WEIGHT * np.maximum(dense, 0.0)
    out["first"] = _rank(first, allowed, gold)
    out["whole"] = _rank(whole_fiche_scores(index, query.useful()), allowed, gold)
    context = " ".join(query.context)
    out["context_lexical"] = _rank(_lexical(index, context, allowed).fiche, allowed, gold) if context else 10**6
    out["context_dense"] = _rank(cosines([context[:300]]), allowed, gold) if context else 10**6
    sentences = [s for s in [*query.context, *query.asks] if len(s.split()) >= 4][:8]
    out["sentence_dense"] = _rank(cosines(sentences), allowed, gold) if sentences else 10**6
    out["useful_dense"] = _rank(cosines([query.useful()[:600]]), allowed, gold)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", default="train+validation")
    parser.add_argument("--show", type=int, default=0, help="print this many missed messages")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge.index import get_index
    from guichet.knowledge.retrieval import _allowed

    index = get_index()
    allowed = _allowed(index, None, None)
    splits = set(args.split.split("+"))
    rows = []
    for row in read_corpus(args.corpus):
        if row["split"] not in splits or not row["fiche_ids"]:
            continue
        item = {
            "query": f"{row.get('title', '')}\n{row['message']}",
            "gold": set(row["fiche_ids"]),
            "administration": row.get("administration", ""),
        }
        rows.append((row, measure(item, index, allowed)))
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row, ranks in rows:
        by_kind[row.get("kind", "?")].append(ranks)
        by_kind["all"].append(ranks)
    print(f"{'kind':<13} {'n':>5} " + " ".join(f"{q:>20}" for q in QUERIES))
    for kind, ranks in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        cells = []
        for q in QUERIES:
            at30 = np.mean([r[q] < 30 for r in ranks])
            at100 = np.mean([r[q] < 100 for r in ranks])
            cells.append(f"{at30:.3f} / {at100:.3f}" if q != "candidates" else f"{at30:.3f}")
        print(f"{kind:<13} {len(ranks):>5} " + " ".join(f"{c:>20}" for c in cells))
    missed = [(row, ranks) for row, ranks in rows if ranks["candidates"]]
    print(f"\ngold not among the candidates: {len(missed)} of {len(rows)}")
    recovered = defaultdict(int)
    for _, ranks in missed:
        for q in QUERIES[1:-1]:
            recovered[q, 8] += ranks[q] < 8
            recovered[q, 30] += ranks[q] < 30
    for q in QUERIES[1:-1]:
        print(f"  {q:<16} in its top 8: {recovered[q, 8]:>3}   top 30: {recovered[q, 30]:>3}")
    for row, ranks in missed[: args.show]:
        print(row["id"], row.get("kind"), row["fiche_ids"], {q: ranks[q] for q in QUERIES[:-1]})
        print("   ", row["message"][:200].replace("\n", " "))


if __name__ == "__main__":
    main()
