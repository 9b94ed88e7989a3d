"""The engine behind `guichet.knowledge.search.search`: understand, score, gather candidates, re-rank.

1. **Understand** the message (`guichet.knowledge.query.understand`): asks, context, noise, vocabulary, distress.
2. **Lexical**: each distinct term of the query weighted by 1 + log(tf), summed over the precomputed BM25
   columns of two indexes, chunks (title + heading path + text) and fiches (title ×2, description, breadcrumb). A
   fiche's lexical score is its field score plus its best chunk, plus a little of its next chunks. Computed for
   the whole query and for each sub-query (one per distinct ask). Beside them, plain BM25 of the useful text over
   whole fiches (`guichet.knowledge.baseline.whole_fiche_scores`), a re-ranking feature only.
3. **Dense**: cosine between the subject-and-asks text and each fiche's summary vector (title, description,
   section names), and each chunk's vector (its heading path and first sentences), when the index has them. Beside
   it, the *story* vector: the whole useful text (subject, story, asks; `STORY_CHARS`) in one more vector of the same
   encoder call, against the same fiche vectors (a re-ranking feature and a source of candidates).
4. **Candidates**: the best 30 fiches by the first-stage score (lexical relative to the query's best + 0.4 ×
   cosine), plus the best of each sub-query and of the passage vectors, the best `PER_STORY` by the story vector and
   the best `PER_WHOLE` by plain BM25 over whole fiches, plus the fiches the message's vocabulary and distress
   situations point to, and a complaint's recourse route (`guichet.knowledge.recourse`). Thirteenth pass: on train +
   validation of corpora/retrieval (1,652 messages with a gold fiche), the gold was not a candidate for 62; the story
   vector and the whole-fiche BM25 (15 each) bring 24 of them in (told situations: the subject and the questions
   named nothing the fiche's summary says). Each costs one more encoded text and up to 30 more candidates a search.
5. **Re-rank** the candidates with explainable features (`guichet.knowledge.rerank`).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from threadpoolctl import ThreadpoolController

from guichet.knowledge import (
    aid_granted,
    death_steps,
    justice_general,
    lexical_agreement,
    neighbour_fiches,
    trade_neighbours,
)
from guichet.knowledge.analysis import analyze
from guichet.knowledge.baseline import whole_fiche_scores
from guichet.knowledge.forms import named_forms
from guichet.knowledge.hits import MODES, FicheHit, Passage
from guichet.knowledge.index import LoadedIndex, embed, get_index
from guichet.knowledge.name_weighed import PER_REST, rest_text
from guichet.knowledge.outside import outside_request
from guichet.knowledge.query import Query, understand
from guichet.knowledge.rerank import Candidates, rerank

FIELD_WEIGHT = 0.6
NEXT_CHUNKS_WEIGHT = 0.15
# First stage = lexical / best lexical of the query + DENSE_WEIGHT × cosine: on long citizen messages the sentence
# encoder finds the topic but rarely the exact fiche, and a rank vote of equal weight drowns good lexical ranks;
# a score-level tie-breaker keeps the lexical margins and still lifts paraphrases. The re-ranking then decides.
DENSE_WEIGHT = 0.4
CANDIDATES = 100
RERANK_DEPTH = 30
PER_SOURCE = 8  # candidates added from each sub-query and from the passage vectors
STORY_CHARS = 600  # the whole useful text (subject, story, asks) for the sentence encoder, cut here
PER_STORY = 15  # candidates added from the story vector's best fiches
PER_WHOLE = 15  # candidates added from plain BM25 over whole fiches
PASSAGES = 3
# Forty-third pass (r72): each fiche's best chunk read through the index's fiche-sorted view (`_fiche_max`) instead of
# `np.maximum.at` (same values). Measured interleaved (`benchmarks/knowledge_search_ab.py`, 514 searches, load 19):
# CPU p50 / p95 26.9 / 51.9 ms off, 28.2 / 53.6 ms on (the copy through the sorted view costs what `at` cost): off.
SORTED_FICHE_MAX = False
DEFAULT_KINDS = ("F",)
# The matrix products of one query are small: BLAS threads only fight the web server, the worker and the other
# queries for the cores (measured on the 2-core VM: 2× slower with OpenBLAS's default threads under load).
_BLAS = ThreadpoolController()


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


def _dense_subset(index: LoadedIndex, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The fiche vectors the filters let through, contiguous (cached per index and filter: half the product)."""
    key = ("dense", allowed.tobytes())
    subset = index.masks.get(key)
    if subset is None:
        positions = np.flatnonzero(allowed)
        subset = index.masks[key] = (positions, np.ascontiguousarray(index.dense[positions]))
    return subset


