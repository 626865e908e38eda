"""The dependency rules hold, and import-linter really fails when one is broken."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT_ROOT

PACKAGES = ("bot", "adapters", "agents", "memory", "policies")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).parent / "lint-imports"
    return subprocess.run([str(lint)], cwd=root, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})  # fmt: skip


def test_contracts_catch_a_sender_used_outside_policies(tmp_path: Path) -> None:
    for package in PACKAGES:
        shutil.copytree(PROJECT_ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    assert _lint(tmp_path).returncode == 0

    with (tmp_path / "agents" / "tools" / "outbound.py").open("a") as f:
        f.write("\nfrom adapters.email.smtp import SmtpSender  # an agent tool sending by itself\n")
    with (tmp_path / "bot" / "pipeline.py").open("a") as f:
        f.write("\nfrom adapters.email.smtp import SmtpSender  # the pipeline bypassing the gate\n")
    broken = _lint(tmp_path)
    assert broken.returncode != 0
    assert "Nothing imports adapters except bot (the composition root) BROKEN" in broken.stdout
    assert "Only the composition root (bot.services) imports a sender" in broken.stdout
    assert "agents.tools.outbound -> adapters.email.smtp" in broken.stdout
    assert "bot.pipeline -> adapters.email.smtp" in broken.stdout
