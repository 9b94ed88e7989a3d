"""French text analysis for BM25: elisions, stop words, Snowball stemming, then accent folding.

Stemming runs on the accented word (the Snowball French rules need the accents) and the accents are folded
afterwards, so "médecin", "medecin" and "médecins" meet. Citizens misspell accents far more often than endings.
Results are cached per surface form: a corpus has a few hundred thousand distinct words but millions of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

import Stemmer

from guichet.text import STOP_WORDS, fold

__all__ = ["STOP_WORDS", "analyze", "fold", "term"]

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’`](?=\w)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_GLUED_ELISION = re.compile(r"^(?:qu|[ldjmnstc])([aeiouyhàâäéèêëîïôöùûü]\w{2,})$")
_STEMMER = Stemmer.Stemmer("french")


@lru_cache(maxsize=500_000)
def term(word: str) -> str:
    """The index term of one lower-cased word, or "" for a stop word or noise."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return ""
    if folded.isdigit():
        # Years, amounts, ages and article numbers matter; long digit strings are identifiers (noise).
        return folded if len(folded) <= 5 else ""
    if len(folded) < 2 or "_" in folded:
        return ""
    return fold(_STEMMER.stemWord(word))


def analyze(text: str, *, vocabulary: Container[str] | None = None) -> list[str]:
    """Tokens of a French text, ready for BM25 (order kept, duplicates kept).

    With a `vocabulary` (queries only), a word unknown to the corpus that looks like an elision written without
    its apostrophe ("jai", "mactualiser", "lassurance") is read without its first letter(s) when that is known.
    """
    text = _ELISION.sub(" ", text.lower())
    out = []
    for word in _WORD.findall(text):
        token = term(word)
        if vocabulary is not None and token not in vocabulary:
            match = _GLUED_ELISION.match(word)
            if match and term(match.group(1)) in vocabulary:
                token = term(match.group(1))
        if token:
            out.append(token)
    return out
