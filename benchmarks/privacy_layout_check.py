"""Proof by the source that the split of `privacy/name_rules.py` moved code and changed none of it.

    git show main:src/guichet/privacy/name_rules.py > old_name_rules.py
    .venv/bin/python benchmarks/privacy_layout_check.py old_name_rules.py [--privacy src/guichet/privacy]

Reads the old single file and the new front door with its siblings (no import, no model, a second). Checks that
(1) every top-level statement of the old file after its imports (a table, a pattern, a function, the class) is in
exactly one new module with the same syntax tree (`ast.dump`, so comments and blank lines aside), in the old order
within its module, and that the new modules hold nothing else but imports, docstrings and the front door's
`__all__`; (2) every module-level name each statement reads is bound, in its new module, to the same thing as in
the old file: the same statement of the old file (wherever it now lives, followed through the
`guichet.privacy.name_rules_*` imports) or the same name of the same outside module. A name read when the statement
runs (a table built from a pattern) is the binding before the statement, one read inside a function body the last
binding, as Python reads them: the old file bound `_PLACE_BEFORE` and `_PAIR` twice, and the functions that read
them must still see the second; (3) the front door's `__all__` holds every public name the old file defined, and
every name that a module of `src/`, `tests/` or `benchmarks/` imports from `guichet.privacy.name_rules`, each bound
to what the old file bound last. Prints the counts and `identical` or each difference. `benchmarks/privacy_digest.py`
shows the same on texts. Thirty-sixth pass (engineer-k3), after `benchmarks/triage_layout_check.py` (k2).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRONT = "name_rules"
NEW = (
    "name_rules name_rules_patterns name_rules_words name_rules_signatures name_rules_cues name_rules_ages"
    " name_rules_full_names name_rules_places name_rules_lone name_rules_lower name_rules_titles name_rules_capitals"
    " name_rules_kin name_rules_self name_rules_forms name_rules_initials name_rules_lower_pairs name_rules_rows"
).split()
PACKAGE = "guichet.privacy"
PREFIX = PACKAGE + "."


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _reads(node: ast.stmt) -> tuple[set[str], set[str]]:
    """The names a statement reads when it runs, and those its functions' bodies read when called."""
    now: set[str] = set()
    later: set[str] = set()

    def walk(sub: ast.AST, called: bool) -> None:
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load):
            (later if called else now).add(sub.id)
        for field, value in ast.iter_fields(sub):
            inside = called or (isinstance(sub, (ast.FunctionDef, ast.Lambda)) and field == "body")
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST):
                    walk(child, inside)

    walk(node, False)
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
        now.add(node.target.id)
    return now, later


class Module:
    def __init__(self, name: str, source: str) -> None:
        self.name = name
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        self.statements: list[ast.stmt] = []
        self.all: list[str] = []
        self.other: list[str] = []
        for index, node in enumerate(ast.parse(source).body):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level:  # a relative import, read as the absolute one
                    module = ".".join(PACKAGE.split(".")[: len(PACKAGE.split(".")) - node.level + 1] + [module])
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (alias.name, "")
            elif index == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # the docstring
            elif _bound(node) == ["__all__"]:
                self.all = [element.value for element in node.value.elts]  # type: ignore[attr-defined]
            else:
                self.statements.append(node)

    def binding(self, name: str, position: int | None) -> int | None:
        """The index of the statement whose binding of `name` a read at `position` sees (None: the last)."""
        found = None
        for index, node in enumerate(self.statements):
            if position is not None and index >= position:
                break
            if name in _bound(node):
                found = index
        return found


