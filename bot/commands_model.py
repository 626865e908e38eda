"""``dealbot model train|evaluate|explain|drift|retrain --dataset deals|leads|churn``: the scores from the CLI."""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import commands_model_ops
from bot.services import Services
from memory.migrate import check_initialised

if TYPE_CHECKING:
    from agents.insights.scoring.service import Sources

# scikit-learn takes ~1 s to import: load the scoring code only when a model command runs
DATASETS = ("churn", "deals", "leads")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CSV_DEFAULTS = {
    "leads": Path("leads_xeducation/Leads.csv"),
    "churn": Path("telco_churn/Telco-Customer-Churn.csv"),
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``model`` subcommand, for ``bot.cli.build_parser``."""
    model = sub.add_parser("model", help="train, evaluate, explain, monitor and retrain the scores (win, leads, churn)")
    actions = model.add_subparsers(dest="model_command", required=True, metavar="ACTION")
    for name, text in (("train", "evaluate, then fit on all rows and save under var/models/"),
                       ("evaluate", "held-out AUC, Brier score and calibration (no model is saved)"),
                       ("explain", "one score and its top factors with signed contributions")):  # fmt: skip
        p = actions.add_parser(name, help=text)
        p.add_argument("--dataset", choices=DATASETS, required=True)
        p.add_argument("--data", type=Path, metavar="FILE.csv", help="the leads or churn CSV (deals: the store)")
        if name == "explain":
            p.add_argument("--id", help="opportunity id, Prospect ID or customerID (default: the first)")
            p.add_argument("--top", type=int, default=5, help="how many factors to show")
        else:
            p.add_argument("--sample", type=int, metavar="N", help="a stratified sample of N rows (quick runs)")
            p.add_argument("--folds", type=int, default=5, help="cross-validation folds (leads, churn)")
            p.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                           help="deals: use only deals closed up to this day (the model's data window)")  # fmt: skip
    commands_model_ops.add_parsers(actions, DATASETS)


def _sources(services: Services, args: argparse.Namespace) -> Sources:
    from agents.insights.scoring.service import Sources

    def csv(name: str) -> Path:
        if args.data is not None and args.dataset == name:
            return Path(args.data)
        candidates = (
            Path("../shared/data") / CSV_DEFAULTS[name],
            PROJECT_ROOT.parent / "shared/data" / CSV_DEFAULTS[name],
        )
        return next((p for p in candidates if p.is_file()), candidates[0])

    return Sources(csv("leads"), csv("churn"), services.engine)


def _report(result: dict[str, Any]) -> list[str]:
    from agents.insights.scoring.datasets import SPECS

    name = result["dataset"]
    lines = [
        f"{name}: {result['method']}; {result['model']} model; {result['rows']:,} rows, "
        f"{SPECS[name].label} base rate {result['base_rate']:.1%}",
        f"  left out (known only after the outcome, or identifiers): {', '.join(result['dropped'])}",
    ]
    if "train_until" in result:
        lines.append(f"  trained on deals started up to {result['train_until']}, tested on {result['test_rows']:,} "
                     f"started from {result['test_from']}")  # fmt: skip
    spread = f" (\u00b1{result['auc_std']:.3f} across folds)" if "auc_std" in result else ""
    lines.append(f"  AUC {result['auc']:.3f}{spread}; Brier {result['brier']:.4f}"
                 + (f" (predicting the base rate: {result['brier_base_rate']:.4f})" if "brier_base_rate" in result
                    else ""))  # fmt: skip
    bins = ", ".join(f"{b['predicted']:.2f}\u2192{b['observed']:.2f} (n={b['n']})" for b in result["calibration"])
    lines.append(f"  calibration, predicted\u2192observed: {bins}")
    lines.append(f"{name}: auc={result['auc']:.3f} brier={result['brier']:.4f} seconds={result['seconds']}")
    return lines


def _run(services: Services, args: argparse.Namespace) -> list[str]:
    from agents.insights.scoring.datasets import SPECS
    from agents.insights.scoring.service import evaluate, explain, model_path, train_and_save

    assert set(DATASETS) == set(SPECS), "bot.commands_model.DATASETS must list the scoring datasets"
    sources = _sources(services, args)
    var_dir = Path(services.settings.var_dir)
    if args.model_command == "evaluate":
        return _report(evaluate(args.dataset, sources, sample=args.sample, folds=args.folds, until=args.until))
    if args.model_command == "train":
        started = time.perf_counter()
        model = train_and_save(args.dataset, sources, var_dir, sample=args.sample, folds=args.folds, until=args.until)
        took = time.perf_counter() - started
        saved = f"saved {model_path(var_dir, args.dataset)} (fit on {model.rows:,} rows; {took:.1f} s in all)"
        return [*_report(model.metrics), saved]
    row, why = explain(args.dataset, sources, var_dir, args.id, top=args.top)
    label = SPECS[args.dataset].label
    lines = [f"{args.dataset} {row}: {label} {why.score:.0%} (base rate {why.base_rate:.0%}); top factors:"]
    for f in why.factors:
        value = f"{f.value:.3g}" if isinstance(f.value, float) else str(f.value)
        lines.append(f"  {f.contribution * 100:+5.1f} pts  {f.field} = {value}")
    return lines


async def run(services: Services, args: argparse.Namespace) -> int:
    """Print the report; errors (missing data, untrained model) surface as one-line DealbotErrors.

    ``drift`` exits 1 when a threshold is crossed, so a cron job or CI step can act on it.
    """
    if getattr(args, "dataset", None) == "deals":  # the store's own history: a clear word if there is none yet
        check_initialised(services.engine)
    if args.model_command in commands_model_ops.ACTIONS:
        lines, code = await asyncio.to_thread(commands_model_ops.run, _sources(services, args), services, args)
    else:
        lines, code = await asyncio.to_thread(_run, services, args), 0
    for line in lines:
        print(line)
    return code
