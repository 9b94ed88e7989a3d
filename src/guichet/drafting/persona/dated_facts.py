"""A draft's date of a fact the message does not tell (forty-seventh pass, `DATED_FACTS_ONLY`).

The check of dates (`verdicts._date`) finds a draft's month contradicted when the message gives other months and not
that one. Where the message says nothing of the fact the draft dates, its months are those of other facts: "depuis
mars j'ai plus de travail" says nothing of when the writer registered, and "vous êtes inscrit à France Travail
depuis janvier" is unsupported, as the registration is. The date stays contradicted where the fact is read
(consistent or contradicted), or where the message names the clause's own words though the reader missed the fact
("j'ai quitté Lyon en juin 2024 pour m'installer à Lille" / "vous habitez à Lille depuis juin 2023").
"""

import re

from guichet.drafting.persona.lexicon import MONTH
from guichet.text import content_terms, fold

# Off: a date is judged against the message's months whatever the message says of the fact it dates (pass 46).
DATED_FACTS_ONLY = True

# An office's name is no word of the fact ("inscrit à France Travail" / "plus de travail").
_OFFICES = re.compile(r"\b(?:france travail|pole emploi|mission locale)\b")
# The date itself and the writer's pronouns.
_DATE_WORDS = re.compile(rf"\b(?:{MONTH}|depuis|vous|votre|vos|etes|avez)\b|\d+")


def names_fact(clause: str, message: str) -> bool:
    """Whether the message names a word of the draft's clause other than its date (folded clause, raw message)."""
    words = content_terms(_DATE_WORDS.sub(" ", _OFFICES.sub(" ", clause)))
    return bool(words & content_terms(fold(message)))
