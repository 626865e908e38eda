"""Proposed deal updates on the real store (SQLite and PostgreSQL): a note logged in chat proposes an
update; confirming it is authorised, happens once under concurrent presses, is audited, fires the deal's
webhooks through the outbox; editing validates; dismissing leaves the deal alone."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from agents.agent import Agent
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from bot.update_desk import UpdateDesk
from memory.db import session_scope
from memory.ingest.updates import list_updates
from memory.models import (
    Account,
    AuditEvent,
    Deal,
    DealStageChange,
    Interaction,
    OutboxEvent,
    Product,
    Role,
    Stage,
    User,
)
from memory.seed import seed_demo
from memory.users import add_user, get_user_by_name
from memory.webhooks import add_endpoint
from policies.deal_updates import decide_update_in_store, parse_edits
from tests.conftest import FIXTURES

NOTE = "log: just met Cancity, they want 20 seats at 45k, decision by end of month"
TODAY = date(2017, 12, 10)


@pytest.fixture
def store(engine: Engine) -> Engine:
    """The small demo data plus an open Cancity deal for Darcel Schlecht (the fixture has none) and an admin."""
    seed_demo(engine, FIXTURES / "maven_mini")
    with session_scope(engine) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")
        add_user(session, name="Ada Admin", role=Role.ADMIN, email="ada@dealbot-demo.example")
    return engine


def add_open_deal(session: Session, external_id: str, *, owner: str, account: str, product: str = "GTX Pro") -> Deal:
    """An Engaging deal, as a rep would have it in the CRM."""
    deal = Deal(
        external_id=external_id, stage=Stage.ENGAGING, engage_date=date(2017, 11, 1),
        owner_id=_id(session, User, owner), account_id=_id(session, Account, account),
        product_id=_id(session, Product, product),
    )  # fmt: skip
    session.add(deal)
    session.flush()
    return deal


def _id(session: Session, table: type[User] | type[Account] | type[Product], name: str) -> int:
    row = session.exec(select(table).where(table.name == name)).one()  # type: ignore[attr-defined]
    assert row.id is not None
    return int(row.id)


def log(engine: Engine, text: str, *, user: str = "Darcel Schlecht", event_id: str | None = None) -> Reply:
    """A chat message through the shared pipeline, as every platform sends it."""
    message = IncomingMessage(platform="console", user_ref=user, text=text, today=TODAY, event_id=event_id)
    return Pipeline(engine, Agent(engine)).handle_sync(message)


def user_id(engine: Engine, name: str) -> int:
    with Session(engine) as session:
        return int(get_user_by_name(session, name=name).id or 0)


def deal(engine: Engine, external_id: str = "DARCEL01") -> Deal:
    with Session(engine) as session:
        return session.exec(select(Deal).where(Deal.external_id == external_id)).one()


def test_a_logged_note_is_linked_to_the_rep_and_proposes_an_update_card(store: Engine) -> None:
    reply = log(store, NOTE, event_id="Ev1")
    assert "Logged your note on Cancity (deal DARCEL01)" in reply.text
    assert "amount 45,000" in reply.text and "close date 2017-12-31" in reply.text
    (card,) = reply.update_cards
    assert card.open_for_decision and card.deal == "DARCEL01" and card.owner == "Darcel Schlecht"
    assert card.headline == "Cancity — close date → 2017-12-31? amount 4,821 → 45,000?"
    assert {f.field: f.value for f in card.changes} == {"expected_close": "2017-12-31", "amount": "45000"}
    with Session(store) as session:
        row = session.get(Interaction, int(card.id))
        assert row is not None and row.kind == "note" and row.direction == "internal"
        assert row.logged_by_id == user_id(store, "Darcel Schlecht")
        assert row.extracted["source"] == "chat:console:console"
    assert deal(store).close_value is None and deal(store).expected_close is None  # nothing written yet
    again = log(store, NOTE, event_id="Ev1")  # the same message delivered twice is stored once
    assert again.text.startswith("I already logged that note")
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Interaction)).one() == 1


def test_a_note_naming_no_known_account_falls_back_to_the_reps_deals(store: Engine) -> None:
    typo = log(store, "log: Cancty called back, they will sign on 2017-12-20 for 30k")
    (card,) = typo.update_cards
    assert card.deal == "DARCEL01" and "amount 4,821 → 30,000?" in card.headline
    with session_scope(store) as session:  # Darcel's other open deal makes "her only deal" ambiguous...
        add_open_deal(session, "DARCEL02", owner="Darcel Schlecht", account="Betasoloin")
    vague = log(store, "log: they want a demo next week, budget 12k")
    assert "couldn't tell which account" in vague.text and not vague.update_cards
    # Betasoloin has Darcel's Engaging deal and Anna's Prospecting one: Anna's note is about hers
    anna = log(store, "log: Betasoloin wants 2 more seats, 9k", user="Anna Snelling")
    (card,) = anna.update_cards
    assert (card.deal, card.owner) == ("WTD6O2OR", "Anna Snelling")


def test_a_voice_message_without_a_transcript_is_refused_politely(store: Engine) -> None:
    message = IncomingMessage(platform="slack", user_ref="Darcel", text="log:", attachments=("audio/webm",))
    reply = Pipeline(store, Agent(store))._notes.log(user_id=user_id(store, "Darcel Schlecht"), note="",
                                                       message=message)  # fmt: skip
    assert "can't listen to audio" in reply.text
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Interaction)).one() == 0


def test_only_the_owner_their_manager_or_an_admin_may_decide(store: Engine) -> None:
    (card,) = log(store, NOTE).update_cards
    refused = decide_update_in_store(store, interaction_id=int(card.id), actor_id=user_id(store, "Anna Snelling"),
                                     action="confirm")  # fmt: skip
    assert refused.outcome == "not_allowed" and "Darcel Schlecht" in refused.message
    assert deal(store).close_value is None
    manager = decide_update_in_store(store, interaction_id=int(card.id), actor_id=user_id(store, "Melvin Marxen"),
                                     action="dismiss")  # fmt: skip
    assert manager.outcome == "dismissed" and deal(store).close_value is None
    admin = decide_update_in_store(store, interaction_id=int(card.id), actor_id=user_id(store, "Ada Admin"),
                                   action="confirm")  # fmt: skip
    assert admin.outcome == "already_decided" and "dismissed by Melvin Marxen" in admin.message
    with Session(store) as session:
        actions = [a.action for a in session.exec(select(AuditEvent).where(AuditEvent.subject_type == "interaction"))]
    assert sorted(actions) == ["deal_update.decision_refused", "deal_update.dismissed"]


def test_concurrent_confirms_apply_once_and_fire_the_webhook_once(store: Engine) -> None:
    with session_scope(store) as session:
        add_endpoint(session, url="https://billing.example/hooks", events=["deal.won"], secret="s3cret")
    (card,) = log(store, "log: Cancity signed today, closed won at 45,000").update_cards
    assert {f.field: f.value for f in card.changes} == {"stage": "Won", "expected_close": "2017-12-10",
                                                        "amount": "45000"}  # fmt: skip
    darcel = user_id(store, "Darcel Schlecht")
    outcomes: list[str] = []
    start = threading.Barrier(4)

    def press() -> None:
        start.wait()
        outcomes.append(decide_update_in_store(store, interaction_id=int(card.id), actor_id=darcel,
                                               action="confirm").outcome)  # fmt: skip

    threads = [threading.Thread(target=press) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["already_decided"] * 3 + ["confirmed"]
    won = deal(store)
    assert won.stage == Stage.WON and won.close_value == 45000 and won.close_date == TODAY
    with Session(store) as session:
        changes = list(session.exec(select(DealStageChange).where(DealStageChange.deal_id == won.id)))
        assert [(c.from_stage, c.to_stage, c.source) for c in changes] == [(Stage.ENGAGING, Stage.WON, "ingest")]
        events = list(session.exec(select(OutboxEvent)))
        assert [e.event_type for e in events] == ["deal.won"] and events[0].payload["data"]["close_value"] == 45000
        row = session.get(Interaction, int(card.id))
        assert row is not None
        state = row.extracted["proposed_update"]
    assert state["status"] == "confirmed" and state["decided_by_name"] == "Darcel Schlecht"
    assert state["applied"] == {"stage": {"from": "Engaging", "to": "Won"}, "amount": {"from": 4821.0, "to": 45000.0},
                                "expected_close": {"from": None, "to": "2017-12-10"}}  # fmt: skip
    with Session(store) as session:
        assert list_updates(session, status="proposed") == []


def test_edit_validates_and_applies_the_reps_values(store: Engine) -> None:
    (card,) = log(store, NOTE).update_cards
    desk = UpdateDesk(store)
    bad = desk.decide_sync("console", "Darcel Schlecht", card.id, "confirm", {"expected_close": "31/12/2017"}, None)
    assert bad.outcome == "invalid" and "close date '31/12/2017' is not a date; write it as YYYY-MM-DD" in bad.message
    worse = desk.decide_sync("console", "Darcel Schlecht", card.id, "confirm", {"amount": "lots"}, None)
    assert worse.outcome == "invalid" and "amount 'lots' is not a number" in worse.message
    assert bad.card is not None and bad.card.open_for_decision  # nothing decided
    edits = {"stage": "engaging", "expected_close": "2018-01-15", "amount": "40k"}
    done = desk.decide_sync("console", "Darcel Schlecht", card.id, "confirm", edits, None)
    assert done.outcome == "confirmed", done.message
    assert done.message == "Darcel Schlecht confirmed: DARCEL01 now has close date 2018-01-15, amount 40,000."
    after = deal(store)
    assert after.stage == Stage.ENGAGING and after.expected_close == date(2018, 1, 15) and after.close_value == 40000
    assert done.card is not None and not done.card.open_for_decision and done.card.decided_by == "Darcel Schlecht"
    with Session(store) as session:
        moves = select(func.count()).select_from(DealStageChange).where(DealStageChange.deal_id == after.id)
        assert session.exec(moves).one() == 0  # the stage stayed
        audit = session.exec(select(AuditEvent).where(col(AuditEvent.action) == "deal_update.confirmed")).one()
        assert audit.details["edited"] is True


def test_parse_edits_reads_what_people_type() -> None:
    assert parse_edits({"stage": "WON", "expected_close": "2017-12-29", "amount": "$45,000"}) == {
        "stage": "Won", "expected_close": "2017-12-29", "amount": 45000.0}  # fmt: skip
    assert parse_edits({"amount": "1.5m", "stage": " "}) == {"amount": 1_500_000.0, "stage": None}
    for bad, message in (({"stage": "Closing"}, "use one of Prospecting"), ({"expected_close": "2017-02-30"},
                         "not a date"), ({"colour": "red"}, "unknown field")):  # fmt: skip
        with pytest.raises(Exception, match=message):
            parse_edits(bad)
