"""French text analysis for BM25: elisions, stop words, Snowball stemming, then accent folding.

Stemming runs on the accented word (the Snowball French rules need the accents) and the accents are folded
afterwards, so "médecin", "medecin" and "médecins" meet. Citizens misspell accents far more often than endings.
Results are cached per surface form: a corpus has a few hundred thousand distinct words but millions of tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache

import Stemmer

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’`](?=\w)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_GLUED_ELISION = re.compile(r"^(?:qu|[ldjmnstc])([aeiouyhàâäéèêëîïôöùûü]\w{2,})$")
_STEMMER = Stemmer.Stemmer("french")

STOP_WORDS = frozenset(
    """
    a afin ai aie aient aies ait al alors as au aucun aucune aupres auquel aura aurai auraient aurais aurait auras
    aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels avaient avais avait avant avec
    avez aviez avions avoir avons ayant ayez ayons c ca car ce ceci cela celle celles celui cependant certain
    certaine certaines certains ces cet cette ceux chacun chacune chaque chez ci comme comment d dans de des
    desquelles desquels deja donc dont du duquel elle elles en encore entre es est et etaient etais etait etant
    etc ete etes etiez etions etre eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eutes euxmeme
    eux fais fait faites fois furent fus fusse fussent fusses fussiez fussions fut futes ici il ils j je jusqu
    l la laquelle le lequel les lesquelles lesquels leur leurs lors lorsque lui m ma mais me meme memes mes moi
    mon n ne ni non nos notre nous on ont or ou par parce pas peu peut peuvent plus pour pourquoi puis qu quand
    que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait seras serez seriez
    serions serons seront ses si sien sienne siennes siens soi soient sois soit sommes son sont sous soyez soyons
    suis sur t ta te tes toi ton tous tout toute toutes tu un une unes uns vers via voici voila vos votre vous y
    """.split()
)


def fold(text: str) -> str:
    """Lower-case and strip accents ("Élève" → "eleve"); œ and æ become oe and ae."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
