"""No module of the package defines a top-level name twice: the second definition silently replaces the first,
and a rule that reads the first (a regex constant, a helper) then reads another pattern without any error."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dealgraph"


def _defined_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return sorted(n for n, c in names.items() if c > 1)


def test_the_check_sees_a_name_defined_twice():
    assert _defined_twice("A = 1\ndef f(): pass\nA = 2\n") == ["A"]
    assert _defined_twice("A = 1\nB: int = 2\n") == []


def test_no_module_defines_a_top_level_name_twice():
    found = {str(p.relative_to(PACKAGE)): _defined_twice(p.read_text("utf-8")) for p in PACKAGE.rglob("*.py")}
    assert {k: v for k, v in found.items() if v} == {}
