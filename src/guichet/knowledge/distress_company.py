"""A night spent beside the writer to keep them company is no homelessness (forty-third pass, engineer-r71).

A bereaved or frightened writer tells who stays with them: "mon fils dort sur le canapé pour ne pas me laisser
seule", "ma sœur dort chez moi pour me tenir compagnie". The distress map's "sans logement" reads a night on a sofa
as a shelter that is no home (`situations`, twenty-seventh pass), and points the shelters' and domiciliation fiches
at a widow who asks the capital décès. `without_company` removes, before that situation is read, a clause where
someone sleeps somewhere *so as not to leave the writer alone* (or to keep them company, to watch over them); a sofa
night without that purpose is still read ("je dors sur le canapé d'un ami depuis l'expulsion").
"""

from __future__ import annotations

import re

# On: the company clause is set aside before "sans logement" is read. Off (shipped: one train message read
# differently, its rank unchanged, no validation message; docs/benchmarks.md): the forty-second pass's map (a switch).
READ_COMPANY = False

# On folded text (lower case, no accents).
_COMPANY = re.compile(
    r"\b(?:dors|dort|dorment|dormons|dormi|dormir|reste|restent|couche|couchent|vient dormir|viennent dormir)"
    r"\b[^.!?\n]{0,60}?\bpour (?:ne pas |pas )?(?:me|nous) (?:laisser seule?s?|tenir compagnie|veiller|surveiller)"
    r"|\bpour (?:ne pas |pas )?(?:me|nous) (?:laisser seule?s?|tenir compagnie)[^.!?\n]{0,40}?"
    r"\b(?:dors|dort|dorment|dormi|dormir)\b[^.!?\n]{0,40}"
)


def without_company(folded: str) -> str:
    """The folded message without its company clauses (unchanged when `READ_COMPANY` is off)."""
    return _COMPANY.sub(" ", folded) if READ_COMPANY else folded
