"""A few fiches' titles as the parts of a loaded index the re-ranking reads (`rerank.Candidates.build`)."""

from collections import Counter
from types import SimpleNamespace

from guichet.knowledge.ages import title_range
from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.facets import facets_in_title
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
