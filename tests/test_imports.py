"""The house's shape, checked on the code: no import cycles anywhere in surveyor/ (also not
under TYPE_CHECKING), and each wing of the core imports only the wings below it."""

from __future__ import annotations

import ast
from pathlib import Path

import surveyor

ROOT = Path(surveyor.__file__).parent
# The data's way, bottom up: a module may import its own wing and the wings before it.
WINGS = ("errors", "progress", "responses", "text", "expressions", "forms", "filling", "store",
         "workbook", "sync", "demo", "report", "jobs")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module -> the surveyor modules it imports (anywhere in its body)."""
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of more than one module (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def wing(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "core" else None


def test_no_import_cycles_in_surveyor():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_each_wing_imports_only_the_wings_below_it():
    upward = []
    for module, targets in import_graph().items():
        own = wing(module)
        for target in targets:
            other = wing(target)
            if own and other and WINGS.index(other) > WINGS.index(own):
                upward.append(f"{module} -> {target}")
            if target.startswith("surveyor.ui") and module.startswith("surveyor.core"):
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_every_core_module_belongs_to_a_known_wing():
    names = {wing(m) for m in import_graph() if wing(m)}
    assert names <= set(WINGS)
