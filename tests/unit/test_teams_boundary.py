"""botbuilder is archived upstream: every import of it (and of botframework) stays in adapters/teams/."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import PROJECT_ROOT

SDK = ("botbuilder", "botframework")
PACKAGES = ("bot", "adapters", "agents", "memory", "policies")


def sdk_imports(path: Path) -> list[str]:
    """The botbuilder / botframework modules ``path`` imports, at any depth of the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [name for name in names if name.split(".")[0] in SDK]
    return found


def test_only_adapters_teams_imports_the_bot_framework_sdk() -> None:
    offenders = {
        str(path.relative_to(PROJECT_ROOT)): imports
        for package in PACKAGES
        for path in (PROJECT_ROOT / package).rglob("*.py")
        if not path.is_relative_to(PROJECT_ROOT / "adapters" / "teams") and (imports := sdk_imports(path))
    }
    assert offenders == {}
    assert sdk_imports(PROJECT_ROOT / "adapters" / "teams" / "endpoint.py")  # the check sees real imports


def test_the_check_catches_an_import_inside_a_function(tmp_path: Path) -> None:
    leaky = tmp_path / "leaky.py"
    leaky.write_text("def f():\n    from botbuilder.core import TurnContext\n    import botframework.connector\n")
    assert sdk_imports(leaky) == ["botbuilder.core", "botframework.connector"]
