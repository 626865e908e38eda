"""Extraction rules (LABELS.md section 3): money, dates against the note's time, people, and the eval."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.evals.extract import field_right, run_extract
from memory.extract import extract_update
from memory.extract.dates import find_dates
from memory.extract.numbers import find_money

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT.parent / "shared" / "evals" / "dev" / "extract.jsonl"
EXTRA = ROOT / "tests" / "evals" / "extract_extra.jsonl"
BLIND3 = ROOT / "tests" / "evals" / "extract_blind3.jsonl"  # written blind; first run rate=0.914
MAVEN = ROOT.parent / "shared" / "data" / "crm_maven"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("about 40k, maybe $1.2M", [40_000, 1_200_000]),
        ("ninety-five hundred all in", [9_500]),
        ("sixty-two and a half thousand", [62_500]),
        ("half a million", [500_000]),
        ("thirty grand, 26,768 and 3 licences of GTK 500 in 2017", [30_000, 26_768]),
        ("forty... sorry, forty-five thousand", [45_000]),
        ("ten percent off, x12, Q3", []),
    ],
)
def test_money(text: str, values: list[int]) -> None:
    assert [m.value for m in find_money(text)] == values


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("by the end of the quarter", "2017-08-09", "2017-09-30"),
        ("next Friday", "2017-07-14", "2017-07-21"),  # a Friday: the next one is a week on
        ("next Fri", "2017-05-03", "2017-05-05"),
        ("mid-August", "2017-08-02", "2017-08-15"),
        ("by the 20th", "2017-10-23", "2017-11-20"),  # passed this month
        ("by the 20th", "2017-10-03", "2017-10-20"),
        ("in Q1", "2017-11-01", "2018-03-31"),  # ended this year: next year's
        ("next quarter", "2017-11-02", "2018-03-31"),
        ("in a fortnight", "2017-07-14", "2017-07-28"),
        ("end of next month", "2017-01-25", "2017-02-28"),
        ("fiscal year ends in June", "2017-05-02", "2017-06-30"),
        ("close by December 15", "2017-11-20", "2017-12-15"),
        ("this afternoon", "2017-04-28", "2017-04-28"),
    ],
)
def test_dates(text: str, now: str, expected: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text, date.fromisoformat(now))] == [expected]


def test_update_ignores_competitor_prices_our_staff_and_people_elsewhere() -> None:
    update = extract_update(
        "Rangreen. Viktor Lund (VP Sales) says Stackline quoted them 18k; we're at 22.5k. Raj from our SE team "
        "joins. I offered Derek Mills at Sonron as a reference. Decision in three weeks. Next step: pricing call.",
        now=date(2017, 6, 6),
        accounts=["Rangreen", "Sonron"],
    )
    assert (update.account, update.amount, update.close_date) == ("Rangreen", 22_500, date(2017, 6, 27))
    assert update.contacts == [{"name": "Viktor Lund", "role": "VP Sales"}]
    assert update.competitors == ["Stackline"] and "pricing" in (update.next_step or "")


def test_nothing_stated_means_null() -> None:
    update = extract_update("Met Stefan Ilic briefly. Nice chat.", now=date(2017, 1, 1), accounts=["Kan-code"])
    assert (update.amount, update.close_date, update.stage, update.next_step) == (None, None, None, None)
    assert update.competitors == [] and update.empty is False  # a contact was named


def test_field_comparison_accepts_obvious_role_expansions() -> None:
    assert field_right("contacts", [{"name": "Greta Holm", "role": "ops mgr"}],
                       [{"name": "greta holm", "role": "Operations Manager"}])  # fmt: skip
    assert not field_right("contacts", [{"name": "Greta Holm", "role": None}], [{"name": "Greta Holm", "role": "CFO"}])
    assert field_right("next_step_contains", [], []) and not field_right("next_step_contains", [], ["call them"])


@pytest.mark.parametrize("cases", [DEV, EXTRA, BLIND3], ids=["dev", "extra", "blind3"])
def test_eval_sets_score_high(cases: Path, tmp_path: Path) -> None:
    if not cases.is_file():
        pytest.skip(f"{cases} not found")
    out = io.StringIO()
    run_extract(cases_path=cases, data_dir=MAVEN, predictions_path=tmp_path / "p.jsonl", out=out)
    last = out.getvalue().strip().splitlines()[-1]
    assert last.startswith("extract: ") and "rate=" in last
    assert float(last.rsplit("rate=", 1)[1]) >= 0.95, out.getvalue()
    first = json.loads((tmp_path / "p.jsonl").read_text().splitlines()[0])
    assert set(first["predicted"]) == set(json.loads(cases.read_text().splitlines()[0])["expect"])


def test_eval_extract_cli_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "c.jsonl"
    good = {"id": "a", "now": "2017-03-14", "text": "Finjob: 40k, close end of the month.",
            "expect": {"account": "Finjob", "amount": 40000, "close_date": "2017-03-31"}}  # fmt: skip
    cases.write_text(json.dumps(good) + "\n{not json\n")
    assert main(["eval", "extract", "--cases", str(cases), "--data", str(MAVEN)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith("FAIL line 2") for line in out)
    assert out[-1].startswith("extract: cases_passed=1 cases=2") and out[-1].endswith("rate=0.300")
