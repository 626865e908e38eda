"""The worker's risk scan over every open deal, the KPI report, and a next-step question, on the demo store.

Usage: .venv/bin/python bench/insights_bench.py [--threads N] [--rounds R]
Seeds the demo data into a fresh SQLite file, gives N open deals a three-message thread that flags them (budget
cut, signature moved), then times: one full scan (every open deal read, flags recorded), a second scan (nothing
new: the idempotent path), `dealbot kpi`'s figures, and "what should I do about my deals?" through the pipeline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlmodel import Session, col, select  # noqa: E402

from agents.agent import Agent  # noqa: E402
from agents.tools.risk_scan import scan_open_deals  # noqa: E402
from bot.commands_kpi import build_report  # noqa: E402
from bot.events import IncomingMessage  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from memory.db import make_engine  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.models import OPEN_STAGES, Deal, Direction, Interaction, InteractionKind, RiskFlag, User  # noqa: E402
from memory.seed import seed_demo  # noqa: E402

TODAY = date(2017, 12, 31)
THREAD = [
    (Direction.INBOUND, "Testing went well and we'd like to sign before year-end."),
    (Direction.OUTBOUND, "Order form attached."),
    (Direction.INBOUND, "Our budget for this year was cut. Realistically we can't sign before the new budget year."),
]


def timed(fn, rounds: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="insights-bench-"))
    engine = make_engine(f"sqlite:///{folder / 'store.db'}")
    upgrade(engine)
    seed_demo(engine, ROOT.parent / "shared" / "data" / "crm_maven")
    with Session(engine) as s:
        deals = list(s.exec(select(Deal).where(col(Deal.stage).in_([x.value for x in OPEN_STAGES]),
                                               col(Deal.account_id).is_not(None)).limit(args.threads)))  # fmt: skip
        for deal in deals:
            for n, (direction, text) in enumerate(THREAD):
                when = datetime(2017, 12, 1, tzinfo=UTC) + timedelta(days=7 * n)
                row = Interaction(
                    kind=InteractionKind.EMAIL,
                    direction=direction,
                    occurred_at=when,
                    raw_text=text,
                    account_id=deal.account_id,
                    deal_id=deal.id,
                    source_ref=f"b{deal.id}.{n}",
                )
                s.add(row)
        open_deals = s.exec(select(Deal).where(col(Deal.stage).in_([x.value for x in OPEN_STAGES]))).all()
        rep = s.exec(select(User).where(User.id == deals[0].owner_id)).one().name
        s.commit()
    first, _ = timed(lambda: scan_open_deals(engine, today=TODAY), 1)
    again, _ = timed(lambda: scan_open_deals(engine, today=TODAY), args.rounds)
    with Session(engine) as s:
        flags = len(s.exec(select(RiskFlag)).all())
        kpi, _ = timed(lambda: build_report(s, owner_ids=None, since=None, until=TODAY, as_of=TODAY, window=7,
                                            go_live=date(2017, 7, 1), minutes_per_email=10, edited_share=0.5),
                       args.rounds)  # fmt: skip
    pipeline = Pipeline(engine, Agent(engine))
    question = IncomingMessage("console", rep, "what should I do about my deals?", conversation_id="b", today=TODAY)
    pipeline.handle_sync(question)  # warm: gazetteer, models
    chat, _ = timed(lambda: pipeline.handle_sync(question), args.rounds)
    print(f"open deals: {len(open_deals)}, with a thread: {len(deals)}, flags recorded: {flags}")
    print(f"scan, first (records flags): {first:.2f} s; scan, again (idempotent): {again:.2f} s (median)")
    print(f"kpi report figures: {kpi * 1000:.0f} ms (median of {args.rounds})")
    print(f"'what should I do about my deals?' as {rep}: {chat * 1000:.0f} ms (median of {args.rounds})")


if __name__ == "__main__":
    main()
