"""A closed deal moved back to an open stage ("move the Konex deal back to engaging") has no close any more: its
close date and value are cleared, so it is counted as open and never among the deals closed in a period, and its
earlier close stays in the stage history. Found by the lead when a deal won by mistake in the demo was reopened and
kept its close date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session, select

from memory.db import session_scope
from memory.models import DealStageChange, Stage
from memory.stage_changes import change_stage, get_deal


def _move(engine: Engine, opportunity: str, stage: Stage, on: date | None = None) -> None:
    with session_scope(engine) as s:
        change_stage(s, deal=get_deal(s, external_id=opportunity), to_stage=stage, source="test", actor="test", on=on)


def test_a_won_deal_reopened_has_no_close(store: Engine) -> None:
    _move(store, "1C1I7A6R", Stage.ENGAGING)  # won 2017-03-01 for $1,054 in the fixture
    with Session(store) as s:
        deal = get_deal(s, external_id="1C1I7A6R")
        assert (deal.stage, deal.close_date, deal.close_value) == (Stage.ENGAGING, None, None)
        path = [
            (c.from_stage, c.to_stage)
            for c in s.exec(select(DealStageChange).where(DealStageChange.deal_id == deal.id))
        ]
    assert path[-1] == (Stage.WON, Stage.ENGAGING)  # after the seeded history, the reopening is recorded


def test_closing_it_again_takes_the_new_date(store: Engine) -> None:
    _move(store, "7WAX8Z8O", Stage.PROSPECTING)  # lost 2017-03-08
    _move(store, "7WAX8Z8O", Stage.WON, on=date(2017, 12, 20))
    with Session(store) as s:
        deal = get_deal(s, external_id="7WAX8Z8O")
        assert (deal.stage, deal.close_date) == (Stage.WON, date(2017, 12, 20))


def test_moving_between_closed_stages_keeps_the_close(store: Engine) -> None:
    _move(store, "EC4QE1BX", Stage.LOST)  # won 2017-03-07: a correction between closed stages keeps its date
    with Session(store) as s:
        assert get_deal(s, external_id="EC4QE1BX").close_date == date(2017, 3, 7)
