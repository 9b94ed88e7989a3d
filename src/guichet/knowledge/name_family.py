"""A name's family of fiches, and the titles that narrow it to something the message does not ask.

A name whose vocabulary entry lists one fiche per public ("heures supplémentaires": F2391 for a private employee,
F593 / F32390 / F595 for the three civil services) lends its pointer to any fiche titled with that name and written
for the writer's situation (`rerank.PER_PUBLIC_NAME`). Thirty-sixth pass (engineer-r52): not to a title that narrows
the family to a side question the message never raises — "Fonction publique : quelles cotisations sur les heures
supplémentaires ?" (F34861) for an agent of a préfecture who asks how his overtime is paid or recovered and what the
monthly ceiling is (r52-008: F34861 first, F593 second). The family's words are those of the titles its entry lists
(the name and every public's words: "salarié", "secteur privé", "fonction publique", "État", "territoriale"…); the
words a title adds beyond them ("cotisations") are what narrows it, and the message must use a share of them
(weighed by their rarity among fiches, as `rerank._narrowing_share`). A title word that names a situation the
writer is in counts as used ("étranger" in « Comment le conjoint étranger est-il pris en compte dans le calcul du
RSA ? » for a husband come from Mali: the message says the country, not the word).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from guichet.knowledge.analysis import analyze
from guichet.knowledge.index import LoadedIndex
from guichet.knowledge.situations import QUALIFIERS

READ_NAME_FAMILY = True  # off: the thirty-fifth pass's reading (a measurement switch)
# The share of a title's narrowing words (beyond the family's) the message must use for the title to share the name's
# pointer.
NAME_NARROWING = 0.1


def family_terms(index: LoadedIndex, fiche_ids: Iterable[str]) -> frozenset[str]:
    """The title words of the fiches a name's entry lists (those in the index)."""
    words: set[str] = set()
    for fiche_id in fiche_ids:
        position = index.position.get(fiche_id)
        if position is not None:
            words.update(index.title_terms[position])
    return frozenset(words)


_IN_TITLE = {qualifier.name: re.compile(qualifier.in_title) for qualifier in QUALIFIERS}


def situation_words(folded_title: str, shared: Iterable[str]) -> frozenset[str]:
    """The analysed words by which a (folded) title names the situations in `shared` (the writer's too)."""
    words: set[str] = set()
    for name in shared:
        pattern = _IN_TITLE.get(name)
        if pattern is not None:
            for match in pattern.finditer(folded_title):
                words.update(analyze(match.group(0)))
    return frozenset(words)


def narrows_unasked(
    title: dict[str, float], family: frozenset[str], terms: frozenset[str], said: frozenset[str] = frozenset()
) -> bool:
    """Whether a title narrows the name's family by words the message (`terms`: its words and its vocabulary's
    expansions; `said`: the title's words for the writer's own situations) mostly does not use."""
    if not READ_NAME_FAMILY:
        return False
    extra = {term: weight for term, weight in title.items() if term not in family}
    total = sum(extra.values())
    if total <= 0:
        return False
    used = sum(weight for term, weight in extra.items() if term in terms or term in said)
    return used / total < NAME_NARROWING
