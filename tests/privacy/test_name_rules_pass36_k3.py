"""The split of `privacy/name_rules.py` into `name_rules_*` siblings (thirty-sixth pass, engineer-k3).

The front door keeps every name other modules import, each the very object its sibling holds; no sibling imports the
front door; each stays small; the rules read through the front door find the names they found before the split.
"""

import ast
import importlib
from pathlib import Path

import pytest

from guichet.privacy import name_rules, name_rules_ages, name_rules_places
from guichet.privacy.name_rules import ContextNameRecognizer, aged_names, last_words, signature_names

ROOT = Path(__file__).resolve().parents[2]
PRIVACY = ROOT / "src" / "guichet" / "privacy"
SIBLINGS = sorted(path.stem for path in PRIVACY.glob("name_rules_*.py"))


def _imported_from_front_door() -> set[str]:
    names: set[str] = set()
    for folder in ("src", "tests", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module == "guichet.privacy.name_rules":
                    names.update(alias.name for alias in node.names)
    return names


def test_every_name_imported_from_the_front_door_is_in_its_all() -> None:
    imported = _imported_from_front_door()
    assert {"ContextNameRecognizer", "in_capitals", "last_words", "signature_names", "_BRANDS"} <= imported
    assert imported <= set(name_rules.__all__)


def test_the_front_door_keeps_the_public_rules() -> None:
    for name in ("cue_names", "aged_names", "full_names", "lone_first_names", "household_rows", "me_then_names"):
        assert name in name_rules.__all__
        assert callable(getattr(name_rules, name))


@pytest.mark.parametrize("name", sorted(name_rules.__all__))
def test_each_reexported_name_is_its_siblings_object(name: str) -> None:
    value = getattr(name_rules, name)
    homes = [
        sibling
        for sibling in SIBLINGS
        if name in vars(importlib.import_module(f"guichet.privacy.{sibling}"))
        and getattr(importlib.import_module(f"guichet.privacy.{sibling}"), name) is value
    ]
    assert homes or name in ("ContextNameRecognizer",), name


@pytest.mark.parametrize("sibling", SIBLINGS)
def test_no_sibling_imports_the_front_door_nor_passes_400_lines(sibling: str) -> None:
    source = (PRIVACY / f"{sibling}.py").read_text(encoding="utf-8")
    modules = {node.module for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom) and node.module}
    assert "guichet.privacy.name_rules" not in modules
    assert len(source.splitlines()) <= 400


def test_the_age_rules_read_the_second_place_pattern_as_before() -> None:
    """The old file bound `_PLACE_BEFORE` twice; its functions read the second, and still do."""
    assert name_rules_ages._PLACE_BEFORE is name_rules_places._PLACE_BEFORE
    assert "près de" in name_rules_ages._PLACE_BEFORE.pattern
    # "de" and "depuis" were only in the first pattern: the names after them are found, as before the split
    assert list(aged_names("je garde les enfants de Sopheap (1 an) le mercredi")) == [(24, 31, 0.6)]
    assert list(aged_names("mes enfants depuis Camille en CM2 et Paul en CE1")) == [(19, 26, 0.7), (37, 41, 0.7)]


def test_fresh_messages_through_the_front_door() -> None:
    signed = "Bonjour,\nmon dossier est bloqué depuis mars.\nCordialement,\nTauhiti Faatau 06 12 34 56 78"
    assert sorted(signature_names(signed)) == [(59, 73, 0.8)]
    assert list(last_words("… rappelez-moi svp. Dylan")) == [(20, 25, 0.75)]
    assert list(aged_names("la fille de Lou (3 ans)")) == [(12, 15, 0.75)]
    found = ContextNameRecognizer().analyze("bonjour marine petit ici, je vous rappelle", ["PERSONNE"])
    assert [(r.start, r.end) for r in found] == [(8, 20)]
