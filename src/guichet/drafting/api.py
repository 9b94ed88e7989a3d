"""Drafting's front door: what the inbox (and any app above drafting) calls. Nothing else of drafting is imported
from outside it.

The inbox turns a stored message into `Inputs` and an `AdministrationProfile`, triages at intake with
`triage_inputs`, and drafts with `run()` (the stored triage and its answer memory passed in); it stores the draft,
then links the audited model calls to it with `attach_calls`.
"""

from guichet.drafting.alerts import Alert, CheckResult
from guichet.drafting.backends import Backend, get_backend
from guichet.drafting.compose import Composed
from guichet.drafting.contacts import EMERGENCY_CONTACTS, EMERGENCY_NUMBERS, panel_numbers
from guichet.drafting.enums import DraftKind, Priority, TriageLabel
from guichet.drafting.pipeline import (
    RETRIEVAL_K,
    DraftingError,
    Inputs,
    Run,
    administration_profile,
    attach_calls,
    draft_text,
    run,
    search_texts,
    triage_inputs,
)
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import Triage

__all__ = [
    "EMERGENCY_CONTACTS",
    "EMERGENCY_NUMBERS",
    "RETRIEVAL_K",
    "AdministrationProfile",
    "Alert",
    "Backend",
    "CheckResult",
    "Composed",
    "DraftKind",
    "DraftingError",
    "Inputs",
    "Priority",
    "Run",
    "Triage",
    "TriageLabel",
    "administration_profile",
    "attach_calls",
    "draft_text",
    "get_backend",
    "panel_numbers",
    "run",
    "search_texts",
    "triage_inputs",
]