def _group_max(values: np.ndarray, groups: np.ndarray, size: int, fill: float = -np.inf) -> np.ndarray:
    out = np.full(size, fill, dtype=np.float32)
    np.maximum.at(out, groups, values)
    return out


def _fiche_max(index: LoadedIndex, chunk_values: np.ndarray, fill: float = -np.inf) -> np.ndarray:
    """Each fiche's best chunk value: `_group_max` over every chunk, or (`SORTED_FICHE_MAX`) one `maximum.reduceat`
    over the index's fiche-sorted view of its chunks (forty-third pass: no faster, the copy through the view costs
    what the unbuffered `maximum.at` did)."""
    if not SORTED_FICHE_MAX:
        return _group_max(chunk_values, index.chunk_fiche, index.n_fiches, fill)
    starts, ends = index._bounds[:-1], index._bounds[1:]
    filled = starts < ends
    out = np.full(index.n_fiches, fill, dtype=np.float32)
    if filled.any():
        out[filled] = np.maximum.reduceat(chunk_values[index._order], starts[filled])
    return out


@dataclass
class Lexical:
    fiche: np.ndarray  # per fiche, 0 outside the filters
    chunk: np.ndarray  # per chunk
    coverage: np.ndarray  # per fiche: best chunk / best possible chunk for this query, in [0, 1]


def _lexical(index: LoadedIndex, text: str, allowed: np.ndarray) -> Lexical:
    weights = _weights(analyze(text, vocabulary=index.chunk_bm25.vocab_dict))
    chunk_scores, bound = _bm25_scores(index.chunk_bm25, weights)
    field_scores, _ = _bm25_scores(index.fiche_bm25, weights)
    chunk_scores[~allowed[index.chunk_fiche]] = 0.0
    best = np.maximum(_fiche_max(index, chunk_scores), 0.0)
    total = np.bincount(index.chunk_fiche, weights=chunk_scores, minlength=index.n_fiches).astype(np.float32)
    rest = np.minimum(total - best, 2.0 * best)
    fiche_scores = FIELD_WEIGHT * field_scores + best + NEXT_CHUNKS_WEIGHT * rest
    fiche_scores[~allowed] = 0.0
    coverage = best / bound if bound > 0 else np.zeros_like(best)
    return Lexical(fiche_scores, chunk_scores, coverage)


