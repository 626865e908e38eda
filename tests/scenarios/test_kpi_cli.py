"""``dealbot kpi`` from the terminal: the report on the demo store, its empty states, and one-line errors."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from tests.conftest import FIXTURES
from tests.scenarios.test_cli import assert_one_line_error, dealbot, env  # noqa: F401  (env is a fixture)

MINI = FIXTURES / "maven_mini"


def _expected(go_live: date, as_of: date) -> tuple[int, int, int, int]:
    """Won/lost before and after go-live, counted straight from the CSV."""
    counts = [0, 0, 0, 0]
    with (MINI / "sales_pipeline.csv").open() as f:
        for row in csv.DictReader(f):
            if row["deal_stage"] not in ("Won", "Lost") or not row["close_date"]:
                continue
            closed = date.fromisoformat(row["close_date"])
            if closed > as_of:
                continue
            counts[(0 if closed < go_live else 2) + (row["deal_stage"] == "Lost")] += 1
    return counts[0], counts[1], counts[2], counts[3]


def test_the_report_on_the_demo_store_and_bad_input(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    assert dealbot("seed", "--demo", "--data", str(MINI), env=env, cwd=tmp_path).returncode == 0
    env["DEALBOT_GO_LIVE"] = "2017-03-15"
    result = dealbot("kpi", "--as-of", "2017-12-31", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    won_before, lost_before, won_after, lost_after = _expected(date(2017, 3, 15), date(2017, 12, 31))
    out = result.stdout
    assert "Go-live: 2017-03-15 (DEALBOT_GO_LIVE)" in out
    assert f"{won_before + lost_before} closed ({won_before} won, {lost_before} lost)" in out
    assert f"{won_after + lost_after} closed ({won_after} won, {lost_after} lost)" in out
    assert "no proposals yet" in out and "no risk flags recorded yet" in out
    as_json = dealbot("kpi", "--as-of", "2017-12-31", "--rep", "Darcel Schlecht", "--json", env=env, cwd=tmp_path)
    assert as_json.returncode == 0 and '"scope": "Darcel Schlecht"' in as_json.stdout
    # bad input: one line, exit 2, no traceback
    assert_one_line_error(dealbot("kpi", "--since", "2018-01-01", "--as-of", "2017-12-31", env=env, cwd=tmp_path),
                          "--since 2018-01-01 is after --until/--as-of 2017-12-31")  # fmt: skip
    assert_one_line_error(dealbot("kpi", "--rep", "Nobody Atall", env=env, cwd=tmp_path), "unknown user 'Nobody Atall'")
    bad = dealbot("kpi", "--as-of", "last tuesday", env=env, cwd=tmp_path)
    assert bad.returncode == 2 and "'last tuesday' is not a date" in bad.stderr and "Traceback" not in bad.stderr
    env["KPI_MINUTES_PER_EMAIL"] = "-3"
    assert_one_line_error(dealbot("kpi", env=env, cwd=tmp_path), "KPI_MINUTES_PER_EMAIL")
