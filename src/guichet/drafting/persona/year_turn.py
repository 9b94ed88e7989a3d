"""Two months told across a year's end (forty-eighth pass, `YEAR_TURN`): « j'ai perdu mon emploi en novembre, puis
j'ai déménagé en février », « j'ai déménagé à Lyon en novembre dernier et j'ai commencé mon nouveau travail en
janvier ».

The reader of event order (`event_order`) compares two months of no year only in the calendar's order as told
(« licencié en juin … inscrit en septembre »): told the other way, the two months gave no order, since « en février
… en novembre » may be told backwards. A late month (September to December) told first and an early one (January to
April) told after, no more than four months apart across the new year, is the story of a winter told in order: the
late month is the year before, and comes first. Four months at most, so that the reading across the year is half as
long as the other at most (« né le 2 septembre … j'ai déclaré la grossesse fin février » is told backwards: five
months forward, seven back, no clear reading). Only months said alone (no year, no day range): a year written on
either side is read by `event_order` itself.
"""

# Off: « en novembre … en février » gives no order, as in the forty-seventh pass.
YEAR_TURN = True

_LATE = range(9, 13)
_EARLY = range(1, 5)
# The longest winter told in order, in months: the other reading is then twice as long at least (eight months).
_REACH = 4


def across_year(first: tuple[int, int], second: tuple[int, int]) -> int:
    """The months from the first event's month to the second's across a new year, told in that order, or 0 where
    two months (first, last) of no year are not a late month and an early one at most four months apart."""
    if not YEAR_TURN or first[0] != first[1] or second[0] != second[1]:
        return 0
    late, early = first[0], second[0]
    if late not in _LATE or early not in _EARLY or 12 - late + early > _REACH:
        return 0
    return 12 - late + early
