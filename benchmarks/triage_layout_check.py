"""Proof by the source that the split of `drafting/triage.py` moved code and changed none of it.

    git show c70ecfa:src/guichet/drafting/triage.py > old_triage.py
    .venv/bin/python benchmarks/triage_layout_check.py old_triage.py [--drafting src/guichet/drafting]

Reads the old single file and the new front door with its siblings (no import, no model, a second). Checks that
(1) every top-level statement of the old file after its imports (a table, a pattern, a function, a class, the assert)
is in exactly one new module with the same syntax tree (`ast.dump`, so comments and blank lines aside), and that the
new modules hold nothing else but imports, docstrings and the front door's `__all__`; (2) every module-level name
each statement reads is bound, in its new module, to the same thing as in the old file: a definition of the old file
(wherever it now lives, followed through the `guichet.drafting.triage_*` imports) or the same name of the same
outside module; (3) the front door's `__all__` holds every public name the old file defined. Prints the counts and
`identical` or each difference. `benchmarks/triage_digest.py` shows the same on every corpus message. Thirty-fifth
pass (engineer-k2).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEW = (
    "triage triage_matching triage_distress_rules triage_distress_checks triage_injection_rules triage_abuse_rules"
    " triage_complaint_rules triage_profiles triage_topics triage_counterparties triage_private_asks"
    " triage_other_bodies triage_scope triage_veto triage_model_gates triage_result"
).split()
PREFIX = "guichet.drafting."


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


class Module:
    def __init__(self, name: str, source: str) -> None:
        self.name = name
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        self.statements: list[ast.stmt] = []
        self.defined: set[str] = set()
        for index, node in enumerate(ast.parse(source).body):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module or "", alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (alias.name, "")
            elif index == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # the docstring
            elif _bound(node) == ["__all__"]:
                self.all = [element.value for element in node.value.elts]  # type: ignore[attr-defined]
            else:
                self.statements.append(node)
                self.defined.update(_bound(node))


def _origin(modules: dict[str, Module], module: str, name: str) -> tuple[str, ...] | None:
    """What `name` is bound to in `module`: ("old", name) for a definition of the old file, or the outside import."""
    seen = 0
    while seen < 20:
        current = modules[module]
        if name in current.defined:
            return ("old", name)
        if name not in current.imports:
            return None
        source, original = current.imports[name]
        if source.startswith(PREFIX) and source[len(PREFIX) :] in modules:
            module, name, seen = source[len(PREFIX) :], original, seen + 1
            continue
        return ("import", source, original)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the old drafting/triage.py")
    parser.add_argument("--drafting", type=Path, default=ROOT / "src" / "guichet" / "drafting")
    args = parser.parse_args()
    old = {"triage": Module("triage", args.old.read_text(encoding="utf-8"))}
    new = {name: Module(name, (args.drafting / f"{name}.py").read_text(encoding="utf-8")) for name in NEW}
    problems: list[str] = []

    old_dumps = [ast.dump(node) for node in old["triage"].statements]
    where: dict[str, list[str]] = {}
    for module in new.values():
        for node in module.statements:
            where.setdefault(ast.dump(node), []).append(module.name)
    for node, dump in zip(old["triage"].statements, old_dumps, strict=True):
        homes = where.get(dump, [])
        if len(homes) != 1:
            problems.append(f"line {node.lineno} ({_bound(node) or type(node).__name__}): in {homes or 'no module'}")
    extra = set(where) - set(old_dumps)
    problems += [f"new statement not in the old file: {dump[:100]}" for dump in extra]

    reads = 0
    for module in new.values():
        for node in module.statements:
            for name in sorted({n.id for n in ast.walk(node) if isinstance(n, ast.Name)}):
                before = _origin(old, "triage", name)
                after = _origin(new, module.name, name)
                reads += before is not None
                if before != after:
                    problems.append(f"{module.name}: {name} was {before}, is {after}")

    public = sorted(n for n in old["triage"].defined if not n.startswith("_"))
    missing = [n for n in public if n not in getattr(new["triage"], "all", [])]
    problems += [f"public name not in the front door's __all__: {n}" for n in missing]
    lost = [n for n in getattr(new["triage"], "all", []) if _origin(new, "triage", n) is None]
    problems += [f"__all__ names an unbound name: {n}" for n in lost]

    print(
        f"old statements {len(old_dumps)}, new modules {len(new)}, statements found once {len(old_dumps)}"
        f" - {sum(p.startswith('line ') for p in problems)}, module-level reads checked {reads},"
        f" public names {len(public)}"
    )
    for problem in problems:
        print(problem)
    print("identical" if not problems else f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
