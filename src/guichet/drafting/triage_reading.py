"""How `guichet triage train | eval` read a corpus message: as the pipeline triages it, or as written.

The pipeline triages the pseudonymised title and body (`pipeline.Inputs`: names, dates, numbers… replaced by
placeholders, which `triage_model.model_text` then reads as ordinary values of their type). A corpus holds the raw
messages: read raw, training and measuring see text the deployed triage never sees (fifteenth pass: the
train/serve skew of 28b25d3). `PSEUDONYMISED` reads each message through the privacy layer first; `RAW` keeps the
text as written, so that earlier figures can be reproduced.
"""

from __future__ import annotations

from functools import cache

from guichet.privacy.pseudonymise import pseudonymise_message

PSEUDONYMISED = "pseudonymised"
RAW = "raw"
READINGS = (PSEUDONYMISED, RAW)
# What `guichet triage train` reads unless told otherwise.
TRAIN_READING = RAW


def read_as(reading: str, title: str, body: str) -> tuple[str, str]:
    """The title and body triage reads under `reading` (pseudonymised texts are kept for the process)."""
    if reading == RAW:
        return title, body
    if reading != PSEUDONYMISED:
        raise ValueError(f"unknown reading: {reading!r} (one of {', '.join(READINGS)})")
    return _pseudonymised(title, body)


@cache
def _pseudonymised(title: str, body: str) -> tuple[str, str]:
    ps_title, ps_body = pseudonymise_message(title=title, body=body)
    return ps_title.text, ps_body.text
