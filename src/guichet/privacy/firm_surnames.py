"""The owner's surname of a masked firm, said again as a person's name (forty-eighth pass, engineer-p158e, issue 13).

A small firm is named after its owner's family ("Jardinerie Bouchardeau", "Garage Moreau Frères"), and the writer
who works there is often of that family: "je fais quelques heures pour Jardinerie Bouchardeau. … Pierre Bouchardeau
(c'est mon neveu qui tient la jardinerie)". Once the firm is masked, its surname elsewhere in the message, with a
capitalised first word before it, is a person of that family: the two words are masked as a name. With
`FIRM_SURNAMES` (read at call time): a word of a masked firm that the surname list knows or that the French
dictionary does not (not its trade's word, "Rénovation", nor a joiner), found again capitalised outside any span,
right after a capitalised word that is a first name, common word or not ("Pierre", "Rose"); the first word alone
is not enough ("Garage Martin … rue Martin" stays the address rules').
"""

import re
from collections.abc import Iterable

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import is_name

# Shipped on: see docs/benchmarks.md, forty-eighth pass, engineer-p158e.
FIRM_SURNAMES = True

_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)*")


def firm_surname_spans(
    text: str, firms: Iterable[tuple[int, int]], covered: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "First Surname" elsewhere in `text` where Surname is a surname's word of a found firm (see the module)."""
    if not FIRM_SURNAMES:
        return []
    firms = list(firms)
    surnames = {
        match.group()
        for start, end in firms
        for match in _WORD.finditer(text, start, end)
        if len(match.group()) >= 3 and (is_name(match.group()) or not lexicon.is_french(match.group()))
    }
    if not surnames:
        return []
    spans = list(covered) + firms
    found: list[tuple[int, int]] = []
    pattern = r"(?<![\w'’\-])(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?)[ \t]+(?P<last>"
    pattern += "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True)) + r")(?![\w'’\-])"
    for match in re.finditer(pattern, text):
        start, end = match.span()
        if any(a < end and start < b for a, b in spans):
            continue
        if is_name(match.group("first"), first=True, allow_common=True):
            found.append((start, end))
    return found
