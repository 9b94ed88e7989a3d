"""What a gate over the learned model's labels reads, and what it gives back (fifty-first pass: one type for the nine
gates that each wrote the same seven parameters — `triage_shouting`, `triage_reported_words`, `triage_worry`,
`triage_exasperation`, `triage_set_phrases`, `triage_quiet_hardship`, `triage_young_parents`, `triage_money_jokes`,
`triage_medical_now`)."""

from collections.abc import Collection
from typing import NamedTuple

from guichet.drafting.triage_model import TriageModel

# A label the model reached on a sentence window: its score and the window.
Reached = dict[str, tuple[float, str]]
# The model's labels a gate keeps: those of the whole message, and those a sentence window reached.
Gated = tuple[list[str], Reached]


class GateReading(NamedTuple):
    """The message as every gate reads it: built once in `triage.triage()`."""

    model: TriageModel
    taken: Collection[str]  # the labels a rule set: a gate never reads them again
    title: str
    body: str
    admin_text: str
