"""KPI figures from the store, on a small dataset whose answers were worked out by hand (both backends).

Go-live 2017-06-01, as of 2017-12-31, a 7-day window for acting on a flag.

Deals (A = rep Ann, B = rep Ben):
  D1 A Won  2017-01-01 -> 2017-01-31 (30 d)    D2 A Lost  -> 2017-03-01      D6 B Won 2017-01-10 -> 2017-02-09 (30 d)
  D3 A Won  2017-06-01 -> 2017-06-21 (20 d)    D4 A Won 2017-04-21 -> 2017-06-10 (50 d)
  D5 A Lost -> 2017-07-01                       D7 B Lost -> 2017-08-01         D8 A, D9 B open
Before: D1 W, D2 L, D6 W = 2/3 = 66.7 %, cycle 30.0;  after: D3 W, D4 W, D5 L, D7 L = 50.0 %, cycle 35.0.
Ann only: before 1/2 = 50.0 %, cycle 30.0; after 2/3 = 66.7 %, cycle 35.0.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.commands_kpi import build_report, render
from memory import kpi
from memory.models import (
    Account,
    Deal,
    DealStageChange,
    Direction,
    Interaction,
    InteractionKind,
    Product,
    Proposal,
    ProposalStatus,
    RiskFlag,
    Role,
    Stage,
)
from memory.risk_flags import Seen, clear_closed_deals, record_assessment
from memory.users import add_user

AS_OF = date(2017, 12, 31)
GO_LIVE = date(2017, 6, 1)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def store(engine: Engine) -> dict[str, int]:
    """The dataset of the module docstring; returns the ids by name."""
    with Session(engine, expire_on_commit=False) as s:
        boss = add_user(s, name="Mia Boss", role=Role.MANAGER)
        ann = add_user(s, name="Ann Rep", manager="Mia Boss")
        ben = add_user(s, name="Ben Rep")
        product = Product(name="Widget", list_price=100)
        account = Account(name="Xco")
        s.add_all([product, account])
        s.flush()
        ids = {"ann": ann.id or 0, "ben": ben.id or 0, "boss": boss.id or 0}

        def deal(name: str, owner: int, stage: Stage, engage: str | None, close: str | None, acct: bool = True) -> int:
            row = Deal(external_id=name, stage=stage, engage_date=d(engage) if engage else None,
                       close_date=d(close) if close else None, owner_id=owner, product_id=product.id or 0,
                       account_id=account.id if acct else None)  # fmt: skip
            s.add(row)
            s.flush()
            return row.id or 0

        a, b = ids["ann"], ids["ben"]
        ids |= {
            "D1": deal("D1", a, Stage.WON, "2017-01-01", "2017-01-31"),
            "D2": deal("D2", a, Stage.LOST, "2017-01-05", "2017-03-01", acct=False),
            "D3": deal("D3", a, Stage.WON, "2017-06-01", "2017-06-21"),
            "D4": deal("D4", a, Stage.WON, "2017-04-21", "2017-06-10"),
            "D5": deal("D5", a, Stage.LOST, "2017-05-01", "2017-07-01"),
            "D6": deal("D6", b, Stage.WON, "2017-01-10", "2017-02-09"),
            "D7": deal("D7", b, Stage.LOST, "2017-03-01", "2017-08-01"),
            "D8": deal("D8", a, Stage.ENGAGING, "2017-09-01", None),
            "D9": deal("D9", b, Stage.ENGAGING, "2017-08-01", None),
        }

        def proposal(n: int, by: int, status: ProposalStatus, created: str, expires: str, decided: str | None = None,
                     edited: bool = False, deal_id: int | None = None) -> None:  # fmt: skip
            s.add(Proposal(id=f"p{n}", kind="email", status=status, requested_by_id=by, created_at=at(created),
                           expires_at=at(expires), decided_at=at(decided) if decided else None,
                           edited_body="changed" if edited else None, deal_id=deal_id, body="b"))  # fmt: skip

        proposal(1, a, ProposalStatus.SENT, "2017-06-05T10:00", "2017-06-08T10:00", "2017-06-06T09:00")
        proposal(2, a, ProposalStatus.APPROVED, "2017-06-05T11:00", "2017-06-08T11:00", "2017-06-07T09:00", True)
        proposal(3, a, ProposalStatus.REJECTED, "2017-06-06T10:00", "2017-06-09T10:00", "2017-06-08T09:00")
        proposal(4, a, ProposalStatus.EXPIRED, "2017-06-07T10:00", "2017-06-10T10:00")
        proposal(5, a, ProposalStatus.PENDING, "2017-12-30T10:00", "2018-01-05T10:00")
        proposal(6, a, ProposalStatus.BLOCKED, "2017-06-08T10:00", "2017-06-11T10:00")
        proposal(7, a, ProposalStatus.PENDING, "2017-11-20T10:00", "2017-12-01T10:00")  # past expiry, not swept
        proposal(8, b, ProposalStatus.SENT, "2017-06-30T10:00", "2017-07-03T10:00", "2017-07-01T09:00")
        proposal(9, a, ProposalStatus.SENT, "2017-12-29T10:00", "2018-01-03T10:00", "2018-01-02T09:00")  # later
        proposal(10, a, ProposalStatus.PENDING, "2018-01-01T10:00", "2018-01-04T10:00")  # after the as-of day
        proposal(11, b, ProposalStatus.APPROVED, "2017-11-11T10:00", "2017-11-14T10:00", "2017-11-12T09:00",
                 deal_id=ids["D9"])  # fmt: skip

        def flag(deal_id: int, reason: str, on: str, cleared: str | None = None) -> None:
            s.add(RiskFlag(deal_id=deal_id, reason=reason, flagged_on=d(on), flagged_at=at(f"{on}T09:00"),
                           cleared_on=d(cleared) if cleared else None))  # fmt: skip

        flag(ids["D8"], "gone_quiet", "2017-11-01", cleared="2017-11-05")  # F1: stage change on 11-05
        flag(ids["D8"], "pricing_objection", "2017-11-01")  # F2: the same stage change
        flag(ids["D9"], "budget_concern", "2017-11-10")  # F3: p11 approved on 11-12
        flag(ids["D9"], "competitor_mentioned", "2017-10-01")  # F4: outbound email logged on 10-03
        flag(ids["D2"], "timeline_slip", "2017-01-10")  # F5: nothing that counts
        flag(ids["D8"], "sentiment_drop", "2017-12-28")  # F6: window still open on the as-of day
        flag(ids["D8"], "gone_quiet", "2018-01-02")  # F7: after the as-of day
        flag(ids["D9"], "stakeholder_change", "2017-09-01")  # F8: account-level note on day 7
        s.add(DealStageChange(deal_id=ids["D8"], from_stage=Stage.PROSPECTING, to_stage=Stage.ENGAGING,
                              changed_on=d("2017-11-05")))  # fmt: skip
        s.add(DealStageChange(deal_id=ids["D2"], from_stage=Stage.ENGAGING, to_stage=Stage.LOST,
                              changed_on=d("2017-03-01")))  # fmt: skip

        def interaction(n: int, deal_id: int | None, direction: Direction, occurred: str, created: str,
                        acct: bool = True) -> None:  # fmt: skip
            s.add(Interaction(kind=InteractionKind.EMAIL, direction=direction, occurred_at=at(occurred),
                              created_at=at(created), raw_text="x", deal_id=deal_id, source_ref=f"kpi-{n}",
                              account_id=account.id if acct else None))  # fmt: skip

        interaction(1, ids["D9"], Direction.OUTBOUND, "2017-10-03T10:00", "2017-10-03T10:05")  # F4 acted
        interaction(2, ids["D2"], Direction.OUTBOUND, "2017-01-12T10:00", "2017-01-09T10:00", acct=False)  # before
        interaction(3, ids["D2"], Direction.INBOUND, "2017-01-11T10:00", "2017-01-11T10:00", acct=False)  # theirs
        interaction(4, None, Direction.INTERNAL, "2017-09-08T10:00", "2017-09-08T10:00")  # F8 acted (account)
        s.commit()
    return ids


def report(engine: Engine, *, owners: list[int] | None = None, since: date | None = None, window: int = 7,
           go_live: date | None = GO_LIVE) -> dict:  # fmt: skip
    with Session(engine) as s:
        return build_report(s, owner_ids=owners, since=since, until=AS_OF, as_of=AS_OF, window=window, go_live=go_live,
                            minutes_per_email=10, edited_share=0.5)  # fmt: skip


def outcome(r: dict, label: str) -> tuple:
    (p,) = [p for p in r["outcomes"] if p["label"] == label]
    return p["won"], p["lost"], p["win_rate"], p["avg_cycle_days"]


def test_win_rate_and_cycle_before_and_after_go_live(engine: Engine, store: dict[str, int]) -> None:
    r = report(engine)
    assert outcome(r, "before") == (2, 1, 66.7, 30.0)
    assert outcome(r, "after") == (2, 2, 50.0, 35.0)
    ann = report(engine, owners=[store["ann"]])
    assert outcome(ann, "before") == (1, 1, 50.0, 30.0)
    assert outcome(ann, "after") == (2, 1, 66.7, 35.0)
    text = render(r | {"scope": "everyone"})
    assert "win rate -16.7 pts, cycle +5.0 days" in text


def test_go_live_defaults_to_the_first_proposal(engine: Engine, store: dict[str, int]) -> None:
    r = report(engine, go_live=None)
    assert r["go_live"] == {"date": date(2017, 6, 5), "from": "first proposal"}
    assert outcome(r, "before") == (2, 1, 66.7, 30.0)  # D4 closed 06-10: after
    assert report(engine, owners=[store["boss"]], go_live=None)["go_live"]["date"] is None


def test_drafts_by_fate_and_time_saved(engine: Engine, store: dict[str, int]) -> None:
    r = report(engine)
    drafts = {k: v for k, v in r["drafts"].items() if v}
    assert drafts == {"approved_as_is": 3, "approved_edited": 1, "rejected": 1, "expired": 2, "pending": 2,
                      "blocked": 1, "total": 10}  # fmt: skip
    assert r["time_saved_minutes"] == 10 * (3 + 0.5 * 1)
    ann = report(engine, owners=[store["ann"]])
    assert (ann["drafts"]["approved_as_is"], ann["drafts"]["total"], ann["time_saved_minutes"]) == (1, 8, 15.0)
    late = report(engine, since=date(2017, 7, 1))["drafts"]
    assert (late["pending"], late["expired"], late["approved_as_is"], late["total"]) == (2, 1, 1, 4)


def test_flags_acted_on_within_the_window(engine: Engine, store: dict[str, int]) -> None:
    r = report(engine)
    by_reason = {f["reason"]: (f["raised"], f["acted"], f["not_acted"], f["window_open"]) for f in r["flags"]}
    assert by_reason == {
        "budget_concern": (1, 1, 0, 0), "competitor_mentioned": (1, 1, 0, 0), "gone_quiet": (1, 1, 0, 0),
        "pricing_objection": (1, 1, 0, 0), "sentiment_drop": (1, 0, 0, 1), "stakeholder_change": (1, 1, 0, 0),
        "timeline_slip": (1, 0, 1, 0), "all": (7, 5, 1, 1),
    }  # fmt: skip
    total = r["flags"][-1]
    assert (total["by_stage_change"], total["by_approved_email"], total["by_interaction"]) == (2, 1, 2)
    assert total["acted_rate"] == 83.3
    ann = report(engine, owners=[store["ann"]])["flags"][-1]
    assert (ann["raised"], ann["acted"], ann["not_acted"], ann["window_open"]) == (4, 2, 1, 1)
    recent = report(engine, since=date(2017, 11, 1))["flags"][-1]
    assert (recent["raised"], recent["acted"], recent["window_open"]) == (4, 3, 1)
    tight = report(engine, window=1)["flags"][-1]
    assert (tight["raised"], tight["acted"], tight["not_acted"], tight["window_open"]) == (7, 0, 7, 0)


def test_empty_store_says_so(engine: Engine) -> None:
    with Session(engine) as s:
        r = build_report(s, owner_ids=None, since=None, until=AS_OF, as_of=AS_OF, window=7, go_live=None,
                         minutes_per_email=10, edited_share=0.5)  # fmt: skip
    text = render(r | {"scope": "everyone"})
    assert "no proposals yet" in text and "no risk flags recorded yet" in text and "no closed deals" in text
    assert "Go-live: not yet" in text


def test_flags_are_recorded_once_and_cleared(engine: Engine, store: dict[str, int]) -> None:
    deal = store["D1"]  # won, no flags yet
    quote = {"quote": "We are also looking at Quorvia.", "date": "2017-12-01", "source": "email"}
    with Session(engine) as s:
        for _ in range(2):  # a second look (or a second process) changes nothing
            changes = record_assessment(s, deal_id=deal, seen=[Seen("timeline_slip", 0.8, quote)],
                                        today=AS_OF, source="chat")  # fmt: skip
        assert changes.raised == () and changes.cleared == ()
        s.commit()
        rows = list(s.exec(select(RiskFlag).where(RiskFlag.deal_id == deal, RiskFlag.reason == "timeline_slip")))
        assert len(rows) == 1 and rows[0].evidence == quote and rows[0].source == "chat"
        earlier = record_assessment(s, deal_id=deal, seen=[], today=date(2017, 12, 1), source="chat")
        assert earlier.cleared == ()  # asking about the past clears nothing
        gone = record_assessment(s, deal_id=deal, seen=[], today=date(2018, 1, 3), source="worker")
        assert "timeline_slip" in gone.cleared
        again = record_assessment(s, deal_id=deal, seen=[Seen("timeline_slip")], today=date(2018, 1, 9), source="home")
        assert again.raised == ("timeline_slip",)
        s.commit()
        rows = list(s.exec(select(RiskFlag).where(RiskFlag.deal_id == deal, RiskFlag.reason == "timeline_slip")))
        assert sorted((r.flagged_on, r.cleared_on, r.cleared_by) for r in rows) == [
            (AS_OF, date(2018, 1, 3), "worker"), (date(2018, 1, 9), None, None)]  # fmt: skip
        assert clear_closed_deals(s, today=date(2018, 1, 10)) == 2  # this one, and lost D2's old one
        s.commit()
        assert kpi.flags(s, owner_ids=None, since=date(2018, 1, 9), until=None, as_of=date(2018, 1, 31),
                         window_days=7)[-1].raised == 1  # fmt: skip
