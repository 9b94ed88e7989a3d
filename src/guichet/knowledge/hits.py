"""What a search returns: fiches with their best passages and scores (plain data, no behaviour)."""

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

    Scores (see `guichet.knowledge.search.search`): `score` orders the hits; `lexical_score` and `dense_score` are
    on fixed scales so that a caller can decide whether the knowledge base covers a question at all. `margin`
    says how far ahead of the next fiche this one is on the `score` scale: a first fiche with a small margin is a
    coin toss between neighbours (see docs/benchmarks.md, "Knowledge base", for how often the first is right).
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
    reasons: list[str] = field(default_factory=list)
    margin: float = 0.0  # `score` minus the next fiche's score (how clearly this one beat the next); 0.0 if none
    # Thirty-second pass: the kind of request no fiche answers that the message makes (`knowledge.outside`: a product
    # or a firm to choose, an opinion, a recipe, a text to write, a score, a place's hours), '' when it asks anything
    # else; the same on every hit of one search
    outside: str = ""
