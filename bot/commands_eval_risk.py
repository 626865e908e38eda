"""``dealbot eval risk``: the risk engine on a JSON Lines set of deals (registered from bot.cli and bot.commands)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.evals.risk import run_risk


def add_parser(evals_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``risk`` kind under ``dealbot eval``."""
    risk = evals_sub.add_parser("risk", help="deals at risk and why, checked against expected verdicts and reasons")
    risk.add_argument("--cases", type=Path, required=True, metavar="FILE.jsonl", help="the cases to run")
    risk.add_argument("--predictions", type=Path, metavar="OUT.jsonl", help="write each case's predicted verdict")


async def run(args: argparse.Namespace) -> int:
    """Failures, the score lines and the summary line on stdout; exit 0 whatever the score."""
    await asyncio.to_thread(run_risk, cases_path=args.cases, predictions_path=args.predictions, out=sys.stdout)
    return 0
