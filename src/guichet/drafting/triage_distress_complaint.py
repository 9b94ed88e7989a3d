"""A complaint told by a person in distress (forty-sixth pass of issue 12, engineer-fa).

A person in hardship who also complains of the office ("7 mois d'attente … Depuis, plus rien", then the eviction and
the fear) gets the distress label and, from the model, a complaint score under its threshold: the distress words
take the message's weight, and the grievance is said once, as a wait (tri-aa-055, a widow of 74 with no answer on her
pension de réversion: complaint 0.45 at a threshold of 0.53). Both are true and both are given.

* ``DISTRESS_COMPLAINT_RULE``: where distress is set and no complaint is, nothing sends the message away (out of
  scope), and the message says a wait or a silence in the office's hands (`office_silence`), the model's complaint
  stands from `DISTRESS_COMPLAINT_BAR` instead of its threshold.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import fold

# The model's complaint is read from a lower bar where distress is set and the office's silence is said.
DISTRESS_COMPLAINT_RULE = True
# Validation: tri-aa-055 scores 0.45; the distress-only messages saying a wait score 0.40 (tri-bb-064) or under.
DISTRESS_COMPLAINT_BAR = 0.43

_NUMBER = r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|des)"
_SILENCE = re.compile(
    rf"\b{_NUMBER} (?:mois|semaines) (?:d'attente|sans (?:aucune )?(?:reponse|nouvelles?|rien))\b"
    r"|\bdepuis,? (?:plus|toujours|pas) rien\b|\btoujours (?:rien|aucune reponse|pas de reponse|sans reponse)\b"
    r"|\b(?:sans|aucune) (?:reponse|nouvelles?) (?:de (?:votre|vos|la) |depuis )"
    r"|\bpersonne ne (?:me )?(?:repond|rappelle|decroche)\b"
)


def office_silence(folded: str) -> bool:
    """The (folded) text says a wait or a silence of the office: "7 mois d'attente", "depuis, plus rien"."""
    return bool(_SILENCE.search(folded))


def complaint_in_distress(labels: list[str], scores: dict[str, float], text: str) -> bool:
    """The model's complaint (`scores`) stands for a message in distress (`labels`, the labels set so far) that says
    the office's silence (`text`, raw or folded); read with its switch at call time."""
    return (
        DISTRESS_COMPLAINT_RULE
        and TriageLabel.DISTRESS in labels
        and TriageLabel.COMPLAINT not in labels
        and TriageLabel.OUT_OF_SCOPE not in labels
        and scores.get(TriageLabel.COMPLAINT, 0.0) >= DISTRESS_COMPLAINT_BAR
        and office_silence(fold(text))
    )
