"""Would other first-stage sources find the gold fiches the re-ranking's candidates miss? Fourteenth pass probe.

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_content_sources.py [--corpus corpora/retrieval]

For every train + validation message with a gold fiche (the test split is never read): whether a gold fiche is among
the candidates of `guichet.knowledge.retrieval.gather`, and the rank of the best gold fiche over all fiches by
sources the first stage does not use — the story vector (subject, story, asks) and the subject-and-asks vector
against a *content* vector per fiche (the unit mean of its passage vectors, computed here), each sentence of the
message against the summaries and the content vectors, and the story vector against every passage (max per fiche,
a 64,000 × 512 product: too slow for a search). Prints, for the messages whose gold is not a candidate, how many
each source puts in its top 5 / 10 / 15 / 30, and each source's recall@15 over all messages.
"""

from __future__ import annotations

import argparse
import os

import numpy as np

SOURCES = (
    "story",
    "dense",
    "content_story",
    "content_dense",
    "sentences_summary",
    "sentences_content",
    "story_all_passages",
    "whole",
)


def content_vectors(index) -> np.ndarray:
    sums = np.zeros((index.n_fiches, index.passage_dense.shape[1]), dtype=np.float32)
    for start in range(0, len(index.passage_dense), 4096):
        np.add.at(sums, index.chunk_fiche[start : start + 4096], index.passage_dense[start : start + 4096])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge.baseline import whole_fiche_scores
    from guichet.knowledge.index import embed, get_index
    from guichet.knowledge.query import understand
    from guichet.knowledge.retrieval import STORY_CHARS, _allowed, _dense_subset, gather

    index = get_index()
    allowed = _allowed(index, None, None)
    positions, summaries = _dense_subset(index, allowed)
    content = content_vectors(index)[positions]

    def rank(scores: np.ndarray, gold: list[int]) -> int:
        return int(np.sum(scores[allowed] > max(scores[g] for g in gold))) if gold else 10**6

    def over(matrix: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        scores = np.full(index.n_fiches, -1.0, np.float32)
        scores[positions] = np.max(matrix @ vectors.T, axis=1)
        return scores

    results = []
    for row in read_corpus(args.corpus):
        if row["split"] not in ("train", "validation") or not row["fiche_ids"]:
            continue
        query = understand(f"{row.get('title', '')}\n{row['message']}", administration=row.get("administration", ""))
        gold = [index.position[f] for f in row["fiche_ids"] if f in index.position and allowed[index.position[f]]]
        candidates, _, _ = gather(index, query, allowed, use_dense=True, administration=row.get("administration", ""))
        sentences = [s for s in [*query.context, *query.asks] if len(s.split()) >= 4][:8]
        vectors = embed([query.dense(), query.useful()[:STORY_CHARS], *sentences])
        passages = np.full(index.n_fiches, -1.0, np.float32)
        np.maximum.at(passages, index.chunk_fiche, index.passage_dense @ vectors[1])
        ranks = {
            "candidate": bool(set(gold) & {int(f) for f in candidates.fiches}),
            "story": rank(over(summaries, vectors[1:2]), gold),
            "dense": rank(over(summaries, vectors[0:1]), gold),
            "content_story": rank(over(content, vectors[1:2]), gold),
            "content_dense": rank(over(content, vectors[0:1]), gold),
            "sentences_summary": rank(over(summaries, vectors[2:]), gold) if sentences else 10**6,
            "sentences_content": rank(over(content, vectors[2:]), gold) if sentences else 10**6,
            "story_all_passages": rank(passages, gold),
            "whole": rank(whole_fiche_scores(index, query.useful()), gold),
        }
        results.append(ranks)
    missed = [r for r in results if not r["candidate"]]
    print(f"messages {len(results)}, gold not among the candidates {len(missed)}")
    for source in SOURCES:
        tops = " ".join(f"top {d}: {sum(r[source] < d for r in missed):>3}" for d in (5, 10, 15, 30))
        recall = np.mean([r[source] < 15 for r in results])
        print(f"  {source:<20} {tops}   recall@15 (all) {recall:.3f}")


if __name__ == "__main__":
    main()
