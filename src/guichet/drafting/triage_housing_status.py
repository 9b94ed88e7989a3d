"""A housing status told as the context of a calm request (thirty-second pass of issue 12, engineer-cu).

People without a home of their own write to ask for the very procedures made for them: a domiciliation at the
CCAS, an identity card with the CCAS's address, a change of address after leaving a home, the APL once rehoused
("je suis hébergé dans un centre d'hébergement d'urgence … est-ce que le CCAS peut me domicilier ?", "je suis sans
domicile, domicilié au CCAS : la pré-demande se fait avec cette adresse ?", "après six mois en hébergement
d'urgence nous avons enfin un logement"). The homeless rule of distress (`triage.DISTRESS_RULES["homeless"]`)
reads "sans domicile", "plus d'adresse", "hébergement d'urgence" and "expulsion" as a person on the street, and the
message is put first as distress; the authors of the unseen batches label these routine. Someone in danger says
more: a night ahead with nowhere to sleep, the cold, children, despair, a date, no money.

`calm_status_request(text)` holds when the writer asks something (a question) and nothing in the message is a
cue of despair, death, farewell, relapse, violence, cold or hunger, a deadline, dependants or money run out, and no
sign of acute hardship or of suicide; `status_blanked(text)` blanks the status phrases (and an eviction said as
past, or asked against a neighbour or a tenant), so that the homeless rule reads only what is left. Pure functions
on folded text (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_signs import warning_signs

_DET = r"(?:(?:mon|ma|notre|son|sa|leur|l'|une|cette|la|un|d'un|d'une) )?"
_STATUS = re.compile(
    r"\bsans domicile(?: fixe| stable)?\b"
    r"|\bplus d'adresse\b"
    r"|\b(?:en |un |d'|l'|centres? d'|foyers? d')?hebergement d'urgence\b"
    # An eviction told as past, the writer rehoused or lodged since ("après mon expulsion", "suite à l'expulsion").
    rf"|\b(?:apres|depuis|suite a|a la suite de) {_DET}expulsion\b"
    # An eviction asked against someone else: a noisy neighbour, a tenant, a squatter.
    r"|\b(?:le |la |les |l')?faire expulser\b"
    r"|\bexpulser (?:le|la|les|mon|ma|mes|ce|cette|ces|son|sa|notre|nos) (?:\w+ )?(?:voisins?|voisines?"
    r"|locataires?|occupants?|squatteurs?|squatteuses?)\b"
)
_QUESTION = re.compile(
    r"\?|\b(?:comment|est-ce que|quels?|quelles?|puis-je|peut-on|pouvez-vous|faut-il|je voudrais (?:savoir|que)"
    r"|merci de (?:me dire|m'indiquer)|je vous (?:demande|prie|serais))\b"
)
# Cue families of `triage_cues.DISTRESS_CUES` (and the suicide-like ones) that say more than a status.
_ALARM_CUES = (
    "despair",
    "death",
    "farewell",
    "relapse",
    "violence",
    "cold_hunger",
    "deadline",
    "dependants",
    "no_money",
)


def calm_status_request(folded: str) -> bool:
    """The (folded) text asks something and says nothing of despair, danger, dependants, a deadline or money run
    out: a housing status in it is the context of a procedure."""
    if not _QUESTION.search(folded):
        return False
    counts = cue_counts(folded)
    if any(counts.get(name) for name in _ALARM_CUES):
        return False
    return not warning_signs(folded) and not hardship_signs(folded)


def status_blanked(folded: str) -> str:
    """The (folded) text with its housing-status phrases blanked."""
    return _STATUS.sub(" ", folded)
