"""A module-level name bound twice in one module silently replaces the first binding for every reader above the
second (a regex named like another module-level regex broke two readers in one session). Each module of the
package binds each top-level name once."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dealgraph"


def _bound_twice(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{path.relative_to(root)}:{node.lineno} {name} (first at line {seen[name]})")
            else:
                seen[name] = node.lineno
    return twice


def test_no_module_binds_a_top_level_name_twice():
    found = [line for path in sorted(PACKAGE.rglob("*.py")) for line in _bound_twice(path)]
    assert found == []


def test_the_check_sees_a_second_binding(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('x')\n\n\ndef f():\n    return _A\n\n\n_A = re.compile('y')\n", "utf-8")
    assert _bound_twice(module, tmp_path) == ["m.py:9 _A (first at line 2)"]
