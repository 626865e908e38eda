"""The worker's risk scan: every open deal with interactions is assessed, its flags recorded once and cleared when
the reason goes away or the deal closes (both backends); the job runs at most every RISK_SCAN_MINUTES."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.tools.risk_scan import scan_open_deals
from bot.risk_job import risk_scan_job
from bot.services import build_services
from bot.settings import Settings
from memory.migrate import upgrade
from memory.models import Deal, Interaction, RiskFlag, Stage
from memory.stage_changes import change_stage
from tests.scenarios.test_deal_risk_chat import TODAY, _store_with_cancity_thread


def flags(engine: Engine) -> list[tuple[str, str, date, date | None, str | None]]:
    with Session(engine) as s:
        rows = s.exec(select(RiskFlag).order_by(RiskFlag.reason, RiskFlag.flagged_on))
        return [(f.reason, f.source, f.flagged_on, f.cleared_on, f.cleared_by) for f in rows]


def test_the_scan_records_flags_once_and_clears_them(engine: Engine) -> None:
    deal_id = _store_with_cancity_thread(engine)
    assert scan_open_deals(engine, today=TODAY) > 1  # every open deal was read, not only the one with a thread
    assert scan_open_deals(engine, today=TODAY + timedelta(days=1)) > 1
    assert flags(engine) == [("budget_concern", "worker", TODAY, None, None),
                             ("timeline_slip", "worker", TODAY, None, None)]  # fmt: skip
    with Session(engine) as s:
        last = s.exec(select(Interaction).where(Interaction.source_ref == "test-risk-3")).one()
        last.raw_text = "Good news: the budget came through and we can sign this week."
        s.add(last)
        s.commit()
    later = TODAY + timedelta(days=2)
    scan_open_deals(engine, today=later)
    assert [f[3:] for f in flags(engine)] == [(later, "worker"), (later, "worker")]
    with Session(engine) as s:
        last = s.exec(select(Interaction).where(Interaction.source_ref == "test-risk-3")).one()
        last.raw_text = "We're pausing all new vendor evaluations until further notice."
        s.add(last)
        s.commit()
    scan_open_deals(engine, today=later + timedelta(days=1))
    assert [f for f in flags(engine) if f[3] is None] == [("timeline_slip", "worker", later + timedelta(days=1),
                                                           None, None)]  # fmt: skip
    with Session(engine) as s:
        deal = s.exec(select(Deal).where(Deal.external_id == deal_id)).one()
        change_stage(s, deal=deal, to_stage=Stage.LOST, source="test", actor="test")
        s.commit()
    scan_open_deals(engine, today=later + timedelta(days=5))
    assert [f for f in flags(engine) if f[3] is None] == []
    assert flags(engine)[-1][4] == "closed"


def test_the_job_waits_for_its_interval(tmp_path: Path) -> None:
    settings = Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'w.db'}", RISK_SCAN_MINUTES=10)  # type: ignore[call-arg]
    services = build_services(settings)
    try:
        upgrade(services.engine)
        _store_with_cancity_thread(services.engine)
        now = [1000.0]
        job = risk_scan_job(clock=lambda: now[0])
        assert job(services) > 0
        now[0] += 9 * 60
        assert job(services) == 0  # too soon
        now[0] += 2 * 60
        assert job(services) > 0
    finally:
        services.close()
