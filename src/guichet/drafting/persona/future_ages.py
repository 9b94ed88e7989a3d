"""An age the writer says they will reach is not their age now (forty-ninth pass, the lead).

« J'aurai soixante-deux ans le mois prochain », « je vais avoir 18 ans en avril »: the writer is a year younger today,
and a draft's « Vous êtes âgé de 61 ans » is no longer read as contradicted.
Measured on `corpora/claims` train and validation with `benchmarks/persona_eval.py` (docs/benchmarks.md, "Forty-ninth
pass, the lead's measurements (drafting)").
"""

import re

# On: the age after « j'aurai » or « je vais avoir » is the writer's age at the next birthday: today's is one less, and
# the age itself stays read for a draft that speaks of that birthday (« vous serez majeur au printemps »).
# Off: it is read as today's age only (as in pass 48).
FUTURE_AGE_NOW = True

_FUTURE = re.compile(r"(?:\bj.aurai|\bje vais avoir)\s+$")


def ages_now(prefix: str, age: float) -> set[float]:
    """The writer's ages today for `age` said after `prefix` (the words before the number, folded)."""
    if FUTURE_AGE_NOW and _FUTURE.search(prefix):
        return {age - 1, age}
    return {age}
