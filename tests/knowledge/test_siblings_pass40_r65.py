"""Fortieth pass, engineer-r65: the sibling columns measured held out (`benchmarks/retrieval_sibling_lobo.py`; none
adopted), computed from the candidates' titles and breadcrumbs.

Titles of real fiches (« Carte Vitale » under « … > Remboursement des soins… », « Quelles informations contient la
carte Vitale ? » under « … > Affiliation… »: put under one breadcrumb, then under two), messages of our own."""

import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from retrieval_sibling_columns import COLUMN, sibling_columns  # noqa: E402

from guichet.knowledge.analysis import analyze  # noqa: E402
from guichet.knowledge.query import understand  # noqa: E402

CARE = "Social - Santé > Remboursement des soins par la sécurité sociale"
COVER = "Social - Santé > Complémentaire santé et couverture maladie universelle complémentaire"


def index_of(fiches: list[tuple[str, str, str]]) -> SimpleNamespace:
    """The parts of a loaded index the sibling columns read: each fiche's theme and its title's words."""
    rows = [{"fiche_id": fid, "title": title, "theme": theme} for fid, title, theme in fiches]
    return SimpleNamespace(fiches=rows, title_terms=[Counter(analyze(row["title"])) for row in rows])


def columns(fiches: list[tuple[str, str, str]], message: str) -> np.ndarray:
    return sibling_columns(index_of(fiches), understand(message).terms, list(range(len(fiches))))


VITALE = [
    ("F265", "Carte Vitale", CARE),
    ("F21742", "Quelles informations contient la carte Vitale ?", CARE),
]
WHAT_IS_ON_IT = "Ma carte Vitale\nQuelles informations sont enregistrées sur la puce de ma carte Vitale ?"
STOLEN = "Carte Vitale volée\nOn m'a volé ma carte Vitale, comment en avoir une nouvelle ?"


def test_the_general_fiche_and_the_narrower_one_the_message_names():
    out = columns(VITALE, WHAT_IS_ON_IT)
    assert out[0, COLUMN["general"]] == 1.0 and out[0, COLUMN["sibling_general"]] == 1.0
    assert out[1, COLUMN["general"]] == 0.0
    # "informations" is one of the two words « Quelles informations contient… » adds to « Carte Vitale »
    assert 0.0 < out[1, COLUMN["narrower"]] == out[1, COLUMN["sibling_narrower"]] < 1.0


def test_a_narrower_fiche_whose_extra_words_the_message_does_not_use():
    out = columns(VITALE, STOLEN)
    assert out[1, COLUMN["narrower"]] == 0.0
    assert out[0, COLUMN["general"]] == 1.0  # the general fiche stays the general one, whatever the message


def test_another_breadcrumb_is_no_sibling():
    # the same titles under two breadcrumbs: still general / narrower, no longer siblings
    fiches = [VITALE[0], ("F21742", VITALE[1][1], "Social - Santé > Affiliation à la sécurité sociale")]
    out = columns(fiches, WHAT_IS_ON_IT)
    assert out[0, COLUMN["general"]] == 1.0 and out[0, COLUMN["sibling_general"]] == 0.0
    assert out[1, COLUMN["narrower"]] > 0.0 and out[1, COLUMN["sibling_narrower"]] == 0.0
    assert not out[:, COLUMN["distinct"]].any() and not out[:, COLUMN["distinct_missing"]].any()


def test_distinct_words_among_siblings():
    fiches = [
        ("F20314", "Couverture maladie complémentaire (mutuelle)", COVER),
        ("F20740", "Peut-on refuser la mutuelle ou la prévoyance de son entreprise ?", COVER),
        ("F20744", "Peut-on garder la mutuelle de l'entreprise à la fin du contrat de travail ?", COVER),
    ]
    out = columns(fiches, "Mutuelle\nPuis-je refuser la mutuelle de mon entreprise, j'ai celle de mon mari ?")
    refuse = out[1, COLUMN["distinct"]]
    assert refuse > 0.0 and out[1, COLUMN["distinct_missing"]] == 0.0
    # « garder … à la fin du contrat de travail »: the message says none of it
    assert out[2, COLUMN["distinct"]] == 0.0 and out[2, COLUMN["distinct_missing"]] == 1.0
    assert refuse > out[0, COLUMN["distinct"]]
    assert out[1, COLUMN["distinct_best"]] == 1.0 and not out[[0, 2], COLUMN["distinct_best"]].any()
