"""The privacy commands through the real CLI entry point: `dealbot privacy export|erase`, the import that
skips an erased person, and the residency refusal at start-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import FIXTURES


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for variable in ("DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "DATA_REGION", "ALLOWED_REGIONS",
                     "LLM_REGION", "EMBEDDING_REGION", "CHROMA_HOST"):  # fmt: skip
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path / "var"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_erase_then_the_import_skips_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text("name,email,account,title\nMaria Lopez,maria@acme.example,Acme Corporation,CFO\n")
    assert run(capsys, "seed", "--demo", "--data", str(FIXTURES / "maven_mini"))[0] == 0
    assert run(capsys, "import", "contacts", str(csv))[0] == 0

    code, out, _ = run(capsys, "privacy", "export", "Maria@Acme.example")
    assert code == 0 and json.loads(out)["contact"]["name"] == "Maria Lopez"

    code, out, _ = run(capsys, "privacy", "erase", "maria@acme.example")
    assert code == 0 and out.startswith("erased maria@acme.example: 1 contact deleted")
    assert run(capsys, "privacy", "export", "maria@acme.example", "--out", str(tmp_path / "m.json"))[0] == 0
    assert json.loads((tmp_path / "m.json").read_text())["contact"] is None

    code, out, _ = run(capsys, "import", "contacts", str(csv))
    assert code == 0 and "0 new" in out and "1 skipped (erased on request" in out
    assert run(capsys, "privacy", "erase", "not-an-address") == (
        2, "", "dealbot: error: 'not-an-address' is not an email address\n"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({}, "DATA_REGION=eu needs LLM_REGION: say where that endpoint processes data (allowed: eu)"),
        ({"LLM_REGION": "us"}, "LLM_REGION=us is outside the allowed regions (eu) for DATA_REGION=eu; refusing"),
    ],
)
def test_an_endpoint_outside_the_allowed_regions_stops_start_up(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], extra: dict[str, str], message: str
) -> None:
    for variable, value in {"DATA_REGION": "eu", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", **extra}.items():
        monkeypatch.setenv(variable, value)
    code, _, err = run(capsys, "db", "current")
    assert code == 2 and err.startswith(f"dealbot: error: {message}") and len(err.splitlines()) == 1
    monkeypatch.setenv("LLM_REGION", "EU")
    assert run(capsys, "db", "current")[0] == 0
