"""Forty-fifth pass (engineer-ew): every triage switch is read through its own module at call time, so that turning
one off there reaches `triage()`. Before, `drafting/triage.py` (and `triage_private_asks`, `triage_veto`,
`triage_model_gates`, `triage_training`) imported the switches by name, and a switch turned off in its module changed
nothing. Fresh messages, in none of the corpora, through `triage()` with the shipped artefact where it is there."""

import ast
import re
from pathlib import Path

import pytest

from guichet.drafting import triage as front
from guichet.drafting import (
    triage_model_gates,
    triage_mutuelle_contract,
    triage_provider_goods,
    triage_state_pensions,
)
from guichet.drafting.enums import TriageLabel

# An old name, read once at import: the shipped value of its home module.
from guichet.drafting.triage import STATE_PENSION_RULE, triage
from guichet.drafting.triage_model import shipped_model

OUT_OF_SCOPE = TriageLabel.OUT_OF_SCOPE
DRAFTING = Path(front.__file__).parent
SRC = DRAFTING.parent.parent
_SWITCH = re.compile(r"^([A-Z][A-Z0-9_]*) = (?:True|False)$", re.MULTILINE)


def _switches() -> set[str]:
    """Every module-level boolean switch of the triage modules."""
    return {name for path in DRAFTING.glob("triage*.py") for name in _SWITCH.findall(path.read_text("utf-8"))}


def test_no_module_imports_a_triage_switch_by_name():
    switches = _switches()
    assert len(switches) > 40
    by_name = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                by_name += [f"{path.name}: {alias.name}" for alias in node.names if alias.name in switches]
    assert by_name == []


def test_no_switch_is_frozen_as_a_default_argument():
    switches = _switches()
    frozen = []
    for path in sorted(DRAFTING.glob("triage*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef):
                defaults = [d for d in (*node.args.defaults, *node.args.kw_defaults) if d is not None]
                frozen += [f"{path.name}: {node.name}" for d in defaults if ast.unparse(d) in switches]
    assert frozen == []


# A message each of three older out-of-scope rules catches, with the rule's module and switch.
RULES = {
    "provider_goods": (
        triage_provider_goods,
        "PROVIDER_GOODS_RULE",
        "Assurance retraite (CNAV)",
        "Ma carte de complémentaire santé a disparu dans le déménagement, vous pouvez m'en renvoyer une avant mon "
        "rendez-vous chez l'ophtalmo ?",
    ),
    "state_pension": (
        triage_state_pensions,
        "STATE_PENSION_RULE",
        "Assurance retraite (CNAV)",
        "J'ai fait toute ma carrière comme gardien de la paix, fonctionnaire titulaire. À quelle date ma pension "
        "de fonctionnaire sera-t-elle payée ?",
    ),
    "mutuelle_contract": (
        triage_mutuelle_contract,
        "MUTUELLE_CONTRACT_RULE",
        "Assurance maladie (CPAM)",
        "Je veux résilier mon contrat de mutuelle complémentaire, vous pouvez le faire pour moi ?",
    ),
}


@pytest.mark.parametrize("name", sorted(RULES))
def test_turning_a_rule_off_in_its_module_changes_the_decision(monkeypatch, name):
    module, switch, administration, body = RULES[name]
    use_model = name != "provider_goods"
    if use_model and shipped_model() is None:
        pytest.skip("no shipped artefact")
    on = triage(title="", body=body, administration=administration, use_model=use_model)
    assert OUT_OF_SCOPE in on.labels
    monkeypatch.setattr(module, switch, False)
    off = triage(title="", body=body, administration=administration, use_model=use_model)
    assert OUT_OF_SCOPE not in off.labels


def test_the_old_names_on_the_front_door_read_the_home_module(monkeypatch):
    assert STATE_PENSION_RULE is True
    assert front.AI_TALK_GATE is triage_model_gates.AI_TALK_GATE
    monkeypatch.setattr(triage_state_pensions, "STATE_PENSION_RULE", False)
    assert front.STATE_PENSION_RULE is False
    with pytest.raises(AttributeError):
        front.NO_SUCH_SWITCH  # noqa: B018
