"""Apps import in one direction only (docs/architecture.md, "the layering").

`core` <- `initiatives` <- `events` <- `statements` <- `apec_portal`: no module of an app
imports one of a higher app, at module level or inside a function. Migrations are left out
(Django writes their dependencies).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ["core", "initiatives", "events", "statements", "apec_portal"]


def _imported_apps(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            yield name.split(".")[0]


@pytest.mark.parametrize("app", FLOORS[:-1])
def test_an_app_imports_no_higher_app(app):
    higher = set(FLOORS[FLOORS.index(app) + 1 :])
    upward = sorted(
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
        for name in _imported_apps(path)
        if name in higher
    )
    assert upward == []


def test_the_check_can_fail():
    assert "events" in _imported_apps(ROOT / "apec_portal" / "import_accuracy.py")
