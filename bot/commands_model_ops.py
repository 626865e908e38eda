"""``dealbot model drift`` and ``dealbot model retrain``: watching the scores after they ship, and replacing them.

scikit-learn is imported only inside :func:`run`, so the CLI starts fast for every other command.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agents.insights.scoring.drift import Period
    from agents.insights.scoring.monitor import DriftReport, RetrainResult
    from agents.insights.scoring.service import Sources
    from bot.services import Services

ACTIONS = ("drift", "retrain")
ALERT_EXIT = 1  # errors exit 2; an alert is a finding, not an error


def add_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser], datasets: tuple[str, ...]) -> None:
    """``model drift`` and ``model retrain``, for ``bot.commands_model.add_parser``."""
    drift = actions.add_parser("drift", help="input stability (PSI) and AUC/calibration per period; exit 1 on alert")
    drift.add_argument("--dataset", choices=datasets, required=True)
    drift.add_argument("--data", type=Path, metavar="FILE.csv", help="the leads or churn CSV (deals: the store)")
    drift.add_argument("--recent", type=Path, metavar="FILE.csv", help="leads/churn: the recent rows to compare")
    drift.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="deals: what counts as recent (default: the end of the model's data window)")  # fmt: skip
    drift.add_argument("--period", choices=("month", "quarter"), default="month")
    drift.add_argument("--psi", type=float, default=0.2, help="alert when any input's PSI passes this")
    drift.add_argument("--auc-drop", type=float, default=0.05, help="alert when a period's AUC falls this far")
    drift.add_argument("--calibration-gap", type=float, default=0.10, help="alert when predicted and observed differ")
    retrain = actions.add_parser("retrain", help="train a candidate; promote it only if it beats the current model")
    retrain.add_argument("--dataset", choices=datasets, required=True)
    retrain.add_argument("--data", type=Path, metavar="FILE.csv", help="leads/churn: the rows to train the candidate")
    retrain.add_argument("--holdout", type=Path, metavar="FILE.csv",
                         help="leads/churn: held-out rows both models are scored on (default: a fifth)")  # fmt: skip
    retrain.add_argument("--holdout-days", type=int, default=90, help="deals: the most recent period held out")
    retrain.add_argument("--min-gain", type=float, default=0.0, help="AUC the candidate must gain to be promoted")


def run(sources: Sources, services: Services, args: argparse.Namespace) -> tuple[list[str], int]:
    """The report's lines and the exit code."""
    from agents.insights.scoring.drift import Thresholds
    from agents.insights.scoring.monitor import check_drift, retrain

    var_dir = Path(services.settings.var_dir)
    if args.model_command == "drift":
        limits = Thresholds(psi=args.psi, auc_drop=args.auc_drop, calibration_gap=args.calibration_gap)
        report = check_drift(args.dataset, sources, var_dir, recent_csv=args.recent, since=args.since,
                             period=args.period, limits=limits)  # fmt: skip
        return drift_lines(report), ALERT_EXIT if report.alerts else 0
    if args.holdout_days < 1:
        return [f"--holdout-days must be at least 1, not {args.holdout_days}"], 2
    result = retrain(args.dataset, sources, var_dir, holdout_csv=args.holdout, holdout_days=args.holdout_days,
                     min_gain=args.min_gain)  # fmt: skip
    return retrain_lines(result), 0


def _period(p: Period) -> str:
    auc = f"AUC {p.auc:.3f}" if p.auc is not None else "AUC n/a (one outcome only)"
    bins = ", ".join(f"{b['predicted']:.2f}\u2192{b['observed']:.2f}" for b in p.bins)
    return (f"  {p.label}: {p.n:,} with outcomes, {auc}, Brier {p.brier:.4f}, predicted {p.predicted:.1%} vs observed "
            f"{p.observed:.1%}; reliability {bins}")  # fmt: skip


def drift_lines(report: DriftReport) -> list[str]:
    """What ``model drift`` prints; the last line is ``drift <dataset>: ok|ALERT ...`` for scripts."""
    lines = [f"{report.dataset} model {report.version}: compared with {report.since}; {report.rows:,} rows"]
    if report.fields:
        lines.append("  input stability (PSI; > 0.2 shifted, 0.1-0.2 moderate), most shifted first:")
        for f in report.fields[:8]:
            lines.append(f"    {f.psi:6.3f}  {f.field}  ({f.moved})")
        if len(report.fields) > 8:
            lines.append(f"    ... {len(report.fields) - 8} more inputs, all at or below {report.fields[8].psi:.3f}")
    else:
        lines.append("  no recent rows to compare inputs with")
    if report.periods:
        ref = f"{report.reference_auc:.3f}" if report.reference_auc is not None else "n/a"
        lines.append(f"  accuracy on outcomes known since (training evaluation AUC {ref}):")
        lines += [_period(p) for p in report.periods]
    else:
        lines.append("  no outcomes known since training: accuracy not checked")
    lines += [f"  ALERT: {a}" for a in report.alerts]
    worst = report.fields[0].psi if report.fields else 0.0
    status = f"ALERT ({len(report.alerts)})" if report.alerts else "ok"
    lines.append(f"drift {report.dataset}: {status} max_psi={worst:.3f} rows={report.rows}")
    return lines


def _figures(f: dict[str, Any] | None) -> str:
    return f"AUC {f['auc']:.3f}, Brier {f['brier']:.4f}" if f else "none"


def retrain_lines(result: RetrainResult) -> list[str]:
    """What ``model retrain`` prints; the last line is ``retrain <dataset>: promoted|kept ...``."""
    lines = [f"{result.dataset}: held out {result.holdout} ({result.holdout_rows:,} rows)",
             f"  current model:   {_figures(result.old)}", f"  candidate model: {_figures(result.new)}"]  # fmt: skip
    if result.old_saw:
        lines.append(f"  note: the current model was trained on {result.old_saw:,} of the held-out rows, so its "
                     "figure is optimistic and the comparison leans towards keeping it")  # fmt: skip
    decision = "promoted" if result.promoted else "kept the current model"
    lines.append(f"  decision: {decision}: {result.reason}")
    old_auc = f"{result.old['auc']:.3f}" if result.old else "none"
    lines.append(f"retrain {result.dataset}: {'promoted' if result.promoted else 'kept'} "
                 f"old_auc={old_auc} new_auc={result.new['auc']:.3f}")  # fmt: skip
    return lines
