"""Thirty-fifth pass, engineer-k2: `drafting/triage.py` cut into `triage_*` siblings, `triage` still the front door.

The proof that no label or score moved is `benchmarks/triage_digest.py` (every message of the corpus, both codes);
these tests keep the layout honest: every public name still comes from `guichet.drafting.triage` and is the very
object its new module holds, the modules import one another one way, and the front door triages fresh messages.
"""

import ast
import importlib
from pathlib import Path

import pytest

from guichet.drafting import triage as front
from guichet.drafting.enums import Priority
from guichet.drafting.triage import Triage, ordered_labels, priority_of, triage

DRAFTING = Path(front.__file__).parent
SIBLINGS = (
    "triage_matching",
    "triage_distress_rules",
    "triage_distress_checks",
    "triage_injection_rules",
    "triage_abuse_rules",
    "triage_complaint_rules",
    "triage_profiles",
    "triage_topics",
    "triage_counterparties",
    "triage_private_asks",
    "triage_other_bodies",
    "triage_scope",
    "triage_veto",
    "triage_model_gates",
    "triage_result",
)
# What other layers, tests and benchmarks import from the front door (thirty-fifth pass).
IMPORTED_ELSEWHERE = (
    "AI_TALK_CEILING AI_TALK_GATE CORRECTABLE_LABELS DISTRESS_CORROBORATION HARDSHIP_CORROBORATES MEDICAL_ASK"
    " OTHER_BODY_ACT OTHER_PARTY_OVERRIDE OWN_TOPIC_OVERRIDE OWN_TOPIC_OVERRIDE_KEY PRIVATE_NEED SIGN_CORROBORATES"
    " SINGLE_SENTENCE_KEEPS TOPICS Triage VOUCH administration_profiles asks_office_for_help asks_office_to_act"
    " distress_corroborated distress_is_strong home_question_at_landlord learned_after_gates medical_ask"
    " model_labels_kept names_foreign_body names_other_party ordered_labels out_of_scope_vetoed override_over_veto"
    " priority_of private_dispute private_need topic_scores triage vouches_to_private_party without_asides"
).split()


def _imports(module: str) -> set[str]:
    tree = ast.parse((DRAFTING / f"{module}.py").read_text(encoding="utf-8"))
    return {
        node.module.rsplit(".", 1)[-1]
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("guichet.drafting.triage")
    }


def test_every_name_imported_elsewhere_is_still_public_on_the_front_door():
    missing = [name for name in IMPORTED_ELSEWHERE if name not in front.__all__]
    assert missing == []
    for name in front.__all__:
        assert hasattr(front, name), name


@pytest.mark.parametrize("module", SIBLINGS)
def test_a_re_exported_name_is_the_object_its_module_holds(module):
    sibling = importlib.import_module(f"guichet.drafting.{module}")
    shared = [name for name in front.__all__ if name in vars(sibling)]
    assert shared, module
    for name in shared:
        assert getattr(front, name) is getattr(sibling, name), (module, name)


def test_siblings_never_import_the_front_door_and_stay_small():
    for module in SIBLINGS:
        assert "triage" not in _imports(module), module
        lines = (DRAFTING / f"{module}.py").read_text(encoding="utf-8").count("\n")
        assert lines <= 440, (module, lines)


def test_the_front_door_triages_fresh_messages_by_the_rules():
    quiet = triage(
        title="Changement de RIB",
        body="Bonjour, j'ai changé de banque le mois dernier. Où est-ce que j'envoie mon nouveau relevé d'identité "
        "bancaire pour les versements ?",
        administration="CAF",
        use_model=False,
    )
    assert isinstance(quiet, Triage)
    assert quiet.labels == ["routine"]
    assert quiet.priority == Priority.NORMAL

    hurt = triage(
        title="Séparation",
        body="Mon compagnon me frappe quand il a bu et il garde ma carte bancaire. Est-ce que je peux toucher "
        "l'allocation à mon nom si je pars chez ma sœur ?",
        administration="CAF",
        use_model=False,
    )
    assert "distress" in hurt.labels
    assert hurt.priority == Priority.URGENT
    assert hurt.distress_kinds


def test_label_order_and_priority_unchanged():
    assert ordered_labels(["complaint", "distress", "routine"]) == ["distress", "complaint"]
    assert ordered_labels([]) == ["routine"]
    assert priority_of(["out_of_scope"]) == Priority.LOW
    assert priority_of(["abusive", "out_of_scope"]) == Priority.HIGH
