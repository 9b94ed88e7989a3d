"""A change a clause puts under "sans que" or "sans" ("vous êtes séparé depuis mars, sans que le divorce soit encore
prononcé", "sans que la procédure de divorce ait commencé", "sans être divorcée"): it says the change has not
happened, and is no claim that it did.

`timing` read the time of such a change from the rest of its clause ("depuis mars", "vous êtes"), found it done and
contradicted the writer who said it was pending ("pas encore divorcé"), removing a draft sentence that kept the
meaning. This tells `timing` to leave a change denied by "sans" in the words before it, on both sides (a draft's
clause and a message's). Texts are folded. Switch: `WITHOUT_DENIES`.
"""

import re

# Off: a change after "sans que" is timed from its clause, as in the forty-fourth pass.
WITHOUT_DENIES = True

# "sans que le divorce soit", "sans qu'il y ait eu de mariage", "sans avoir déménagé", "sans être divorcée": the
# words between "sans" and the change hold no comma nor a new clause.
_WITHOUT = re.compile(r"\bsans (?:que|qu.|avoir|etre|encore)\b[^,;:]*$")


def denied_by_without(before: str) -> bool:
    """Whether the words just before a change (its clause, folded) deny it with "sans"."""
    return WITHOUT_DENIES and bool(_WITHOUT.search(before))
