"""A fiche that plain BM25 puts clearly first, kept near the top (fifty-eighth pass, engineer-r111, issue 14).

Plain BM25 of the raw message over whole fiches (`guichet.knowledge.baseline`, the reference every figure is
compared with) is sometimes right where the hybrid search is not: a message that names its thing in the fiche's own
words (« attestation d'accueil », « débroussaillement », « juré d'assises ») has one fiche that uses those rare words
far more than any other, while the re-ranking, which weighs vocabulary pointers, vectors and the message's useful
text, puts a neighbour or a hub ahead of it. On the train and validation splits of `corpora/retrieval` these are the
items where `--mode bm25` ranks the gold fiche better than the default search.

`keep_near_top` reads that evidence only where it is clear: BM25's first fiche scores at least `MARGIN` times its
second (one fiche stands out by the message's own words), and the search has it within `REACH` places but below
`TO`. It then moves that fiche to place `TO`; the scores stay where they were (the positions move, as
`guichet.knowledge.death_steps.guide_after_step` and `guichet.knowledge.neighbour_fiches.tell_apart` do). It never
brings in a fiche the search did not find, and never puts one first.

Measured on train and validation (`benchmarks/retrieval_bm25_losses.py --rule`, docs/benchmarks.md, fifty-eighth
pass): the items BM25 ranks better are lost by the re-ranking's weighed sum (one validation item never gathered),
none by the post rules, and BM25's scores alone do not tell the items a lift would save from those it would break:
moved to the first place the fiche loses hit@1 on train and validation at every margin tried; kept in the top 5 at a
margin of 1.5 it gains one train item and moves no validation item. `KEEP_CLEAR_FIRST` ships off.
"""

from __future__ import annotations

import numpy as np

from guichet.knowledge.baseline import whole_fiche_scores
from guichet.knowledge.index import LoadedIndex

KEEP_CLEAR_FIRST: bool = False  # BM25's clear first fiche moved up to place `TO` when the search has it lower
MARGIN = 1.5  # BM25's first fiche scores at least this many times its second
REACH = 30  # only a fiche the search ranks within this many places
TO = 5  # the place (1 = first) the fiche is moved to


def clear_first(index: LoadedIndex, text: str) -> int | None:
    """The index position of the fiche plain BM25 of `text` puts first when it scores at least `MARGIN` times the
    second; None otherwise."""
    scores = whole_fiche_scores(index, text)
    if len(scores) < 2:
        return None
    top = np.argpartition(-scores, 1)[:2]
    first, second = (top[0], top[1]) if scores[top[0]] >= scores[top[1]] else (top[1], top[0])
    if scores[first] <= 0 or scores[first] < MARGIN * scores[second]:
        return None
    return int(first)


def keep_near_top(index: LoadedIndex, text: str, ranked: list[tuple[int, float, list[str]]]) -> list:
    """`ranked` (position, score, reasons), best first, with BM25's clear first fiche moved up to place `TO` when
    the search ranks it between `TO` + 1 and `REACH`; the scores stay in place."""
    if not KEEP_CLEAR_FIRST or len(ranked) <= TO:
        return ranked
    fiche = clear_first(index, text)
    if fiche is None:
        return ranked
    at = next((i for i, entry in enumerate(ranked[:REACH]) if entry[0] == fiche), None)
    if at is None or at < TO:
        return ranked
    order = list(ranked)
    order.insert(TO - 1, order.pop(at))
    return [(entry[0], score, entry[2]) for entry, (_, score, _) in zip(order, ranked, strict=True)]
