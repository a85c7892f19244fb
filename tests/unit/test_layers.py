"""Layers only look down: each module imports from its own layer or the ones below it, and no modules import each
other in a cycle (an import inside a function counts: that is how cycles hide)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# bottom to top; a module's layer is the longest prefix listed
LAYERS = [("schemas",), ("models",), ("agents",), ("tables",), ("streams.adapters",), ("streams",), ("ops",)]
RANK = {prefix: rank for rank, prefixes in enumerate(LAYERS) for prefix in prefixes}
TOP = {"schemas", "models", "agents", "tables", "streams", "ops"}


def modules() -> dict[str, Path]:
    found = {}
    for package in sorted(TOP):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def rank_of(module: str) -> int:
    prefix = max((p for p in RANK if module == p or module.startswith(p + ".")), key=len)
    return RANK[prefix]


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The project modules ``path`` imports, anywhere in it."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name.split(".")[0] in TOP:
                while name not in known and "." in name:  # `from x import name` of a function, not a module
                    name = name.rsplit(".", 1)[0]
                if name in known:
                    out.add(name)
    return out


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    # a package's __init__ is not a dependency of its submodules' importers in any way that matters here
    return {name: {m for m in imports_of(path, known) if m != name and not name.startswith(m + ".")}
            for name, path in found.items()}


def upward(edges: dict[str, set[str]]) -> list[str]:
    return sorted(f"{m} -> {t}" for m, targets in edges.items() for t in targets if rank_of(t) > rank_of(m))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_every_import_looks_down() -> None:
    assert upward(graph()) == []


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


@pytest.mark.parametrize(("edges", "upward_edges", "cyclic"), [
    ({"agents.a": {"streams.app"}}, ["agents.a -> streams.app"], []),
    ({"streams.app": {"streams.adapters.db"}, "streams.adapters.db": {"streams.app"}},
     ["streams.adapters.db -> streams.app"], [["streams.adapters.db", "streams.app"]]),
    ({"ops.cli": {"agents.a"}, "agents.a": {"schemas.errors"}}, [], []),
])
def test_the_checks_can_fail(edges: dict[str, set[str]], upward_edges: list[str], cyclic: list[list[str]]) -> None:
    assert upward(edges) == upward_edges
    assert cycles(edges) == cyclic


MAX_FUNCTION_LINES = 80
CLI = {"ops.cli"}  # click commands read best whole


def long_functions(tree: ast.AST, module: str) -> list[str]:
    return [f"{module}.{node.name}: {node.end_lineno - node.lineno + 1} lines" for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and (node.end_lineno or node.lineno) - node.lineno + 1 >= MAX_FUNCTION_LINES]


def test_functions_outside_the_cli_are_short() -> None:
    found = [line for name, path in modules().items() if name not in CLI
             for line in long_functions(ast.parse(path.read_text("utf-8")), name)]
    assert found == []


def test_the_length_check_can_fail() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    assert long_functions(ast.parse(f"def f():\n{body}\n"), "m") == [f"m.f: {MAX_FUNCTION_LINES + 1} lines"]
