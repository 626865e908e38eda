"""Drift monitoring and retraining on real rows: `dealbot model drift` and `dealbot model retrain` end to end."""

from __future__ import annotations

import csv
import json
import logging
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from agents.agent import Agent
from agents.insights.scoring import registry
from agents.insights.scoring.datasets import load_churn
from agents.insights.scoring.drift import Thresholds, profile, psi, stability
from agents.insights.scoring.monitor import check_drift, retrain
from agents.insights.scoring.service import Sources, train_and_save
from bot.cli import main
from bot.model_drift_job import drift_job
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from tests.conftest import SHARED_DATA

DATA = SHARED_DATA
LEADS = DATA / "leads_xeducation" / "Leads.csv"
CHURN = DATA / "telco_churn" / "Telco-Customer-Churn.csv"


@pytest.fixture(scope="module")
def churn_rows() -> list[dict[str, str]]:
    if not CHURN.is_file():
        pytest.skip("shared data not found")
    with CHURN.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    random.Random(7).shuffle(rows)
    return rows


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _shuffled_labels(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    labels = [r["Churn"] for r in rows]
    random.Random(1).shuffle(labels)
    return [{**r, "Churn": label} for r, label in zip(rows, labels, strict=True)]


def test_psi_is_zero_on_the_same_rows_and_large_on_a_shifted_field(churn_rows: list[dict[str, str]]) -> None:
    data = load_churn(CHURN)
    reference = profile(data.records[:3000])
    assert all(f.psi < 1e-9 for f in stability(reference, data.records[:3000]))
    assert psi({"a": 0.5, "b": 0.5}, {"a": 0.5, "b": 0.5}) == 0.0
    short_tenure = [r for r in data.records[3000:] if r["tenure"] < 6]
    drifts = {f.field: f.psi for f in stability(reference, short_tenure)}
    assert drifts["tenure"] > 0.2 and drifts["gender"] < 0.1


def test_drift_alerts_on_a_shifted_population_and_not_on_an_unchanged_one(
    churn_rows: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path))
    train_csv = _write(tmp_path / "train.csv", churn_rows[:2500])
    assert main(["model", "train", "--dataset", "churn", "--data", str(train_csv), "--folds", "3"]) == 0
    capsys.readouterr()
    assert main(["model", "drift", "--dataset", "churn", "--data", str(train_csv)]) == 0  # its own training rows
    out = capsys.readouterr().out
    assert "2,500 of them used in training" in out and "accuracy not checked" in out
    same = _write(tmp_path / "same.csv", churn_rows[2500:4000])
    assert main(["model", "drift", "--dataset", "churn", "--data", str(train_csv), "--recent", str(same)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("drift churn: ok") and "ALERT" not in out
    # new customers on monthly contracts: the inputs the model knows moved
    shifted = _write(tmp_path / "shifted.csv", [r for r in churn_rows[2500:] if r["Contract"] == "Month-to-month"
                                                 and int(r["tenure"]) <= 12])  # fmt: skip
    assert main(["model", "drift", "--dataset", "churn", "--data", str(train_csv), "--recent", str(shifted)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("drift churn: ALERT")
    assert "ALERT: input 'tenure' shifted" in out and "ALERT: input 'Contract' shifted" in out
    events = [e["event"] for e in registry.history(tmp_path, "churn")]
    assert events == ["trained", "drift", "drift", "drift"]


def test_retrain_keeps_the_old_model_when_the_candidate_is_worse_and_promotes_a_better_one(
    churn_rows: list[dict[str, str]], tmp_path: Path
) -> None:
    real = _write(tmp_path / "real.csv", churn_rows[:2000])
    noise = _write(tmp_path / "noise.csv", _shuffled_labels(churn_rows[:2000]))
    holdout = _write(tmp_path / "holdout.csv", churn_rows[2000:3500])
    train_and_save("churn", Sources(LEADS, real), tmp_path, folds=3)
    before = registry.read_meta(tmp_path, "churn")["version"]

    worse = retrain("churn", Sources(LEADS, noise), tmp_path, holdout_csv=holdout)
    assert not worse.promoted and worse.old is not None and worse.new["auc"] < worse.old["auc"]
    assert worse.old["auc"] > 0.8 and worse.new["auc"] < 0.65 and worse.old_saw == 0
    assert registry.read_meta(tmp_path, "churn")["version"] == before

    train_and_save("churn", Sources(LEADS, noise), tmp_path, folds=3)  # a bad model in use
    better = retrain("churn", Sources(LEADS, real), tmp_path, holdout_csv=holdout)
    assert better.promoted and better.old is not None and better.new["auc"] > better.old["auc"] + 0.1
    meta = registry.read_meta(tmp_path, "churn")
    assert meta["version"] == better.version and meta["metrics"]["auc"] == better.new["auc"]
    assert meta["window"]["rows"] == 2000 and "tenure" in meta["features"]
    archived = sorted(p.name for p in (tmp_path / "models" / "churn").glob("*.joblib"))
    assert len(archived) == 2 and f"{before}.joblib" in archived
    decisions = [e["decision"] for e in registry.history(tmp_path, "churn") if e["event"] == "retrain"]
    assert decisions == ["kept", "promoted"]


def test_deals_drift_per_period_since_the_window_and_retrain_on_the_latest_period(
    seeded_engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sources = Sources(LEADS, CHURN, seeded_engine)
    train_and_save("deals", sources, tmp_path, until=date(2017, 6, 30))
    meta = json.loads((tmp_path / "models" / "deals.json").read_text())
    assert meta["window"]["closed_until"] <= "2017-06-30" and "owner win rate before" in meta["features"]
    agent = Agent(seeded_engine)
    services = Services(
        load_settings(DEALBOT_VAR_DIR=str(tmp_path)), seeded_engine, lambda: Pipeline(seeded_engine, agent)
    )
    job = drift_job()
    assert job(services) == 1 and job(services) == 0  # the worker checks once a day, not on every pass
    assert [e["event"] for e in registry.history(tmp_path, "deals")] == ["trained", "drift"]
    strict = drift_job(every=timedelta(0), limits=Thresholds(psi=0.0, auc_drop=-1.0, calibration_gap=0.0))
    with caplog.at_level(logging.WARNING, logger="dealbot.worker.drift"):
        assert strict(services) == 1
    assert "deals model drift: PSI" in caplog.text or "deals model drift: " in caplog.text
    assert "0 admin(s) told in chat" in caplog.text  # the demo has no admin: the log is the alert
    report = check_drift("deals", sources, tmp_path, period="quarter")
    assert [p.label for p in report.periods] == ["2017-Q3", "2017-Q4", "all since"]
    assert all(p.n > 500 and p.auc is not None and 0 < p.brier < 1 for p in report.periods)
    assert report.rows > 1000 and report.fields  # deals started after the window, open ones included
    result = retrain("deals", sources, tmp_path, holdout_days=60)
    assert result.holdout_rows > 500 and result.old is not None
    assert result.promoted == (result.new["auc"] > result.old["auc"])
    if not result.promoted:
        assert registry.read_meta(tmp_path, "deals")["version"] == meta["version"]


def test_bad_input_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path))
    assert main(["model", "drift", "--dataset", "churn"]) == 2
    assert "run `dealbot model train --dataset churn` first" in capsys.readouterr().err
    bogus = tmp_path / "bogus.csv"
    bogus.write_text("a,b\n1,2\n")
    assert main(["model", "retrain", "--dataset", "churn", "--data", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert "is not a churn file" in err and len(err.strip().splitlines()) == 1


def test_retrain_from_the_cli_promotes_when_nothing_is_in_use_then_reports_both_figures(
    churn_rows: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path))
    real = _write(tmp_path / "real.csv", churn_rows[:1500])
    assert main(["model", "retrain", "--dataset", "churn", "--data", str(real)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "a fixed stratified fifth of the data" in out[0] and "current model:   none" in out[1]
    assert out[-2] == "  decision: promoted: no model in use yet" and out[-1].startswith("retrain churn: promoted")
    assert main(["model", "retrain", "--dataset", "churn", "--data", str(real)]) == 0  # the same recipe again
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("retrain churn: kept") and "current model:   AUC 0." in out[1]
