"""`dealbot eval risk`: scoring rules, predictions file, bad lines, and the bar on the dev and extra sets."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.evals.risk import Tally, check, run_risk
from tests.conftest import PROJECT_ROOT, SHARED_EVALS, need

DEV = SHARED_EVALS / "dev" / "risk.jsonl"
EXTRA = PROJECT_ROOT / "tests" / "evals" / "risk_extra.jsonl"
# the sets each score is held to; the blind ones were written without the code (their first run noted)
SETS = {
    "dev": DEV,
    "extra": EXTRA,
    "blind3": PROJECT_ROOT / "tests" / "evals" / "risk_blind3.jsonl",  # first run f1=0.905
    "blind4": PROJECT_ROOT / "tests" / "evals" / "risk_blind4.jsonl",  # first run f1=0.821
    "blind5": PROJECT_ROOT / "tests" / "evals" / "risk_blind5.jsonl",  # first run f1=0.696
    "blind6": PROJECT_ROOT / "tests" / "evals" / "risk_blind6.jsonl",  # first run f1=0.739
    "blind7": PROJECT_ROOT / "tests" / "evals" / "risk_blind7.jsonl",  # first run f1=0.750
    "blind8": PROJECT_ROOT / "tests" / "evals" / "risk_blind8.jsonl",  # first run f1=0.842
    "blind9": PROJECT_ROOT / "tests" / "evals" / "risk_blind9.jsonl",  # first run f1=0.821
    "blind10": PROJECT_ROOT / "tests" / "evals" / "risk_blind10.jsonl",  # first run f1=0.872
    "blind11": PROJECT_ROOT / "tests" / "evals" / "risk_blind11.jsonl",  # first run f1=0.765
    "blind12": PROJECT_ROOT / "tests" / "evals" / "risk_blind12.jsonl",  # first run f1=0.800
    "blind13": PROJECT_ROOT / "tests" / "evals" / "risk_blind13.jsonl",  # first run f1=0.757
    "blind14": PROJECT_ROOT / "tests" / "evals" / "risk_blind14.jsonl",  # first run f1=0.839
    "blind15": PROJECT_ROOT / "tests" / "evals" / "risk_blind15.jsonl",  # first run f1=0.800
    "blind16": PROJECT_ROOT / "tests" / "evals" / "risk_blind16.jsonl",  # first run f1=0.839
    "blind17": PROJECT_ROOT / "tests" / "evals" / "risk_blind17.jsonl",  # first run f1=0.929
    "blind18": PROJECT_ROOT / "tests" / "evals" / "risk_blind18.jsonl",  # first run f1=0.889
    "blind19": PROJECT_ROOT / "tests" / "evals" / "risk_blind19.jsonl",  # first run f1=0.933
    "blind20": PROJECT_ROOT / "tests" / "evals" / "risk_blind20.jsonl",  # first run f1=0.846
    "blind21": PROJECT_ROOT / "tests" / "evals" / "risk_blind21.jsonl",  # first run f1=0.933
    "blind22": PROJECT_ROOT / "tests" / "evals" / "risk_blind22.jsonl",  # first run f1=0.875
    "blind23": PROJECT_ROOT / "tests" / "evals" / "risk_blind23.jsonl",  # first run f1=0.640 (polite substance)
    "blind24": PROJECT_ROOT / "tests" / "evals" / "risk_blind24.jsonl",  # first run f1=0.933
    "blind25": PROJECT_ROOT / "tests" / "evals" / "risk_blind25.jsonl",  # first run f1=0.968
    "blind26": PROJECT_ROOT / "tests" / "evals" / "risk_blind26.jsonl",  # first run f1=0.929
    "blind27": PROJECT_ROOT / "tests" / "evals" / "risk_blind27.jsonl",  # first run f1=0.897
    "blind28": PROJECT_ROOT / "tests" / "evals" / "risk_blind28.jsonl",  # first run f1=1.000 (a reason missed)
    "blind29": PROJECT_ROOT / "tests" / "evals" / "risk_blind29.jsonl",  # first run f1=0.897
    "blind30": PROJECT_ROOT / "tests" / "evals" / "risk_blind30.jsonl",  # first run f1=0.867
    "blind31": PROJECT_ROOT / "tests" / "evals" / "risk_blind31.jsonl",  # first run f1=0.909
    "blind32": PROJECT_ROOT / "tests" / "evals" / "risk_blind32.jsonl",  # first run f1=0.857
    "blind33": PROJECT_ROOT / "tests" / "evals" / "risk_blind33.jsonl",  # first run f1=0.857
    "blind35": PROJECT_ROOT / "tests" / "evals" / "risk_blind35.jsonl",  # first run f1=0.625
    "blind36": PROJECT_ROOT / "tests" / "evals" / "risk_blind36.jsonl",  # first run f1=0.480, now 1.000
    "blind37": PROJECT_ROOT / "tests" / "evals" / "risk_blind37.jsonl",  # first run f1=0.667
    "blind38": PROJECT_ROOT / "tests" / "evals" / "risk_blind38.jsonl",  # first run f1=0.741
    "blind39": PROJECT_ROOT / "tests" / "evals" / "risk_blind39.jsonl",  # first run f1=0.867
    "blind40": PROJECT_ROOT / "tests" / "evals" / "risk_blind40.jsonl",  # first run f1=0.880
    "blind41": PROJECT_ROOT / "tests" / "evals" / "risk_blind41.jsonl",  # first run f1=0.889
    "blind42": PROJECT_ROOT / "tests" / "evals" / "risk_blind42.jsonl",  # first run f1=0.889
    "blind43": PROJECT_ROOT / "tests" / "evals" / "risk_blind43.jsonl",  # first run f1=0.909
    "blind44": PROJECT_ROOT / "tests" / "evals" / "risk_blind44.jsonl",  # first run f1=0.950
    "blind45": PROJECT_ROOT / "tests" / "evals" / "risk_blind45.jsonl",  # first run f1=0.941, now 1.000
    "blind46": PROJECT_ROOT / "tests" / "evals" / "risk_blind46.jsonl",  # first run f1=0.895, now 1.000
    "blind47": PROJECT_ROOT / "tests" / "evals" / "risk_blind47.jsonl",  # first run f1=0.895, now 1.000
    "blind48": PROJECT_ROOT / "tests" / "evals" / "risk_blind48.jsonl",  # first run f1=0.971, now 1.000
    "blind49": PROJECT_ROOT / "tests" / "evals" / "risk_blind49.jsonl",  # first run f1=0.889, now 1.000
    "blind50": PROJECT_ROOT / "tests" / "evals" / "risk_blind50.jsonl",  # first run f1=0.933, now 1.000
    "blind51": PROJECT_ROOT / "tests" / "evals" / "risk_blind51.jsonl",  # first run f1=0.762, now 1.000
    "blind52": PROJECT_ROOT / "tests" / "evals" / "risk_blind52.jsonl",  # first run f1=0.897, now 1.000
    "blind53": PROJECT_ROOT / "tests" / "evals" / "risk_blind53.jsonl",  # first run f1=0.929, now 1.000
    "blind54": PROJECT_ROOT / "tests" / "evals" / "risk_blind54.jsonl",  # first run f1=0.800, now 1.000
    "blind55": PROJECT_ROOT / "tests" / "evals" / "risk_blind55.jsonl",  # first run f1=0.800, now 1.000
    "blind56": PROJECT_ROOT / "tests" / "evals" / "risk_blind56.jsonl",  # first run f1=0.667, now 1.000
    "blind57": PROJECT_ROOT / "tests" / "evals" / "risk_blind57.jsonl",  # first run f1=0.875, now 1.000
    "blind58": PROJECT_ROOT / "tests" / "evals" / "risk_blind58.jsonl",  # first run f1=0.944, now 1.000
    "blind59": PROJECT_ROOT / "tests" / "evals" / "risk_blind59.jsonl",  # first run f1=0.759, now 1.000
    "blind60": PROJECT_ROOT / "tests" / "evals" / "risk_blind60.jsonl",  # first run f1=0.889, now 1.000
    "blind61": PROJECT_ROOT / "tests" / "evals" / "risk_blind61.jsonl",  # first run f1=0.741, now 1.000
    "blind62": PROJECT_ROOT / "tests" / "evals" / "risk_blind62.jsonl",  # first run f1=0.800, now 1.000
    "blind63": PROJECT_ROOT / "tests" / "evals" / "risk_blind63.jsonl",  # first run f1=0.743, now 1.000
    "blind64": PROJECT_ROOT / "tests" / "evals" / "risk_blind64.jsonl",  # first run f1=0.867, now 1.000
    "blind65": PROJECT_ROOT / "tests" / "evals" / "risk_blind65.jsonl",  # first run f1=0.667, now 1.000
    "blind66": PROJECT_ROOT / "tests" / "evals" / "risk_blind66.jsonl",  # first run f1=0.733, now 1.000
    "blind67": PROJECT_ROOT / "tests" / "evals" / "risk_blind67.jsonl",  # first run f1=0.765, now 1.000
    "blind68": PROJECT_ROOT / "tests" / "evals" / "risk_blind68.jsonl",  # first run f1=0.800, now 1.000
    "blind69": PROJECT_ROOT / "tests" / "evals" / "risk_blind69.jsonl",  # first run f1=0.971, now 1.000
    "blind70": PROJECT_ROOT / "tests" / "evals" / "risk_blind70.jsonl",  # first run f1=0.914, now 1.000
    "blind71": PROJECT_ROOT / "tests" / "evals" / "risk_blind71.jsonl",  # first run f1=0.903, now 1.000
    "blind72": PROJECT_ROOT / "tests" / "evals" / "risk_blind72.jsonl",  # first run f1=0.941, now 1.000
    "blind73": PROJECT_ROOT / "tests" / "evals" / "risk_blind73.jsonl",  # first run f1=0.882, now 1.000
    "blind74": PROJECT_ROOT / "tests" / "evals" / "risk_blind74.jsonl",  # first run f1=0.944, now 1.000
    "blind75": PROJECT_ROOT / "tests" / "evals" / "risk_blind75.jsonl",  # first run f1=0.902, now 1.000
    "blind76": PROJECT_ROOT / "tests" / "evals" / "risk_blind76.jsonl",  # first run f1=0.870, now 1.000
    "blind77": PROJECT_ROOT / "tests" / "evals" / "risk_blind77.jsonl",  # first run f1=0.894, now 1.000
    "blind78": PROJECT_ROOT / "tests" / "evals" / "risk_blind78.jsonl",  # first run f1=0.960, now 1.000
    "blind79": PROJECT_ROOT / "tests" / "evals" / "risk_blind79.jsonl",  # first run f1=0.900, now 1.000
    "blind80": PROJECT_ROOT / "tests" / "evals" / "risk_blind80.jsonl",  # first run f1=0.541, now 1.000
    "blind81": PROJECT_ROOT / "tests" / "evals" / "risk_blind81.jsonl",  # first run f1=0.703, now 1.000
}
# every set keeps its score: f1 1.000 and every expected reason found. A set that cannot is listed here with its
# floor (f1, reasons found) and why; a bar of f1 >= 0.85 once hid a regression (risk-b21-009): each names its case
KNOWN_EXCEPTIONS: dict[str, tuple[float, int]] = {
    "blind78": (1.0, 33),  # rb78-017: sentiment_drop on a frustrated last message not read yet (timeline found)
}
LAST_LINE = re.compile(
    r"^risk: passed=\d+ total=\d+ rate=\d\.\d{3} precision=\d\.\d{3} recall=\d\.\d{3} f1=(\d\.\d{3})$"
)


def test_tally_scores_the_verdict_and_the_reasons() -> None:
    tally = Tally()
    tally.add(
        {"at_risk": True, "reasons": ["gone_quiet", "budget_concern"]}, {"at_risk": True, "reasons": ["gone_quiet"]}
    )
    tally.add({"at_risk": False, "reasons": []}, {"at_risk": True, "reasons": ["pricing_objection"]})
    tally.add({"at_risk": True, "reasons": ["timeline_slip"]}, {"at_risk": False, "reasons": []})
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert tally.precision == tally.recall == tally.f1 == 0.5
    assert (tally.reasons_found, tally.reasons_expected) == (1, 3)
    assert check({"at_risk": True, "reasons": ["timeline_slip"]}, {"at_risk": True, "reasons": ["gone_quiet"]}) == [
        "missed reason(s) timeline_slip"
    ]


def test_bad_lines_are_counted_and_the_run_goes_on(tmp_path: Path) -> None:
    good = json.loads(EXTRA.read_text(encoding="utf-8").splitlines()[0])
    cases = tmp_path / "cases.jsonl"
    broken = {**good, "id": "broken", "interactions": [{"at": "yesterday", "kind": "fax", "direction": "in"}]}
    cases.write_text("\n".join([json.dumps(good), "{not json", json.dumps(broken)]) + "\n", encoding="utf-8")
    out = io.StringIO()
    summary, tally = run_risk(cases_path=cases, predictions_path=None, out=out)
    assert summary.total == 3 and summary.passed == 1
    assert "line 2: not valid JSON" in out.getvalue() and "kind 'fax' is not one of" in out.getvalue()
    assert tally.tp == 1


def test_cli_writes_one_prediction_per_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    predictions = tmp_path / "pred.jsonl"
    assert main(["eval", "risk", "--cases", str(EXTRA), "--predictions", str(predictions)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert LAST_LINE.match(lines[-1]), lines[-1]
    written = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    cases = [json.loads(line) for line in EXTRA.read_text(encoding="utf-8").splitlines()]
    assert [w["id"] for w in written] == [c["id"] for c in cases]
    assert all(set(w["predicted"]) == set(c["expect"]) for w, c in zip(written, cases, strict=True))


@pytest.mark.parametrize("name", sorted(SETS))
def test_at_risk_f1_clears_the_bar(name: str) -> None:
    path = need(SETS[name])
    out = io.StringIO()
    _, tally = run_risk(cases_path=path, predictions_path=None, out=out)
    f1_floor, found_floor = KNOWN_EXCEPTIONS.get(name, (1.0, tally.reasons_expected))
    assert round(tally.f1, 3) >= f1_floor, out.getvalue()
    assert tally.reasons_found >= found_floor, out.getvalue()


def test_known_exceptions_name_real_sets() -> None:
    assert set(KNOWN_EXCEPTIONS) <= set(SETS)
