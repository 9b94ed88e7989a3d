"""A birth year said with two digits ("né en 79", "je suis de 84", "née en 02"): the draft's "né en 1979" says it
again, "né en 1997" contradicts it, and "vous avez plus de quarante ans" is read against the age it gives. Texts are
folded. Switch: `SHORT_YEARS`."""

import re
from datetime import date

# Off: only four-digit birth years are read, as in the fortieth pass.
SHORT_YEARS = True

_SHORT_BORN = re.compile(
    r"\b(?:je suis nee?|suis nee?|moi,? nee?|nee? en|je suis de l.annee|je suis de)\s+(?:en\s+)?['’]?(\d\d)\b"
    r"(?!\s*(?:ans|mois|jours|euros|€|%|h\b|heures|/|[.,]\d))"
)


def short_birth_years(folded: str, *, today: date | None = None) -> set[int]:
    """The four-digit birth years of the writer a folded message gives with two digits ("né en 79" → 1979); a year
    past this one's two digits is of the last century ("né en 02" → 2002 in 2026, "né en 79" → 1979)."""
    if not SHORT_YEARS:
        return set()
    now = (today or date.today()).year
    years: set[int] = set()
    for m in _SHORT_BORN.finditer(folded):
        two = int(m.group(1))
        year = 2000 + two if 2000 + two <= now else 1900 + two
        years.add(year)
    return years
