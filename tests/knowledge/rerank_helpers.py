"""A few fiches' titles as the parts of a loaded index the re-ranking reads (`rerank.Candidates.build`)."""

from collections import Counter
from types import SimpleNamespace

import numpy as np

from guichet.knowledge.ages import title_range
from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.facets import facets_in_title
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN, Candidates, rerank
from guichet.knowledge.situations import qualifiers_in_title


def index_of_titles(titles: dict[str, str]) -> SimpleNamespace:
    fiches = [{"fiche_id": fid, "title": title, "fiche_type": "Fiche d'information"} for fid, title in titles.items()]
    return SimpleNamespace(
        fiches=fiches,
        position={f["fiche_id"]: i for i, f in enumerate(fiches)},
        title_qualifiers=[qualifiers_in_title(fold(f["title"])) for f in fiches],
        title_facets=[facets_in_title(fold(f["title"])) for f in fiches],
        title_ages=[title_range(fold(f["title"])) for f in fiches],
        title_terms=[Counter(analyze(f["title"])) for f in fiches],
        folded_themes=[fold(f["title"]) for f in fiches],
    )


def equal_evidence(titles: dict[str, str], message: str) -> tuple[list[str], Candidates]:
    """The fiches of `titles` as candidates for `message` with equal first-stage evidence (lexical, coverage, no dense
    side), so that only the re-ranking's own features tell them apart; with their ids in the candidates' order."""
    index = index_of_titles(titles)
    n = len(index.fiches)
    ones = np.ones(n, dtype=np.float32)
    candidates = Candidates.build(
        index,
        understand(message),
        np.arange(n),
        first=ones,
        lexical=ones,
        sub_best=ones,
        coverage=ones,
        dense=None,
        passage=None,
    )
    return [f["fiche_id"] for f in index.fiches], candidates


def ranked_with_pointers(titles: dict[str, str], message: str) -> tuple[list[str], dict[str, float]]:
    """The fiches in the re-ranking's order, with equal first-stage evidence, and each one's name pointer (a name in
    the subject or an ask, or, half, in the story: one pointer either way)."""
    ids, candidates = equal_evidence(titles, message)
    pointer = candidates.features[:, COLUMN["vocabulary"]] + candidates.features[:, COLUMN["vocabulary_context"]]
    return [ids[position] for position, _, _ in rerank(candidates)], {
        ids[i]: float(pointer[i]) for i in range(len(ids))
    }
