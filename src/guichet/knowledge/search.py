"""Search the knowledge base: the public interface the drafting pipeline codes against.

`search()` takes a citizen's text (or an agent's query), prepares it (`prepare_query`), scores every chunk of the
current fiche versions lexically (BM25, French analysis) and densely (USE multilingual cosine), groups the chunks by
fiche and fuses the two rankings. It is a pure stage: it reads the on-disk index (rebuilt from the database when
missing or stale) and never writes to the database.
"""

from __future__ import annotations

from guichet.knowledge.analysis import analyze
from guichet.knowledge.hits import MODES, FicheHit, Passage
from guichet.knowledge.query import Query, question_sentences, understand
from guichet.knowledge.retrieval import run_search

# The knowledge app's front door: what other apps may import (drafting reads a message's asks with `understand`,
# analyses text like the index with `analyze`).
__all__ = ["MODES", "FicheHit", "Passage", "Query", "analyze", "question_sentences", "search", "understand"]


def search(
    query: str,
    *,
    k: int = 5,
    audience: str | None = None,
    fiche_types: list[str] | None = None,
    mode: str = "hybrid",
    passages: int = 3,
    administration: str = "",
) -> list[FicheHit]:
    """Return the `k` fiches that best answer `query`, best first.

        `query` may be a whole citizen message ("subject\\nbody", greetings, signature, placeholders): it is read
        here (`understand`: asks, context, noise), so pass the raw (pseudonymised) text. Filters: `audience`
        ("particuliers", "professionnels", "associations"; None = all, each fiche appears once whatever its audiences);
        `fiche_types`: one-letter kinds ("F" fiches, "N" themes/dossiers, "R" online services and forms) and/or exact
        `@type` values ("Fiche Question-réponse"); None = ["F"], the fiches that answer questions (their online
        services and forms come back in `resources`). `mode`: "hybrid" (default), "lexical" or "dense"; hybrid falls
        back to lexical when dense search is off (GUICHET_SEARCH_DENSE=false). `passages`: how many passages of each
    fiche come back, best first (drafting asks for more than it shows the model, to copy verbatim extracts from).

        Scores of a `FicheHit`:

        * `score` orders the hits of one call: in hybrid mode the fiche's lexical score relative to the best fiche of
          this query (0–1) plus 0.4 × its cosine (so 0–1.4); the raw BM25 aggregate in lexical mode; the cosine in
          dense mode. Do not compare it across modes or queries: use the two scores below for that.
        * `lexical_score` in [0, 1]: the best passage's BM25 divided by the best BM25 any single passage could reach
          for this query (every query term at its corpus maximum): the share of the query's weighted vocabulary one
          passage covers. It depends on query length: on the whole dev messages the gold fiche scores 0.13–0.27
          (deciles 1–9, median 0.19), while a short question scores higher (an exact title ≈ 0.9, an off-topic
          short question can reach 0.45 on a few shared words).
        * `dense_score` in [-1, 1]: cosine between the subject and question sentences and the fiche's title and
          description (USE multilingual). Gold fiches of the dev messages: 0.31–0.72 (median 0.54); an unrelated
          question ("recette de tarte aux pommes") ≈ 0.05; a neighbouring topic (a cat that does not eat → stray
          animals) ≈ 0.45. The better of the two for deciding coverage; 0.0 when dense search is off.
    """
    return run_search(
        query,
        k=k,
        audience=audience,
        fiche_types=fiche_types,
        mode=mode,
        passages=passages,
        administration=administration,
    )
