"""No module of dealgraph binds one top-level name twice: a second pattern under an old name silently replaces the
first for every function that reads it (ruff's F811 sees functions and imports, not assignments)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "dealgraph"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, count in names.items() if count > 1 and n != "__all__")


def test_no_top_level_name_bound_twice():
    found = {str(p.relative_to(ROOT)): twice for p in sorted(ROOT.rglob("*.py")) if (twice := _bound_twice(p))}
    assert found == {}


def test_the_check_sees_a_rebound_pattern(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('x')\n\n\ndef f():\n    return _A\n\n\n_A = re.compile('y')\n", "utf-8")
    assert _bound_twice(module) == ["_A"]
