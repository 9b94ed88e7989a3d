"""Search the knowledge base: the public interface the drafting pipeline codes against.

`search()` takes a citizen's text (or an agent's query), prepares it (`prepare_query`), scores every chunk of the
current fiche versions lexically (BM25, French analysis) and densely (USE multilingual cosine), groups the chunks by
fiche and fuses the two rankings. It is a pure stage: it reads the on-disk index (rebuilt from the database when
missing or stale) and never writes to the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MODES = ("hybrid", "lexical", "dense")


@dataclass
class Passage:
    """One chunk of a fiche: its heading path ("Passeport > Majeur > Coût"), its text and its score."""

    heading: str
    text: str
    score: float
    chunk_id: int


@dataclass
class FicheHit:
    """One fiche found for a query, with the passages that matched best and the resources agents paste in replies.

    Scores (see `search`): `score` orders the hits; `lexical_score` and `dense_score` are on fixed scales so that a
    caller can decide whether the knowledge base covers a question at all.
    """

    fiche_id: str
    title: str
    url: str
    score: float
    version: str
    date: str
    audience: list[str]
    fiche_type: str
    passages: list[Passage] = field(default_factory=list)
    resources: list[dict] = field(default_factory=list)
    lexical_score: float = 0.0
    dense_score: float = 0.0


def prepare_query(text: str) -> str:
    """Turn a citizen's message into a search query (see `guichet.knowledge.query`)."""
    from guichet.knowledge.query import prepare_query as _prepare

    return _prepare(text)


def search(
    query: str,
    *,
    k: int = 5,
    audience: str | None = None,
    fiche_types: list[str] | None = None,
    mode: str = "hybrid",
) -> list[FicheHit]:
    """Return the `k` fiches that best answer `query`, best first."""
    from guichet.knowledge.retrieval import run_search

    return run_search(query, k=k, audience=audience, fiche_types=fiche_types, mode=mode)
