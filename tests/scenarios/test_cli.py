"""The `dealbot` command as a user runs it: real processes, real files, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

MINI = FIXTURES / "maven_mini"


def dealbot(*args: str, env: dict[str, str], cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "OPENAI_", "DEALBOT_"))}
    environment["DEALBOT_VAR_DIR"] = str(tmp_path / "var")
    environment["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return environment


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("dealbot: error:")]
    assert len(errors) == 1 and fragment in errors[0], result.stderr


def test_seed_twice_then_ask(env: dict[str, str], tmp_path: Path, maven_dir: Path) -> None:
    for _ in range(2):
        seeded = dealbot("seed", "--demo", "--data", str(maven_dir), env=env, cwd=tmp_path)
        assert seeded.returncode == 0, seeded.stderr
        assert "8,800 deals" in seeded.stdout
        assert "product 'GTXPro' read as 'GTX Pro': 1480 row(s)" in seeded.stdout
    asked = dealbot("ask", "--as", "Darcel Schlecht", "--now", "2017-12-31", "--json",
                    "how many open deals do I have?", env=env, cwd=tmp_path)  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    reply = json.loads(asked.stdout)
    assert reply["kind"] == "answer"
    assert reply["text"].startswith("You: 194 open deals")


def test_chat_reads_until_eof(env: dict[str, str], tmp_path: Path) -> None:
    assert dealbot("seed", "--demo", "--data", str(MINI), env=env, cwd=tmp_path).returncode == 0
    result = dealbot("chat", "--as", "Darcel Schlecht", env=env, cwd=tmp_path, stdin="my open deals\n")
    assert result.returncode == 0, result.stderr
    assert "open deals" in result.stdout


def test_unknown_user(env: dict[str, str], tmp_path: Path) -> None:
    assert dealbot("seed", "--demo", "--data", str(MINI), env=env, cwd=tmp_path).returncode == 0
    result = dealbot("ask", "--as", "Darcel Schlect", "hi", env=env, cwd=tmp_path)
    assert_one_line_error(result, "unknown user 'Darcel Schlect' (did you mean 'Darcel Schlecht'?")


def test_malformed_csv(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "deals.csv"
    bad.write_text("this is,not,a deals file\n1,2,3\n")
    result = dealbot("import", "deals", str(bad), env=env, cwd=tmp_path)
    assert_one_line_error(result, "header lacks column(s) opportunity_id")


def test_bad_rows_are_listed_and_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    assert dealbot("seed", "--demo", "--data", str(MINI), env=env, cwd=tmp_path).returncode == 0
    path = tmp_path / "accounts.csv"
    path.write_text("account,sector,employees\nGoodco,retail,12\n,retail,3\nBadco,retail,many\n")
    result = dealbot("import", "accounts", str(path), env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "accounts: 1 accepted (1 new" in result.stdout
    assert f"{path}:line 3: account: missing name" in result.stderr
    assert f"{path}:line 4: employees: 'many' is not a number" in result.stderr
    assert "Traceback" not in result.stderr


def test_database_that_does_not_answer(env: dict[str, str], tmp_path: Path) -> None:
    env["DATABASE_URL"] = "postgresql://dealbot@127.0.0.1:1/nothing"
    result = dealbot("ask", "--as", "Darcel Schlecht", "hi", env=env, cwd=tmp_path)
    assert_one_line_error(result, "database postgresql+psycopg://dealbot@127.0.0.1:1/nothing does not answer")


def test_missing_data_folder(env: dict[str, str], tmp_path: Path) -> None:
    result = dealbot("seed", "--demo", "--data", str(tmp_path / "nope"), env=env, cwd=tmp_path)
    assert_one_line_error(result, "demo data folder")


def test_store_not_initialised(env: dict[str, str], tmp_path: Path) -> None:
    result = dealbot("ask", "--as", "Darcel Schlecht", "hi", env=env, cwd=tmp_path)
    assert_one_line_error(result, "run `dealbot db upgrade`")
    # the deals model reads the store's history: the same clear word, not an SQL error
    result = dealbot("model", "evaluate", "--dataset", "deals", env=env, cwd=tmp_path)
    assert_one_line_error(result, "run `dealbot db upgrade`")


def test_invalid_setting(env: dict[str, str], tmp_path: Path) -> None:
    env["PORT"] = "eighty"
    result = dealbot("db", "upgrade", env=env, cwd=tmp_path)
    assert_one_line_error(result, "PORT: Input should be a valid integer")


def test_users_link_and_list(env: dict[str, str], tmp_path: Path) -> None:
    assert dealbot("seed", "--demo", "--data", str(MINI), env=env, cwd=tmp_path).returncode == 0
    linked = dealbot("users", "link", "Darcel Schlecht", "--slack", "U0DARCEL", "--teams", "29:abc",
                     env=env, cwd=tmp_path)  # fmt: skip
    assert linked.returncode == 0, linked.stderr
    listed = dealbot("users", "list", env=env, cwd=tmp_path)
    assert any("Darcel Schlecht" in line and "slack=U0DARCEL" in line for line in listed.stdout.splitlines())
    clash = dealbot("users", "link", "Moses Frase", "--slack", "U0DARCEL", env=env, cwd=tmp_path)
    assert_one_line_error(clash, "already linked to Darcel Schlecht")


def test_worker_once(env: dict[str, str], tmp_path: Path) -> None:
    assert dealbot("db", "upgrade", env=env, cwd=tmp_path).returncode == 0
    result = dealbot("worker", "--once", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "expire_proposals: 0" in result.stdout
