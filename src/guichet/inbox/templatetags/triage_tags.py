"""The triage correction partial's data: each correctable label, whether it is set, and who changed it last."""

from typing import Any

from django import template

from guichet.drafting.api import CORRECTABLE_LABELS, TriageLabel

register = template.Library()


@register.simple_tag
def triage_corrections(message) -> list[dict[str, Any]]:
    labels = set(message.triage_labels or [])
    details = message.triage_details or {}
    learned = set(details.get("learned") or [])
    last: dict[str, dict[str, Any]] = {}
    for correction in details.get("corrected") or []:
        last[correction.get("label", "")] = correction
    return [
        {
            "label": label,
            "name": TriageLabel(label).label,
            "present": label in labels,
            "learned": label in learned and label not in last,
            "corrected": last.get(label),
        }
        for label in CORRECTABLE_LABELS
    ]
