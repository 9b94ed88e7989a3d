"""Money the writer earns without a salary's name, and money the writer pays (`amounts`).

"L'an dernier j'ai touché 3 870 € de vacations pompier", "les vendanges m'ont rapporté 1 450 € et les pommes 980 €":
a volunteer firefighter's "vacations", what a season's work "rapporte", are earnings the sums check had no kind for,
so a draft that gives them back wrong ("vos vacations se sont élevées à 3 780 €", "vos deux contrats vous ont
rapporté 2 330 € au total" for 2 430 €) was left without a verdict. `EARNINGS_KIND` gives them the kind "earnings".

"Vous versez 450 € par an de pension alimentaire": what the writer pays ("vous versez", "vous réglez") is the
writer's money as much as what they receive; `PAID_BY_WRITER` reads it. Texts are folded.
"""

import re

# Off: "vacations" and what a job "rapporte" are sums of no kind, as in the forty-first pass.
EARNINGS_KIND = True
# Off: "vous versez 450 €" is not read as the writer's money.
PAID_BY_WRITER = True

_EARNINGS = re.compile(r"\b(?:vacations?|rapporte(?:e|s|es)?|gains?)\b")
_PAYS = re.compile(r"\bvous (?:ne |n.)?(?:versez|versiez|reglez|regliez|acquittez)\b")


def earnings_kinds(text: str) -> list[tuple[int, int, str]]:
    """Where a folded text names earnings without a salary's name: (start, end, "earnings")."""
    if not EARNINGS_KIND:
        return []
    return [(m.start(), m.end(), "earnings") for m in _EARNINGS.finditer(text)]


def paid_by_writer(before: str) -> bool:
    """Whether a draft's sum after `before` (its sentence up to it) is one the writer pays ("vous versez")."""
    return PAID_BY_WRITER and bool(_PAYS.search(before))
