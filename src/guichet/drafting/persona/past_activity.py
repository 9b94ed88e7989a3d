"""An activity the draft tells in the past ("avant de reprendre ce poste, vous étiez sans emploi depuis plus d'un
an"): said again by a writer who tells it in the past ("j'étais au chômage depuis 14 mois"), not a claim of now,
which the readers of the writer's activity (`writer._read_activity`) keep alone. Texts are folded. Switch:
`PAST_ACTIVITY`."""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, UNSUPPORTED

# Off: an activity told in the past is read as one of now, as in the fortieth pass.
PAST_ACTIVITY = True

_PAST_FRAME = re.compile(r"^\W*(?:avant \w+ \w+ \w+,?\s*)?vous\s+(?:n.)?etiez\b")
_PAST = "was_"


def was_doing(value: str, clause: str) -> str:
    """The activity trait's value: "was_jobseeker" where the draft's clause says "vous étiez …"."""
    return f"{_PAST}{value}" if PAST_ACTIVITY and _PAST_FRAME.match(clause) else value


def past_activity_verdict(value: str, past: set[str], now: set[str]) -> str | None:
    """The verdict on an activity told in the past (None for one of now): said where the message tells it in the
    past, or as still held; left open otherwise."""
    if not value.startswith(_PAST):
        return None
    status = value.removeprefix(_PAST)
    return CONSISTENT if status in past or status in now else UNSUPPORTED
