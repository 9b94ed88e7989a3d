"""Sibling fiches among a message's candidates: the general fiche and its narrower ones (fortieth pass, engineer-r65).

A breadcrumb holds a general fiche and narrower ones beside it (« Carte Vitale » and « Quelles informations contient
la carte Vitale ? », « Couverture maladie complémentaire (mutuelle) » and « Peut-on refuser la mutuelle ou la
prévoyance de son entreprise ? »). Engineer-r63 counted what ranks a neighbour first on questions: a sibling of the
same breadcrumb in 267 of 676 pairs, and proposed two columns for the re-ranking, read from the candidates' titles
only (the index's title words weighed by their rarity among fiches, `LoadedIndex.title_terms`):

* `general`: the candidate's title words are a strict subset of another candidate's ("carte vitale" inside "quelles
  informations contient la carte vitale");
* `narrower`: the candidate's title holds every word of another candidate's title and more, and this is the share
  (by weight) of those extra words the message uses (its analysed terms, `Query.terms`, the vocabulary's expansions
  included).

And two readings of the same breadcrumb (a candidate whose breadcrumb, `theme`, another candidate shares):

* `sibling_general` / `sibling_narrower`: as above, the other candidate being of the same breadcrumb;
* `distinct`: the share of the candidate's own title words — those no sibling candidate's title holds — the message
  uses; `distinct_missing`: the candidate has such words and the message uses none of them; `distinct_best`: its
  `distinct` share is above every sibling's (the one sibling whose own words the message names most).

`sibling_columns` computes them for the candidates of one message; `retrieval_sibling_lobo.py` measures them held out
batch by batch. None held (docs/benchmarks.md, "Fortieth pass — engineer-r65"): the re-ranking does not read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from guichet.knowledge.index import LoadedIndex

SIBLING_COLUMNS = (
    "general",
    "narrower",
    "sibling_general",
    "sibling_narrower",
    "distinct",
    "distinct_missing",
    "distinct_best",
)
COLUMN = {name: i for i, name in enumerate(SIBLING_COLUMNS)}


def used_share(words: dict[str, float], keys: set[str], terms: frozenset[str]) -> float:
    """The share, by weight, of `keys` (title words with their weights in `words`) that the message's terms use."""
    total = sum(words[k] for k in keys)
    return sum(words[k] for k in keys if k in terms) / total if total > 0 else 0.0


def sibling_columns(index: LoadedIndex, terms: frozenset[str], fiches: Sequence[int]) -> np.ndarray:
    """One row per candidate fiche (index positions), one column per name of `SIBLING_COLUMNS`."""
    n = len(fiches)
    out = np.zeros((n, len(SIBLING_COLUMNS)), dtype=np.float32)
    titles = [index.title_terms[int(f)] for f in fiches]
    words = [set(t) for t in titles]
    themes = [index.fiches[int(f)].get("theme", "") for f in fiches]
    for i in range(n):
        if not words[i]:
            continue
        siblings = [j for j in range(n) if j != i and themes[i] and themes[j] == themes[i] and words[j]]
        for j in range(n):
            if j == i or not words[j]:
                continue
            same = j in siblings
            if words[i] < words[j]:
                out[i, COLUMN["general"]] = 1.0
                if same:
                    out[i, COLUMN["sibling_general"]] = 1.0
            elif words[j] < words[i]:
                share = used_share(titles[i], words[i] - words[j], terms)
                out[i, COLUMN["narrower"]] = max(out[i, COLUMN["narrower"]], share)
                if same:
                    out[i, COLUMN["sibling_narrower"]] = max(out[i, COLUMN["sibling_narrower"]], share)
        if siblings:
            own = words[i] - set().union(*(words[j] for j in siblings))
            if own:
                share = used_share(titles[i], own, terms)
                out[i, COLUMN["distinct"]] = share
                out[i, COLUMN["distinct_missing"]] = float(share == 0.0)
    for i in range(n):
        mine = out[i, COLUMN["distinct"]]
        others = [out[j, COLUMN["distinct"]] for j in range(n) if j != i and themes[j] == themes[i] and words[j]]
        if mine > 0.0 and others and mine > max(others):
            out[i, COLUMN["distinct_best"]] = 1.0
    return out
