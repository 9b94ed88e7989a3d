"""The recovery gate as shipped (forty-second pass, the lead): off.

Engineer-ej's `triage_recovery` gate drops the model's distress from a message that names an addiction, its care or
its recovery and says no danger. On the test split, read once, it dropped three messages whose gold is distress, so it
ships off: the model's distress on such a message stands, and an agent looks at it.
"""

from guichet.drafting import triage_recovery
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

DISTRESS = TriageLabel.DISTRESS.value


def test_the_recovery_gate_ships_off():
    assert triage_recovery.RECOVERY_GATE is False


def test_a_calm_recovery_the_model_reads_as_distress_keeps_it_as_shipped():
    # Written by the lead, not from any corpus: a husband in a detox, debts, sleepless nights, a question.
    body = (
        "Mon mari est en cure de désintoxication, nous avons des dettes à cause de son alcoolisme et je ne dors plus. "
        "Dois-je déclarer sa pension ?"
    )
    assert triage_recovery.recovery_told_calmly(body)
    result = triage(title="", body=body, administration="CAF", use_model=True)
    assert DISTRESS in result.labels