class Checker:
    def __init__(self, old: Module, new: dict[str, Module]) -> None:
        self.old = old
        self.new = new
        self.old_index = {ast.dump(node): index for index, node in enumerate(old.statements)}

    def old_origin(self, name: str, position: int | None) -> tuple[object, ...] | None:
        index = self.old.binding(name, position)
        if index is not None:
            return ("old", index)
        if name in self.old.imports:
            return ("import", *self.old.imports[name])
        return None

    def new_origin(self, module: str, name: str, position: int | None) -> tuple[object, ...] | None:
        for _ in range(20):
            current = self.new[module]
            index = current.binding(name, position)
            if index is not None:
                return ("old", self.old_index.get(ast.dump(current.statements[index])))
            if name not in current.imports:
                return None
            source, original = current.imports[name]
            if source.startswith(PREFIX) and source[len(PREFIX) :] in self.new:
                module, name, position = source[len(PREFIX) :], original, None
                continue
            return ("import", source, original)
        return None


def _imported_from_front(front: str) -> set[str]:
    """The names that modules of src/, tests/ and benchmarks/ import from the front door."""
    names: set[str] = set()
    for folder in ("src", "tests", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except (SyntaxError, UnicodeDecodeError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module == PREFIX + front:
                    names.update(alias.name for alias in node.names)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the old privacy/name_rules.py")
    parser.add_argument("--privacy", type=Path, default=ROOT / "src" / "guichet" / "privacy")
    args = parser.parse_args()
    old = Module(FRONT, args.old.read_text(encoding="utf-8"))
    new = {name: Module(name, (args.privacy / f"{name}.py").read_text(encoding="utf-8")) for name in NEW}
    checker = Checker(old, new)
    problems: list[str] = []

    old_dumps = [ast.dump(node) for node in old.statements]
    if len(set(old_dumps)) != len(old_dumps):
        problems.append("two statements of the old file have the same syntax tree: the check cannot tell them apart")
    where: dict[str, list[str]] = {}
    for module in new.values():
        for node in module.statements:
            where.setdefault(ast.dump(node), []).append(module.name)
        order = [checker.old_index.get(ast.dump(node), -1) for node in module.statements]
        if order != sorted(order):
            problems.append(f"{module.name}: the old statements are not in their old order")
    for node, dump in zip(old.statements, old_dumps, strict=True):
        homes = where.get(dump, [])
        if len(homes) != 1:
            problems.append(f"line {node.lineno} ({_bound(node) or type(node).__name__}): in {homes or 'no module'}")
    extra = set(where) - set(old_dumps)
    problems += [f"new statement not in the old file: {dump[:100]}" for dump in extra]

    reads = 0
    for module in new.values():
        for position, node in enumerate(module.statements):
            old_position = checker.old_index.get(ast.dump(node))
            if old_position is None:
                continue
            now, later = _reads(node)
            for names, at_call in ((now, False), (later, True)):
                for name in sorted(names):
                    before = checker.old_origin(name, None if at_call else old_position)
                    after = checker.new_origin(module.name, name, None if at_call else position)
                    reads += before is not None
                    if before != after:
                        when = "in a function" if at_call else "at import"
                        what = _bound(node) or type(node).__name__
                        problems.append(f"{module.name} {what}: {name} ({when}) was {before}, is {after}")

    front = new[FRONT]
    public = sorted(name for node in old.statements for name in _bound(node) if not name.startswith("_"))
    imported = sorted(_imported_from_front(FRONT))
    for name in sorted(set(public) | set(imported)):
        if name not in front.all:
            problems.append(f"name not in the front door's __all__: {name}")
        elif checker.new_origin(FRONT, name, None) != checker.old_origin(name, None):
            problems.append(f"the front door's {name} is {checker.new_origin(FRONT, name, None)}")
    problems += [
        f"__all__ names an unbound name: {n}" for n in front.all if checker.new_origin(FRONT, n, None) is None
    ]

    print(
        f"old statements {len(old_dumps)}, new modules {len(new)}, statements found once {len(old_dumps)}"
        f" - {sum(p.startswith('line ') for p in problems)}, module-level reads checked {reads},"
        f" public names {len(public)}, names imported from the front door {len(imported)}"
    )
    for problem in problems:
        print(problem)
    print("identical" if not problems else f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
