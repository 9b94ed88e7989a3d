"""Drafting's front door: what the inbox (and any app above drafting) calls. Nothing else of drafting is imported
from outside it.

The inbox turns a stored message into `Inputs` and an `AdministrationProfile`, triages at intake with
`triage_inputs`, and drafts with `run()` (the stored triage and its answer memory passed in); it stores the draft,
then links the audited model calls to it with `attach_calls`.
"""

from guichet.drafting.alerts import Alert, CheckResult
from guichet.drafting.backends import Backend, drafts_with_model, get_backend
from guichet.drafting.compose import Composed
from guichet.drafting.contacts import EMERGENCY_CONTACTS, EMERGENCY_NUMBERS, panel_numbers
from guichet.drafting.enums import DraftKind, Priority, TriageLabel
from guichet.drafting.memory import Remembered
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
    triage_inputs_many,
)
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import CORRECTABLE_LABELS, Triage, ordered_labels, priority_of
from guichet.drafting.triage_model import ARTEFACT_PATH as TRIAGE_ARTEFACT
from guichet.drafting.triage_model import TriageModel
from guichet.drafting.triage_reading import PSEUDONYMISED as TRIAGE_PSEUDONYMISED
from guichet.drafting.triage_reading import READINGS as TRIAGE_READINGS
from guichet.drafting.triage_reading import TRAIN_READING as TRIAGE_TRAIN_READING
from guichet.drafting.triage_training import evaluate as triage_evaluate
from guichet.drafting.triage_training import format_report as triage_report_text
from guichet.drafting.triage_training import load_examples as triage_examples
from guichet.drafting.triage_training import train as triage_train

__all__ = [
    "CORRECTABLE_LABELS",
    "EMERGENCY_CONTACTS",
    "EMERGENCY_NUMBERS",
    "RETRIEVAL_K",
    "TRIAGE_ARTEFACT",
    "AdministrationProfile",
    "Alert",
    "Backend",
    "CheckResult",
    "Composed",
    "DraftKind",
    "DraftingError",
    "Inputs",
    "Priority",
    "Remembered",
    "Run",
    "Triage",
    "TriageModel",
    "TriageLabel",
    "administration_profile",
    "attach_calls",
    "draft_text",
    "drafts_with_model",
    "get_backend",
    "ordered_labels",
    "panel_numbers",
    "priority_of",
    "run",
    "search_texts",
    "TRIAGE_PSEUDONYMISED",
    "TRIAGE_READINGS",
    "TRIAGE_TRAIN_READING",
    "triage_evaluate",
    "triage_examples",
    "triage_inputs",
    "triage_inputs_many",
    "triage_report_text",
    "triage_train",
]
