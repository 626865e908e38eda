"""``dealbot ingest`` end to end: a bad file is reported and the rest goes in; a re-run adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"
FILES = ["html_reply.eml", "plain_reply.eml", "broken.eml", "unknown_sender.eml", "cancity_call_2017-03-20.vtt"]


@pytest.fixture
def var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedding_model: None) -> Path:
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("CHROMA_HOST", raising=False)
    assert main(["seed", "--demo", "--data", str(FIXTURES / "maven_mini")]) == 0
    return tmp_path / "var"


def test_ingest_reports_failures_and_resumes(var_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    paths = [str(INGEST / name) for name in FILES] + [str(INGEST / "missing.eml")]
    assert main(["ingest", *paths]) == 2  # something failed; the rest was stored
    out = capsys.readouterr().out
    assert "ingested 4 new: 3 linked, 1 unlinked; 0 already stored; 0 suppressed; 2 failed" in out
    assert "unlinked: " in out and "unknown_sender.eml" in out
    assert "failed: " + str(INGEST / "broken.eml") + ": not a readable email" in out
    assert "missing.eml: no such file or folder" in out
    assert (var_dir / "chroma").is_dir()
    assert main(["ingest", *paths[:2]]) == 0
    assert "ingested 0 new: 0 linked, 0 unlinked; 2 already stored" in capsys.readouterr().out
    assert main(["ingest", "--list-unlinked"]) == 0
    assert "unknown_sender.eml" in capsys.readouterr().out


def test_ingest_needs_paths(var_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest"]) == 2
    assert "nothing to ingest" in capsys.readouterr().err
