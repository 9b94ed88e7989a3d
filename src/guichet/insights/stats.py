"""Small descriptive statistics used by the dashboard and the transparency record (pure functions)."""

import math
from collections.abc import Sequence
from datetime import date, timedelta


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0–100) by linear interpolation between closest ranks (numpy's default method)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = math.ceil(position)
    if low == high:
        return float(ordered[low])
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 50)


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def weeks_between(start: date, end: date) -> list[date]:
    """Mondays of every ISO week that overlaps [start, end]."""
    first, weeks = week_start(start), []
    while first <= end:
        weeks.append(first)
        first += timedelta(days=7)
    return weeks
