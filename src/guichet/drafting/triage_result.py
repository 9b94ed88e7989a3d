"""What triage returns (`Triage`), the order of its labels and the priority they give. Cut from `triage.py`
(thirty-fifth pass).
"""

from dataclasses import asdict, dataclass, field
from typing import Any

from guichet.drafting.enums import Priority, TriageLabel
from guichet.drafting.triage_model import MODEL_LABELS


@dataclass
class Triage:
    labels: list[str]
    priority: int
    distress_kinds: list[str] = field(default_factory=list)
    emergency_contacts: list[dict[str, str]] = field(default_factory=list)
    injection_kinds: list[str] = field(default_factory=list)
    injection_sentences: list[str] = field(default_factory=list)
    competent: dict[str, str] | None = None
    topics: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    learned: list[str] = field(default_factory=list)
    # Agents' corrections, in order: {"label", "present", "by", "at"} (see `inbox.triage_corrections`).
    corrected: list[dict[str, Any]] = field(default_factory=list)

    def has(self, label: str) -> bool:
        return label in self.labels

    def details(self) -> dict[str, Any]:
        """What is stored in `Message.triage_details` (no personal data: matched phrases come from
        the pseudonymised text)."""
        return asdict(self)


_LABEL_ORDER: list[str] = [
    TriageLabel.DISTRESS,
    TriageLabel.INJECTION,
    TriageLabel.OUT_OF_SCOPE,
    TriageLabel.ABUSIVE,
    TriageLabel.COMPLAINT,
    TriageLabel.ROUTINE,
]
assert set(MODEL_LABELS) < set(_LABEL_ORDER)
# What an agent may add or remove with one click (complaint and routine follow from the others).
CORRECTABLE_LABELS: tuple[str, ...] = (
    TriageLabel.DISTRESS,
    TriageLabel.OUT_OF_SCOPE,
    TriageLabel.INJECTION,
    TriageLabel.ABUSIVE,
)


def ordered_labels(labels: list[str]) -> list[str]:
    """Labels in their display order, `routine` only when no other one is left."""
    kept = sorted(
        {str(label) for label in labels if label in _LABEL_ORDER and label != TriageLabel.ROUTINE},
        key=_LABEL_ORDER.index,
    )
    return kept or [str(TriageLabel.ROUTINE)]


def priority_of(labels: list[str]) -> Priority:
    """Distress first, then complaints and abuse; a message for another body alone comes last."""
    if TriageLabel.DISTRESS in labels:
        return Priority.URGENT
    if TriageLabel.COMPLAINT in labels or TriageLabel.ABUSIVE in labels:
        return Priority.HIGH
    if list(labels) == [TriageLabel.OUT_OF_SCOPE]:
        return Priority.LOW
    return Priority.NORMAL
