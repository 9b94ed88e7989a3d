"""A narrower sibling's case, counted as named when the message states it (forty-sixth pass, engineer-r78).

A fiche whose title holds the whole title of the fiche a name points to, and more ("Naturalisation : quels
justificatifs pour les enfants mineurs ?" under « Naturalisation »), shares the name's pointer only when the message
uses half of the words that narrow it (`rerank.SIBLING_NARROWING`, twenty-ninth pass). A writer states the case in
their own words ("mes trois enfants de 4, 9 et 13 ans", "je rentre en L1", "je pars vivre au Portugal"), rarely in the
title's ("mineurs", "étudiant", "à l'étranger"): the general fiche kept the pointer and came first (ret-r10-035).

`stated_words`: the title's words for the cases of `CASES` that the title names and the message states (the
`situations` qualifiers both read), which the narrowing share then counts as used. Only the cases that narrow a
question to a person (a minor, a student or apprentice, a life abroad, a return to France): the twenty-ninth pass
counted every situation, a public included ("Un agent public…" for a teacher), and lost four first fiches.

Read at call time under `READ_STATED_CASES` (off: the forty-fifth pass's reading).
"""

from __future__ import annotations

from guichet.knowledge.name_family import situation_words

READ_STATED_CASES = True  # off: the narrowing share counts the message's own words only (a switch)

CASES = frozenset({"mineur", "étudiant ou apprenti", "à l'étranger", "retour en France"})


def stated_words(folded_title: str, title_cases: frozenset[str], writer_cases: frozenset[str]) -> frozenset[str]:
    """The analysed words by which a (folded) title names a case of `CASES` the writer states too."""
    if not READ_STATED_CASES:
        return frozenset()
    return situation_words(folded_title, title_cases & writer_cases & CASES)
