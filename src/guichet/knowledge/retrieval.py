"""Score, group by fiche and fuse: the engine behind `guichet.knowledge.search.search`.

Lexical: the prepared query is analysed like the corpus; each distinct term is weighted by 1 + log(tf) (the
subject line and the question sentences are repeated by `prepare_query`, so they weigh more) and summed over the
precomputed BM25 columns of two indexes: chunks (title + heading path + text) and fiches (title ×2, description,
breadcrumb). A fiche's lexical score is its field score plus its best chunk, plus a little of its next chunks.

Dense: cosine between a short form of the query (subject + question sentences, see `dense_query`) and each
fiche's title-and-description vector (see `index.summary_text` for why not one per chunk).

Hybrid: a score-level fusion, the lexical score relative to the query's best plus a weighted cosine (see
DENSE_WEIGHT for why not reciprocal rank fusion).
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from django.conf import settings

from guichet.knowledge.analysis import analyze
from guichet.knowledge.index import LoadedIndex, embed, get_index
from guichet.knowledge.query import dense_query, original_text, prepare_query
from guichet.knowledge.search import MODES, FicheHit, Passage

FIELD_WEIGHT = 0.6
NEXT_CHUNKS_WEIGHT = 0.15
# Hybrid = lexical / best lexical of the query + DENSE_WEIGHT × cosine. Measured on the dev sets, this beat
# reciprocal rank fusion: on long citizen messages the sentence encoder finds the topic but rarely the exact fiche
# (hit@5 ≈ 0.5 alone, against ≈ 0.9 for BM25), and a rank vote of equal weight drowns good lexical ranks; a
# score-level tie-breaker keeps the lexical margins and still lifts paraphrases that share few words with a fiche.
# Weights from 0.3 to 0.5 gave the same results; 0.4 sits in the middle.
DENSE_WEIGHT = 0.4
CANDIDATES = 100
PASSAGES = 3
DEFAULT_KINDS = ("F",)


def _weights(tokens: list[str]) -> dict[str, float]:
    return {token: 1.0 + math.log(count) for token, count in Counter(tokens).items()}


def _bm25_scores(retriever, weights: dict[str, float]) -> tuple[np.ndarray, float]:
    """Weighted BM25 over all documents, and the best score a single document could reach for this query."""
    scores_index = retriever.scores
    data, indices, indptr = scores_index["data"], scores_index["indices"], scores_index["indptr"]
    scores = np.zeros(scores_index["num_docs"], dtype=np.float32)
    bound = 0.0
    vocab = retriever.vocab_dict
    for token, weight in weights.items():
        column = vocab.get(token)
        if column is None:
            continue
        start, end = indptr[column], indptr[column + 1]
        if start == end:
            continue
        values = data[start:end]
        scores[indices[start:end]] += weight * values
        bound += weight * float(values.max())
    return scores, bound


def _allowed(index: LoadedIndex, audience: str | None, fiche_types: list[str] | None) -> np.ndarray:
    """Which fiches the filters let through (cached per index: the same few filters come back all the time)."""
    key = (audience.lower() if audience else None, tuple(sorted(fiche_types or DEFAULT_KINDS)))
    mask = index.masks.get(key)
    if mask is None:
        kinds = {t for t in key[1] if len(t) == 1}
        types = {t for t in key[1] if len(t) > 1}
        mask = np.array(
            [
                (fiche["kind"] in kinds or fiche["fiche_type"] in types)
                and (key[0] is None or key[0] in fiche["audiences"])
                for fiche in index.fiches
            ],
            dtype=bool,
        )
        index.masks[key] = mask
    return mask


def _group_max(values: np.ndarray, groups: np.ndarray, size: int) -> np.ndarray:
    out = np.full(size, -np.inf, dtype=np.float32)
    np.maximum.at(out, groups, values)
    return out


def _lexical(index: LoadedIndex, weights: dict[str, float], allowed: np.ndarray):
    chunk_scores, bound = _bm25_scores(index.chunk_bm25, weights)
    field_scores, _ = _bm25_scores(index.fiche_bm25, weights)
    chunk_scores[~allowed[index.chunk_fiche]] = 0.0
    best = np.maximum(_group_max(chunk_scores, index.chunk_fiche, index.n_fiches), 0.0)
    total = np.bincount(index.chunk_fiche, weights=chunk_scores, minlength=index.n_fiches).astype(np.float32)
    rest = np.minimum(total - best, 2.0 * best)
    fiche_scores = FIELD_WEIGHT * field_scores + best + NEXT_CHUNKS_WEIGHT * rest
    fiche_scores[~allowed] = 0.0
    coverage = best / bound if bound > 0 else np.zeros_like(best)
    return fiche_scores, chunk_scores, coverage


def _dense(index: LoadedIndex, query: str, allowed: np.ndarray) -> np.ndarray:
    vector = embed([dense_query(query)])[0]
    fiche_scores = index.dense @ vector
    fiche_scores[~allowed] = -np.inf
    return fiche_scores


def _ranking(scores: np.ndarray, floor: float) -> np.ndarray:
    """Fiche indexes by decreasing score, only those above `floor`, at most CANDIDATES."""
    if len(scores) > CANDIDATES:
        top = np.argpartition(-scores, CANDIDATES)[:CANDIDATES]
        top = top[np.argsort(-scores[top], kind="stable")]
    else:
        top = np.argsort(-scores, kind="stable")
    return top[scores[top] > floor]


def _passages(index: LoadedIndex, fiche: int, chunk_scores: np.ndarray, limit: int = PASSAGES) -> list[Passage]:
    chunks = index.chunks_of(fiche)
    order = chunks[np.argsort(-chunk_scores[chunks], kind="stable")][: max(limit, 0)]
    return [
        Passage(
            heading=index.chunk_heading[c] or index.fiches[fiche]["title"],
            text=index.chunk_text[c],
            score=round(float(chunk_scores[c]), 4),
            chunk_id=int(index.chunk_ids[c]),
        )
        for c in order
    ]


def run_search(
    query: str,
    *,
    k: int = 5,
    audience: str | None = None,
    fiche_types: list[str] | None = None,
    mode: str = "hybrid",
    passages: int = PASSAGES,
) -> list[FicheHit]:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    query = original_text(query)
    index = get_index()
    if index.n_fiches == 0 or not query.strip():
        return []
    use_dense = mode != "lexical" and index.dense is not None and settings.GUICHET_SEARCH_DENSE
    if mode == "dense" and not use_dense:
        raise RuntimeError("Dense search is off (GUICHET_SEARCH_DENSE) or the index has no vectors.")
    allowed = _allowed(index, audience, fiche_types)
    tokens = analyze(prepare_query(query), vocabulary=index.chunk_bm25.vocab_dict)
    lexical, chunk_scores, coverage = _lexical(index, _weights(tokens), allowed)
    dense = _dense(index, query, allowed) if use_dense else None
    if mode == "lexical" or dense is None:
        scored = [(int(f), float(lexical[f])) for f in _ranking(lexical, 0.0)]
    elif mode == "dense":
        scored = [(int(f), float(dense[f])) for f in _ranking(dense, -1.0)]
    else:
        combined = lexical / (float(lexical.max()) or 1.0) + DENSE_WEIGHT * np.maximum(dense, 0.0)
        combined[~allowed] = 0.0
        scored = [(int(f), float(combined[f])) for f in _ranking(combined, 0.0)]
    return [
        _hit(
            index,
            fiche,
            score,
            chunk_scores,
            float(coverage[fiche]),
            float(dense[fiche]) if dense is not None else 0.0,
            passages,
        )
        for fiche, score in scored[:k]
    ]


def _hit(
    index: LoadedIndex,
    fiche: int,
    score: float,
    chunk_scores: np.ndarray,
    lexical: float,
    dense: float,
    passages: int = PASSAGES,
) -> FicheHit:
    meta = index.fiches[fiche]
    return FicheHit(
        fiche_id=meta["fiche_id"],
        title=meta["title"],
        url=meta["url"],
        score=round(score, 6),
        version=meta["version"],
        date=meta["date"],
        audience=list(meta["audiences"]),
        fiche_type=meta["fiche_type"],
        passages=_passages(index, fiche, chunk_scores, passages),
        resources=[dict(resource) for resource in meta["resources"]],
        lexical_score=round(lexical, 4),
        dense_score=round(dense, 4),
    )