def _relative(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else np.zeros_like(scores)


def _top(scores: np.ndarray, n: int, floor: float) -> np.ndarray:
    """Fiche indexes by decreasing score, only those above `floor`, at most `n`."""
    if len(scores) > n:
        top = np.argpartition(-scores, n)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
    else:
        top = np.argsort(-scores, kind="stable")
    return top[scores[top] > floor]


def _announced(index: LoadedIndex, chunks: np.ndarray, at: int) -> str:
    """The text of chunk `chunks[at]`, followed by the table it announces when it ends on a colon ("Les montants …
    varient selon l'âge de l'enfant :") and the fiche's next chunk is that table, under a sub-heading of its own: a
    lead-in alone answers nothing, and the table is found only by its numbers. Not a list: a whole list of
    situations under its lead-in is one long line in a draft (the d10 measurement; train + validation 0.399 → 0.402
    without lists)."""
    chunk = chunks[at]
    text = index.chunk_text[chunk]
    if not text.rstrip().endswith(":") or at + 1 >= len(chunks):
        return text
    following = chunks[at + 1]
    heading, below = index.chunk_heading[chunk], index.chunk_heading[following]
    body = index.chunk_text[following]
    announced = " | " in body
    if announced and heading and below.startswith(heading):
        return f"{text}\n{body}"
    return text


def _passages(index: LoadedIndex, fiche: int, chunk_scores: np.ndarray, limit: int = PASSAGES) -> list[Passage]:
    chunks = index.chunks_of(fiche)
    ranked = np.argsort(-chunk_scores[chunks], kind="stable")[: max(limit, 0)]
    return [
        Passage(
            heading=index.chunk_heading[chunks[at]] or index.fiches[fiche]["title"],
            text=_announced(index, chunks, int(at)),
            score=round(float(chunk_scores[chunks[at]]), 4),
            chunk_id=int(index.chunk_ids[chunks[at]]),
        )
        for at in ranked
    ]


def gather(
    index: LoadedIndex,
    query: Query,
    allowed: np.ndarray,
    *,
    use_dense: bool,
    administration: str = "",
) -> tuple[Candidates, Lexical, np.ndarray | None]:
    """First stage: the candidates the re-ranking orders (with their features), the whole query's lexical scores,
    and the cosine of the subject-and-asks text with every fiche (the `dense_score` of a hit: a fixed scale)."""
    full = _lexical(index, query.lexical(), allowed)
    lexical = _relative(full.fiche)
    subs = [_relative(_lexical(index, sub, allowed).fiche) for sub in query.sub_queries()]
    sub_best = np.max(subs, axis=0) if subs else lexical
    dense = passage = main = story = story_passage = rest = None
    if use_dense:
        texts = [query.dense(), *query.asks[:3]] if len(query.asks) > 1 else [query.dense()]
        # forty-third pass: the useful text without the names that point to fiches, one more text of the same call
        rest_of = rest_text(query)
        together = embed([*texts, query.useful()[:STORY_CHARS], *([rest_of[:STORY_CHARS]] if rest_of else [])])
        vectors = together[: len(texts)]
        positions, matrix = _dense_subset(index, allowed)
        cosines = matrix @ together.T
        dense = np.full(index.n_fiches, -1.0, dtype=np.float32)
        main = np.full(index.n_fiches, -1.0, dtype=np.float32)
        story = np.full(index.n_fiches, -1.0, dtype=np.float32)
        dense[positions], main[positions] = np.max(cosines[:, : len(texts)], axis=1), cosines[:, 0]
        story[positions] = cosines[:, len(texts)]
        if rest_of:
            rest = np.full(index.n_fiches, -1.0, dtype=np.float32)
            rest[positions] = cosines[:, len(texts) + 1]
    first = lexical + (DENSE_WEIGHT * np.maximum(dense, 0.0) if dense is not None else 0.0)
    first[~allowed] = 0.0
    whole = whole_fiche_scores(index, query.topical())
    whole[~allowed] = 0.0
    whole = _relative(whole)
    chosen = [int(f) for f in _top(first, RERANK_DEPTH, 0.0)]
    seen = set(chosen)  # the candidates in order, and a set to test them (a list's `in` cost 0.5 ms a search)

    def add(fiches: np.ndarray) -> None:
        for fiche in fiches.tolist():
            if fiche not in seen:
                seen.add(fiche)
                chosen.append(fiche)

    for scores in [*subs, *([dense] if dense is not None else [])]:
        add(_top(scores, PER_SOURCE, 0.0))
    for scores, depth in ((story, PER_STORY), (whole, PER_WHOLE), (rest, PER_REST)):
        if scores is not None and depth:
            add(_top(scores, depth, 0.0))
    pointed = {}
    for found in query.vocabulary:
        for rank, fiche_id in enumerate(found.term.fiches):
            pointed.setdefault(fiche_id, ("vocabulary", found.text, rank))
    for hit in query.distress:
        for rank, fiche_id in enumerate(hit.fiches):
            pointed.setdefault(fiche_id, ("distress", hit.name, rank))
    for route in query.recourse:
        for rank, fiche_id in enumerate(route.fiches):
            pointed.setdefault(fiche_id, ("recourse", route.name, rank))
    forms = named_forms(index, query)  # forty-sixth pass: a form named by its Cerfa number (`forms.READ_FORMS`)
    for form in forms:
        for rank, fiche_id in enumerate(form.fiches):
            pointed.setdefault(fiche_id, ("form", form.text, rank))
    for fiche_id in pointed:
        position = index.position.get(fiche_id)
        if position is not None and allowed[position] and position not in seen:
            seen.add(position)
            chosen.append(position)
    title_dense = None
    if use_dense and index.title_dense is not None and chosen:
        title_dense = np.max(index.title_dense[chosen] @ vectors.T, axis=1)
    if use_dense and index.passage_dense is not None:
        # Passage vectors only for the candidates' chunks: the full matrix (64,000 × 512) costs 30-90 ms a query.
        chunks = np.concatenate([index.chunks_of(f) for f in chosen]) if chosen else np.zeros(0, dtype=np.int64)
        passage = np.full(index.n_fiches, -1.0, dtype=np.float32)
        story_passage = np.full(index.n_fiches, -1.0, dtype=np.float32)
        if len(chunks):
            cosines = index.passage_dense[chunks] @ together[: len(texts) + 1].T
            np.maximum.at(passage, index.chunk_fiche[chunks], np.max(cosines[:, : len(texts)], axis=1))
            np.maximum.at(story_passage, index.chunk_fiche[chunks], cosines[:, len(texts)])
    candidates = Candidates.build(
        index,
        query,
        np.array(chosen, dtype=np.int64),
        first=first,
        lexical=lexical,
        sub_best=sub_best,
        coverage=full.coverage,
        whole=whole,
        dense=dense,
        passage=passage,
        title_dense=title_dense,
        story=story,
        story_passage=story_passage,
        administration=administration,
        rest=rest,
        forms=forms,
    )
    return candidates, full, main


def run_search(
    text: str,
    *,
    k: int = 5,
    audience: str | None = None,
    fiche_types: list[str] | None = None,
    mode: str = "hybrid",
    passages: int = PASSAGES,
    administration: str = "",
) -> list[FicheHit]:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    index = get_index()
    if index.n_fiches == 0 or not text.strip():
        return []
    use_dense = mode != "lexical" and index.dense is not None and settings.GUICHET_SEARCH_DENSE
    if mode == "dense" and not use_dense:
        raise RuntimeError("Dense search is off (GUICHET_SEARCH_DENSE) or the index has no vectors.")
    query = understand(text, administration=administration)
    if query.empty:
        return []
    allowed = _allowed(index, audience, fiche_types)
    with _BLAS.limit(limits=settings.GUICHET_EMBED_THREADS, user_api="blas"):
        candidates, full, dense = gather(index, query, allowed, use_dense=use_dense, administration=administration)
    if mode == "dense":
        ranked = [(int(f), float(dense[f]), []) for f in _top(dense, k + 1, -1.0)]
    else:
        ranked = rerank(candidates)
        ranked = death_steps.guide_after_step(query, index.fiches, ranked)
        ranked = neighbour_fiches.tell_apart(query, index.fiches, ranked)  # fifty-seventh pass (r107)
        ranked = aid_granted.granted_first(query, index.fiches, ranked)  # fifty-eighth pass (r110)
        ranked = justice_general.ground_first(query, index.fiches, ranked)  # fifty-eighth pass (r110)
        ranked = trade_neighbours.tell_apart(query, index.fiches, ranked)  # fifty-eighth pass (r109)
        ranked = lexical_agreement.keep_near_top(index, text, ranked)  # fifty-eighth pass (r111, off)
    hits = []
    outside = outside_request(query)
    for position, (fiche, score, reasons) in enumerate(ranked[:k]):
        hit = _hit(
            index,
            fiche,
            score,
            full.chunk,
            float(full.coverage[fiche]),
            float(dense[fiche]) if dense is not None else 0.0,
            passages,
            reasons,
        )
        if position + 1 < len(ranked):
            hit.margin = round(score - ranked[position + 1][1], 6)
        hit.outside = outside
        hits.append(hit)
    return hits


def _hit(
    index: LoadedIndex,
    fiche: int,
    score: float,
    chunk_scores: np.ndarray,
    lexical: float,
    dense: float,
    passages: int = PASSAGES,
    reasons: list[str] | None = None,
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
        reasons=list(reasons or []),
    )
