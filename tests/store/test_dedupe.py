"""Retry de-duplication in the store: the first delivery of an id wins, on any number of threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import Engine, func, update
from sqlmodel import Session, select

from bot.dedupe import Deduper, prune_processed, seen_before
from memory.models import ProcessedEvent, utcnow


def test_an_id_is_new_once_then_seen(engine: Engine) -> None:
    assert seen_before(engine, "slack", "Ev1") is False
    assert seen_before(engine, "slack", "Ev1") is True
    assert seen_before(engine, "teams", "Ev1") is False  # sources do not collide
    long_id = "trigger:" + "x" * 400
    assert seen_before(engine, "slack", long_id) is False and seen_before(engine, "slack", long_id) is True


def test_concurrent_deliveries_of_one_id_are_new_exactly_once(engine: Engine) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: seen_before(engine, "slack", "Ev-race"), range(16)))
    assert results.count(False) == 1
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(ProcessedEvent)).one() == 1


async def test_the_deduper_answers_on_the_event_loop(engine: Engine) -> None:
    deduper = Deduper(engine)
    try:
        assert [await deduper.seen_before("slack", "Ev2") for _ in range(2)] == [False, True]
    finally:
        deduper.close()


def test_old_event_ids_are_pruned_and_recent_ones_kept(engine: Engine) -> None:
    seen_before(engine, "slack", "Ev-old")
    seen_before(engine, "slack", "Ev-new")
    with Session(engine) as session:
        old = utcnow() - timedelta(days=8)
        session.execute(update(ProcessedEvent).where(ProcessedEvent.event_id == "Ev-old").values(seen_at=old))
        session.commit()
    assert prune_processed(engine) == 1
    assert seen_before(engine, "slack", "Ev-new") is True  # still recognised as a redelivery
    assert seen_before(engine, "slack", "Ev-old") is False  # forgotten: a week is past any platform's retries
