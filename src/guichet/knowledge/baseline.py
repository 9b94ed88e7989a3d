"""The reference every retrieval figure is compared with: plain BM25 over whole fiches, the raw message as query.

One document per fiche (its title and every passage), the message (subject + body) analysed like the corpus, no
query preparation, no vocabulary, no vectors, no re-ranking. It answers "what would a search box give": a gain
over it is what Guichet's own retrieval adds. Built in memory from the loaded index (a few seconds), once per
index and process; used by the evaluation only.
"""

from __future__ import annotations

import threading

import bm25s
import numpy as np

from guichet.knowledge.analysis import analyze
from guichet.knowledge.index import LoadedIndex, get_index

_CACHE: dict[str, tuple[bm25s.BM25, np.ndarray]] = {}
_LOCK = threading.Lock()


def _whole_fiches(index: LoadedIndex) -> tuple[bm25s.BM25, np.ndarray]:
    key = str(index.path)
    with _LOCK:
        if key not in _CACHE:
            kept = np.array([i for i, fiche in enumerate(index.fiches) if fiche["kind"] == "F"], dtype=np.int32)
            docs = []
            for fiche in kept:
                parts = [index.fiches[fiche]["title"]]
                parts += [f"{index.chunk_heading[c]}\n{index.chunk_text[c]}" for c in index.chunks_of(int(fiche))]
                docs.append(analyze("\n".join(parts)) or [""])
            retriever = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
            retriever.index(docs, show_progress=False)
            _CACHE.clear()
            _CACHE[key] = (retriever, kept)
        return _CACHE[key]


def bm25_whole_fiches(text: str, *, k: int = 10) -> list[str]:
    """Fiche ids ("F…" fiches only, like the default search) ranked by plain BM25 of the raw text."""
    index = get_index()
    retriever, kept = _whole_fiches(index)
    tokens = [t for t in analyze(text) if t in retriever.vocab_dict]
    if not tokens:
        return []
    scores = retriever.get_scores(tokens)
    order = np.argsort(-scores, kind="stable")[:k]
    return [index.fiches[int(kept[i])]["fiche_id"] for i in order if scores[i] > 0]
