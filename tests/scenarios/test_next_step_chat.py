"""Next best action in chat, through the real pipeline: the step with its why, then "draft it" makes a proposal
(never a send) to the right contact, grounded in the customer's words, threaded on their last email. Offline
model and the OpenAI-compatible tool-calling path (a fake server on loopback) alike; flags are recorded."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.agent import Agent
from agents.models import model_factory
from agents.tools import CATALOGUE
from bot.events import IncomingMessage, Reply
from bot.home import home_summary
from bot.pipeline import Pipeline
from bot.settings import Settings
from memory.models import (
    Account,
    Contact,
    Deal,
    Direction,
    Interaction,
    InteractionKind,
    Product,
    Proposal,
    ProposalStatus,
    RiskFlag,
    Stage,
    User,
)
from memory.seed import seed_demo
from tests.conftest import FIXTURES
from tests.fakes.openai_server import FakeOpenAI, calls, text, tool_results

TODAY = date(2017, 11, 28)
MSG_ID = "<budget-2017-11-24@cancity.example>"


def _deal(s: Session, external_id: str, account: str, stage: Stage = Stage.ENGAGING) -> tuple[Deal, Account]:
    owner = s.exec(select(User).where(User.name == "Darcel Schlecht")).one()
    acct = s.exec(select(Account).where(Account.name == account)).one()
    product = s.exec(select(Product).where(Product.name == "MG Advanced")).one()
    deal = Deal(external_id=external_id, stage=stage, engage_date=date(2017, 10, 2), expected_close=date(2017, 12, 15),
                owner_id=owner.id or 0, product_id=product.id or 0, account_id=acct.id)  # fmt: skip
    s.add(deal)
    s.flush()
    return deal, acct


def _thread(s: Session, deal: Deal, contact: Contact, rows: list[tuple[str, Direction, str, str | None]]) -> None:
    for n, (at, direction, body, ref) in enumerate(rows):
        s.add(Interaction(kind=InteractionKind.EMAIL, direction=direction, raw_text=body, account_id=deal.account_id,
                          occurred_at=datetime.fromisoformat(at).replace(tzinfo=UTC), deal_id=deal.id,
                          contact_id=contact.id if direction == Direction.INBOUND else None,
                          subject="MG Advanced for Cancity" if ref else None,
                          source_ref=ref or f"{deal.external_id}-{n}"))  # fmt: skip


@pytest.fixture
def store(engine: Engine) -> Engine:
    """Cancity: budget cut and signature moved (at risk). Bioplex: CFO gone quiet after three chasers, with a
    second, junior contact. Cheers: healthy, an unanswered request for a pricing breakdown."""
    seed_demo(engine, FIXTURES / "maven_mini")
    with Session(engine) as s:
        deal, acct = _deal(s, "NBA00001", "Cancity")
        maria = Contact(name="Maria Lopez", email="maria.lopez@cancity.example", account_id=acct.id, title="IT Manager")
        s.add(maria)
        s.flush()
        _thread(s, deal, maria, [
            ("2017-10-30T10:25", Direction.INBOUND, "Hi Darcel, testing went well. I'd like to sign before year-end.",
             "<ok-2017-10-30@cancity.example>"),
            ("2017-10-31T09:00", Direction.OUTBOUND, "Hi Maria, order form and MSA attached.", None),
            ("2017-11-24T16:37", Direction.INBOUND, "Bad news, I'm afraid. Our software budget for 2017 came in lower "
             "than planned, and what's left has been earmarked for a compliance project. Realistically we can't sign "
             "before the new budget year. I'd like to revisit in March once the 2018 allocations are confirmed.",
             MSG_ID),
        ])  # fmt: skip
        deal, acct = _deal(s, "NBA00002", "Bioplex")
        dana = Contact(name="Dana Lee", email="dana.lee@bioplex.example", account_id=acct.id, title="CFO")
        sam = Contact(name="Sam Ortiz", email="sam.ortiz@bioplex.example", account_id=acct.id, title="Analyst")
        s.add_all([dana, sam])
        s.flush()
        _thread(s, deal, dana, [
            ("2017-10-10T09:00", Direction.OUTBOUND, "Hi Dana, here is the proposal we discussed.", None),
            ("2017-10-12T11:00", Direction.INBOUND, "Thanks Darcel, we'll review it internally.", None),
            ("2017-10-20T09:00", Direction.OUTBOUND, "Hi Dana, any questions on the proposal?", None),
            ("2017-11-02T09:00", Direction.OUTBOUND, "Hi Dana, following up on the proposal.", None),
            ("2017-11-16T09:00", Direction.OUTBOUND, "Hi Dana, checking in once more.", None),
        ])  # fmt: skip
        deal, acct = _deal(s, "NBA00003", "Cheers")
        lee = Contact(name="Chris Park", email="chris.park@cheers.example", account_id=acct.id)
        s.add(lee)
        s.flush()
        _thread(s, deal, lee, [
            ("2017-11-10T09:00", Direction.OUTBOUND, "Hi Chris, great to meet you at the demo.", None),
            ("2017-11-12T14:00", Direction.INBOUND, "Thanks Darcel, the team liked it. Could you send us a pricing "
             "breakdown for 50 seats by Friday? We'd like to present it internally.", "<ask@cheers.example>"),
        ])  # fmt: skip
        s.commit()
    return engine


def ask(engine: Engine, question: str, thread: str = "t1", agent: Agent | None = None) -> Reply:
    message = IncomingMessage("console", "Darcel Schlecht", question, conversation_id=thread, today=TODAY)
    return Pipeline(engine, agent or Agent(engine)).handle_sync(message)


def proposals(engine: Engine) -> list[Proposal]:
    with Session(engine) as s:
        return list(s.exec(select(Proposal)))


def test_what_should_i_do_then_draft_it(store: Engine) -> None:
    shown = ask(store, "what should I do about Cancity?")
    assert shown.kind == "answer" and not shown.proposal_ids
    assert "Next step: agree a new decision date" in shown.text
    assert "Why: the timeline slipped" in shown.text and "2017-11-24" in shown.text
    assert 'Say "draft it"' in shown.text and "Maria Lopez" in shown.text
    assert proposals(store) == []  # showing a step drafts nothing

    drafted = ask(store, "yes, draft that")
    assert drafted.kind == "proposal" and len(drafted.proposal_ids) == 1 and drafted.cards
    (p,) = proposals(store)
    assert p.status == ProposalStatus.PENDING and p.executed_at is None  # never sent
    assert p.recipient == "maria.lopez@cancity.example"
    assert p.in_reply_to == MSG_ID and p.subject == "Re: MG Advanced for Cancity"  # threads on her last email
    assert "24 November" in p.body and "new decision date" in p.body and "Hi Maria" in p.body
    assert "Next step for NBA00001" in p.rationale and p.payload["next_step"]["reason"] == "timeline_slip"


def test_draft_the_follow_up_in_one_message(store: Engine) -> None:
    reply = ask(store, "draft the follow-up for Cancity", thread="t2")
    assert reply.kind == "proposal"
    (p,) = proposals(store)
    assert p.recipient == "maria.lopez@cancity.example" and p.in_reply_to == MSG_ID
    assert "Why this email: the timeline slipped" in reply.text


def test_a_bare_yes_with_nothing_suggested_drafts_nothing(store: Engine) -> None:
    assert ask(store, "yes", thread="t3").kind != "proposal"
    out_of_the_blue = ask(store, "draft it", thread="t3b")
    assert out_of_the_blue.kind != "proposal" and "Which deal?" in out_of_the_blue.text
    ask(store, "draft the follow-up for Cancity", thread="t3")
    assert ask(store, "yes", thread="t3").kind != "proposal"  # no second draft of the same step
    assert len(proposals(store)) == 1


def test_a_quiet_cfo_and_an_unanswered_request(store: Engine) -> None:
    quiet = ask(store, "what's the next step on the Bioplex deal?", thread="t4")
    assert (
        "re-engage the economic buyer: Dana Lee (CFO) has not replied since 12 Oct despite 3 follow-ups" in quiet.text
    )
    ask(store, "draft it", thread="t4")
    (p,) = proposals(store)
    assert p.recipient == "dana.lee@bioplex.example" and "since 12 October" in p.body and p.in_reply_to is None
    healthy = ask(store, "what should I do about Cheers?", thread="t5")
    assert "send the pricing breakdown for 50 seats they asked for on 12 Nov" in healthy.text
    assert 'they asked on 2017-11-12: "Thanks Darcel' not in healthy.text  # the asking sentence, not the greeting
    ask(store, "go ahead and draft it", thread="t5")
    isdom = [p for p in proposals(store) if p.recipient == "chris.park@cheers.example"][0]
    assert "As you asked on 12 November, here is the pricing breakdown for 50 seats" in isdom.body
    assert isdom.in_reply_to == "<ask@cheers.example>"


def test_flags_are_recorded_once_per_reason_and_home_shows_the_step(store: Engine) -> None:
    for _ in range(2):
        ask(store, "why is Cancity at risk?", thread="t6")
    summary = home_summary(store, platform="console", user_ref="Darcel Schlecht", today=TODAY)
    (fact,) = [f for f in summary.at_risk if f.label.startswith("NBA00001")]
    assert "Next step: agree a new decision date" in fact.value
    with Session(store) as s:
        flags = list(s.exec(select(RiskFlag).order_by(RiskFlag.reason)))
    cancity = [(f.reason, f.source, f.flagged_on) for f in flags if f.evidence.get("date") == "2017-11-24"]
    assert cancity == [("budget_concern", "chat", TODAY), ("timeline_slip", "chat", TODAY)]
    assert [f.source for f in flags if f.reason == "gone_quiet"] == ["home"]  # first seen on the home screen
    assert all(f.cleared_on is None for f in flags)


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def test_the_tool_calling_path_drafts_the_step_too(store: Engine, fake: FakeOpenAI) -> None:
    values = {"openai_base_url": fake.base_url, "openai_model": "fake-model", "openai_timeout_seconds": 5,
              "openai_max_retries": 0}  # fmt: skip
    agent = Agent(store, model=model_factory(Settings(**values)))  # type: ignore[arg-type]
    thread = uuid.uuid4().hex
    fake.script(calls(("next_best_action", {"account": "Cancity"})), text("Agree a new decision date; draft it?"),
                calls(("draft_next_step", {"account": "Cancity"})), text("Drafted for your approval."))  # fmt: skip
    first = ask(store, "what should I do about Cancity?", thread=thread, agent=agent)
    assert first.text == "Agree a new decision date; draft it?" and not first.proposal_ids
    schemas = {t["function"]["name"]: t["function"] for t in fake.requests[0]["tools"]}
    for name in ("next_best_action", "draft_next_step"):
        assert set(schemas[name]["parameters"]["properties"]) == {"account", "owner", "deal", "product"}
        assert "next best action" in schemas[name]["description"]
    shown = tool_results(fake.requests[1])["next_best_action"]["deals"][0]
    assert shown["action"]["reason"] == "timeline_slip" and shown["action"]["email"] is True
    assert shown["evidence"][-1]["date"] == "2017-11-24"
    second = ask(store, "yes, draft that", thread=thread, agent=agent)
    assert second.kind == "proposal" and second.cards
    (p,) = proposals(store)
    assert (p.recipient, p.in_reply_to, p.status) == ("maria.lopez@cancity.example", MSG_ID, ProposalStatus.PENDING)


def test_every_outbound_tool_only_proposes() -> None:
    assert CATALOGUE["draft_next_step"].outbound and not CATALOGUE["next_best_action"].outbound
