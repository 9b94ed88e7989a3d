"""A benefit's or a procedure's name weighed against the rest of the message (forty-third pass, engineer-r72).

Citizens use names loosely: "l'AAH" for a child's allowance or for the PCH, "la CMU" for the European health card
or for the sécu itself, "le minimum vieillesse" for a widow of 53, "la carte vitale" for their health cover, "le
RSA jeune" for a young person who never worked. The vocabulary reads the name faithfully and points to the name's
own fiche, which the re-ranking then trusts with the weight of a name asked about (`rerank`'s `vocabulary` column).

The rest of the message — the situation told, the other asks — often says what the writer needs better than the
name: "mon fils de 8 ans, autiste, orthophonie" is the AEEH's situation whatever allowance is named. So the useful
text is read a second time *without the names that point to fiches* (`rest_text`), as one more text of the sentence
encoder call the search already makes; its cosine with every fiche is the *rest* evidence. When a candidate that the
rest of the message points to clearly better than to the name's fiches (by `REST_MARGIN` of cosine or more), the
name counts as context, not as the thing asked (`outweighed`): its fiche keeps the `vocabulary_context` weight, and
the other evidence decides. The rest's best fiches join the candidates (`PER_REST`).

A name the rest of the message agrees with ("la CMU … 870 euros pour trois, plus de mutuelle") keeps its weight: the
rest points to the same fiche. Switch: `READ_NAME_WEIGHED` (read at each search).
"""

from __future__ import annotations

import re

import numpy as np

from guichet.knowledge.query import Query
from guichet.text import fold

READ_NAME_WEIGHED = False  # on: the rest of the message weighs against a name (measured, not paying: shipped off)
NAME_CHARS = 40  # a longer match is a situation read across words (`Term.spans`), not a name the writer uses
REST_MARGIN = 0.10  # the cosine by which the rest of the message must prefer another candidate to the name's fiches
PER_REST = 8  # candidates added from the rest's best fiches
OUTWEIGHED_SHARE = 0.5  # the pointer's share left to an outweighed name (0.5: context; 0: no pointer at all)
REST_WEIGHT = 3.0  # the rest's cosine, added to every candidate's score when the rest speaks against a name
REST_MIN_WORDS = 6  # a rest shorter than this tells no situation ("la CMU ?" alone keeps its name)
# a message in which a distress situation is recognised keeps its names whole: its rest is the emotion and the story,
# which the distress situations already read (first measurement: distress lost 4 first fiches of 103 on validation)
SKIP_DISTRESS = True

__all__ = [
    "OUTWEIGHED_SHARE",
    "NAME_CHARS",
    "PER_REST",
    "READ_NAME_WEIGHED",
    "SKIP_DISTRESS",
    "REST_MARGIN",
    "REST_WEIGHT",
    "outweighed",
    "rest_evidence",
    "pointing_names",
    "rest_text",
]


def pointing_names(query: Query) -> list[str]:
    """The folded names of the message that point to fiches (not the situations read across words)."""
    return sorted(
        {
            fold(found.text).strip()
            for found in query.vocabulary
            if found.term.fiches and not found.term.spans and len(found.text) <= NAME_CHARS and found.text.strip()
        },
        key=len,
        reverse=True,
    )


def rest_text(query: Query) -> str | None:
    """The useful text without its names that point to fiches; None when it has none, or tells too little else."""
    if not READ_NAME_WEIGHED or (SKIP_DISTRESS and query.distress):
        return None
    names = pointing_names(query)
    if not names:
        return None
    rest = fold(query.useful())
    for name in names:
        rest = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip()
    if len(re.findall(r"[^\W\d_]{3,}", rest)) < REST_MIN_WORDS:
        return None
    return rest


def outweighed(
    query: Query, positions: dict[str, int], candidates: np.ndarray, rest: np.ndarray | None
) -> frozenset[str]:
    """The fiche ids of the names the rest of the message speaks against: for each name, its fiches' best rest cosine
    is below the best candidate's (outside its fiches) by `REST_MARGIN` or more."""
    if rest is None or not READ_NAME_WEIGHED or len(candidates) == 0:
        return frozenset()
    out: set[str] = set()
    for found in query.vocabulary:
        term = found.term
        if not term.fiches or term.spans or len(found.text) > NAME_CHARS:
            continue
        own = [positions[f] for f in term.fiches if f in positions]
        if not own:
            continue
        own_best = float(np.max(rest[own]))
        others = [int(c) for c in candidates.tolist() if int(c) not in own]
        if others and float(np.max(rest[others])) >= own_best + REST_MARGIN:
            out.update(term.fiches)
    return frozenset(out)


def rest_evidence(rest: np.ndarray | None, candidates: np.ndarray) -> np.ndarray | None:
    """Each candidate's score share from what the rest of the message tells (`REST_WEIGHT` × its cosine)."""
    if rest is None:
        return None
    return (REST_WEIGHT * np.maximum(rest[candidates], 0.0)).astype(np.float32)
