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


def dropped_unless_rescored(reading: GateReading, label: str, plain: tuple[str, str], gated: Gated) -> Gated:
    """The model's labels (`gated`: whole message, sentence windows) less `label` where the model, scoring again the
    `plain` title and body (the message with the words that gave the label taken out), reaches it on neither the
    whole message nor a sentence window. Unchanged where the plain text is the message itself."""
    kept, reached = gated
    plain_title, plain_body = plain
    model = reading.model
    if (plain_title, plain_body) == (reading.title, reading.body):
        return kept, reached
    if label in model.decide(model.scores(plain_title, plain_body, reading.admin_text)):
        return kept, reached
    if label in model.settings.window_labels:
        found = model.window_scores(plain_body, reading.admin_text, (label,))
        if label in model.decide_windows(found):
            return kept, reached
    return [other for other in kept if other != label], {k: v for k, v in reached.items() if k != label}
