"""Plain BM25 over whole fiches: the reference every retrieval figure is compared with, and one of the search's
re-ranking features.

One document per fiche (its title and every passage), analysed like the corpus, no query preparation, no
vocabulary, no vectors, no re-ranking. As the reference (`bm25_whole_fiches`, the raw message as query) it answers
"what would a search box give": a gain over it is what Guichet's own retrieval adds. As a feature
(`whole_fiche_scores`, the message's useful text as query: `rerank` column `whole_fiche`) it is the evidence of a
fiche that uses the message's rare words anywhere in its text, which the chunk-level scores split over passages:
on fiches drawn at random across the catalogue it had the answer first more often than the re-ranking (twelfth
pass, see `guichet.knowledge.rerank`). Written at build time and memory-mapped when the index is loaded
(`LoadedIndex.whole_bm25`); an index built before that gets it built in memory (a few seconds of CPU, once per
index and process, on the first search). About 0.2 ms a query.
"""

from __future__ import annotations

import logging
import threading

import bm25s
import numpy as np

from guichet.knowledge.analysis import analyze
from guichet.knowledge.index import LoadedIndex, get_index, whole_fiche_bm25, whole_fiche_docs

logger = logging.getLogger(__name__)
_CACHE: dict[str, tuple[bm25s.BM25, np.ndarray]] = {}
_LOCK = threading.Lock()


def _whole_fiches(index: LoadedIndex) -> tuple[bm25s.BM25, np.ndarray]:
    if index.whole_bm25 is not None and index.whole_fiches is not None:
        return index.whole_bm25, index.whole_fiches
    key = f"{index.path}:{index.version}"
    with _LOCK:
        if key not in _CACHE:
            logger.info(
                "Index sans BM25 des fiches entières (construit avant) : construit en mémoire ; "
                "`guichet ingest --reindex` l'écrit avec l'index."
            )
            kept, docs = whole_fiche_docs(index.fiches, index.chunk_fiche, index.chunk_heading, index.chunk_text)
            _CACHE.clear()
            _CACHE[key] = (whole_fiche_bm25(docs), kept)
        return _CACHE[key]


def whole_fiche_scores(index: LoadedIndex, text: str) -> np.ndarray:
    """BM25 of `text` over whole fiches, one score per fiche of the index (0 for a fiche that is not an "F")."""
    scores = np.zeros(index.n_fiches, dtype=np.float32)
    retriever, kept = _whole_fiches(index)
    if not len(kept):
        return scores
    tokens = [t for t in analyze(text) if t in retriever.vocab_dict]
    if tokens:
        scores[kept] = retriever.get_scores(tokens)
    return scores


def bm25_whole_fiches(text: str, *, k: int = 10) -> list[str]:
    """Fiche ids ("F…" fiches only, like the default search) ranked by plain BM25 of the raw text."""
    index = get_index()
    retriever, kept = _whole_fiches(index)
    if not len(kept):
        return []
    tokens = [t for t in analyze(text) if t in retriever.vocab_dict]
    if not tokens:
        return []
    scores = retriever.get_scores(tokens)
    order = np.argsort(-scores, kind="stable")[:k]
    return [index.fiches[int(kept[i])]["fiche_id"] for i in order if scores[i] > 0]
