"""The period of a sum said a few words after it ("9 600 € de chiffre d'affaires sur l'année", "650 € de loyer par
mois"), and a figure moved to another period: "vous avez déclaré 9 600 € par mois" to a writer who declared 9 600 €
over the year (and 800 € a month) is contradicted, where the amounts check found the same figure and called it
consistent. Texts are folded. Switch: `FAR_PERIODS`."""

import re
from collections.abc import Iterable

# Off: a period is read only right after or before its sum, and a figure for another period is left as it was.
FAR_PERIODS = True

_NAMED_THEN = r"\s*(?:nets?|bruts?)?\s*(?:de|d.)\s*(?:[a-z'’-]+\s+){0,3}?"


def far_period(after: str, periods: Iterable[tuple[float, str]]) -> float:
    """The period (months) that closes the words naming a sum right after it ("de chiffre d'affaires sur l'année"
    → 12), or 0."""
    if not FAR_PERIODS:
        return 0.0
    for months, pattern in periods:
        if re.match(rf"{_NAMED_THEN}(?:{pattern})", after):
            return months
    return 0.0


def moved_period(amount: float, months: float, told: Iterable[tuple[float, float]]) -> bool:
    """Whether a draft's sum for a period (`months`) is a figure the message gives for another period only: the
    message's (value, months) pairs."""
    if not FAR_PERIODS or not months:
        return False
    periods = {m for v, m in told if abs(v - amount) <= max(1.0, 0.005 * amount)}
    return bool(periods) and 0.0 not in periods and months not in periods
