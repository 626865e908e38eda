"""Explainable scores on small samples: leak-free leads, churn, time-split deals; `dealbot model` end to end."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from agents.insights.scoring.datasets import LEADS_LEAKING, load_churn, load_leads
from agents.insights.scoring.service import Sources, evaluate, explain, train_and_save
from agents.insights.scoring.tabular import cross_validate, train
from bot.cli import main
from tests.conftest import SHARED_DATA

DATA = SHARED_DATA
LEADS = DATA / "leads_xeducation" / "Leads.csv"
CHURN = DATA / "telco_churn" / "Telco-Customer-Churn.csv"


@pytest.fixture(scope="module")
def sources() -> Sources:
    if not LEADS.is_file() or not CHURN.is_file():
        pytest.skip("shared data not found")
    return Sources(LEADS, CHURN)


def test_leads_never_see_the_columns_filled_in_after_contact(sources: Sources) -> None:
    data = load_leads(sources.leads_csv)
    fields = {f for record in data.records for f in record}
    assert not fields & set(LEADS_LEAKING) and "Prospect ID" not in fields
    assert len(data) == 9240 and abs(data.labels.mean() - 0.385) < 0.001
    assert "Select" not in {v for record in data.records[:500] for v in record.values()}


def test_a_small_leads_sample_still_ranks_leads(sources: Sources) -> None:
    result = cross_validate(load_leads(sources.leads_csv).sample(800), "boosting", folds=3)
    assert 0.75 < result["auc"] < 0.97  # well above chance, nowhere near the 0.98 that leakage gives


def test_explanations_are_signed_and_point_the_right_way(sources: Sources) -> None:
    data = load_churn(sources.churn_csv).sample(1500)
    model = train(data, "logistic")
    new_monthly = {**data.records[0], "tenure": 1.0, "Contract": "Month-to-month", "TotalCharges": 70.0}
    why = model.explain(new_monthly, top=5)
    assert why.score > why.base_rate
    tenure = next(f for f in why.factors if f.field == "tenure")
    assert tenure.contribution > 0  # a one-month customer churns more
    long_contract = model.explain({**new_monthly, "tenure": 60.0, "Contract": "Two year"}, top=40)
    assert next(f for f in long_contract.factors if f.field == "Contract").contribution < 0
    assert [abs(f.contribution) for f in why.factors] == sorted(
        (abs(f.contribution) for f in why.factors), reverse=True
    )


def test_deals_are_split_by_time_and_scored_without_outcome_fields(seeded_engine: Engine, tmp_path: Path) -> None:
    sources = Sources(LEADS, CHURN, seeded_engine)
    result = evaluate("deals", sources)
    assert result["train_until"] <= result["test_from"]
    assert 0.0 <= result["auc"] <= 1.0 and 0.0 < result["brier"] < 1.0
    assert {"close_date", "close_value"} <= set(result["dropped"])
    model = train_and_save("deals", sources, tmp_path)
    assert model.metrics["auc"] == result["auc"]
    deal_id, why = explain("deals", sources, tmp_path, None)
    assert deal_id and 0.0 < why.score < 1.0 and why.factors
    assert not {"close_date", "close_value"} & {f.field for f in why.factors}


def test_model_commands_train_explain_and_fail_in_one_line(
    sources: Sources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path))
    assert main(["model", "explain", "--dataset", "churn"]) == 2
    assert "run `dealbot model train --dataset churn` first" in capsys.readouterr().err
    args = ["--dataset", "churn", "--data", str(sources.churn_csv), "--sample", "600", "--folds", "3"]
    assert main(["model", "train", *args]) == 0
    out = capsys.readouterr().out
    assert "3-fold stratified cross-validation" in out and (tmp_path / "models" / "churn.joblib").is_file()
    assert main(["model", "explain", "--dataset", "churn", "--data", str(sources.churn_csv), "--id", "7590-VHVEG"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("churn 7590-VHVEG: churn risk") and len(lines) == 6
    assert all(np.sign(float(line.split()[0])) != 0 for line in lines[1:])
