"""Asking in chat what customers said, and which drafts wait for a decision, with the offline model: real mail
ingested into a real store and Chroma, answered through the pipeline on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.agent import Agent
from bot.events import IncomingMessage, Reply
from bot.ingest_events import InboundItem, Party
from bot.pipeline import Pipeline
from memory.db import session_scope
from memory.ingest import Ingestor
from memory.migrate import upgrade
from memory.models import Proposal
from memory.seed import seed_demo
from memory.vector import VectorMemory
from tests.conftest import FIXTURES, _drop_store, _make_store
from tests.store.test_deal_updates import add_open_deal

TODAY = date(2017, 12, 31)
DARCEL = Party("Darcel Schlecht", "darcel@ourteam.example")
CASEY = Party("Casey Fakeley", "casey.fakeley@cancity.example")
PRICE = "Our main concern is the price per seat: it is well above what we budgeted for this year."
RIVAL = "For what it's worth, Quorvia has also pitched us a similar platform last month."
SECURITY = "Good news: the security review is booked for next week and legal has the contract draft."


def _mail(n: int, day: date, text: str, sender: Party, to: Party, domain: str = "cancity.example") -> InboundItem:
    return InboundItem(
        source_ref=f"<m{n}@{domain}>", kind="email", subject="GTX Pro", text=text, sender=sender, recipients=(to,),
        occurred_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
    )  # fmt: skip


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, chroma_client: Any
) -> Iterator[Pipeline]:
    """One store and collection per backend for the questions about what was said: they only read (each asks in
    its own thread)."""
    engine, schema = _make_store(request.param, tmp_path_factory.mktemp("memory-chat"))
    upgrade(engine)
    seed_demo(engine, FIXTURES / "maven_mini")
    with session_scope(engine) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")
    name = f"t-{uuid.uuid4().hex[:10]}"
    vectors = VectorMemory(chroma_client, collection=name)
    betatech = Party("Ola Brandt", "ola.brandt@betatech.example")
    Ingestor(engine, vectors).ingest([
        _mail(1, date(2017, 11, 2), PRICE, CASEY, DARCEL),
        _mail(2, date(2017, 11, 20), RIVAL, CASEY, DARCEL),
        _mail(3, date(2017, 12, 6), SECURITY, CASEY, DARCEL),
        _mail(4, date(2017, 12, 1), "Please send us the price list for the MG range again.", betatech, DARCEL,
              "betatech.example"),
    ])  # fmt: skip
    yield Pipeline(engine, Agent(engine, memory=lambda: vectors))
    chroma_client.delete_collection(name)
    _drop_store(engine, schema)


@pytest.fixture
def drafting(store: Engine) -> Pipeline:
    """A fresh store for the drafts tests, which write proposals."""
    with session_scope(store) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")
    return Pipeline(store, Agent(store))


def _ask(bot: Pipeline, text: str, user: str = "Darcel Schlecht", thread: str | None = None) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=thread or f"mem-{hash(text)}", today=TODAY)
    return bot.handle_sync(message)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("what did Cancity say about pricing?", PRICE),
        ("what has cancity told us about the security review", SECURITY),
        ("did Cancity mention competitors?", RIVAL),
        ("what did i tell Cancity about the price", PRICE),  # our words and theirs are both on file
    ],
)
def test_what_a_customer_said_is_quoted_closest_first(bot: Pipeline, question: str, first: str) -> None:
    reply = _ask(bot, question)
    assert reply.kind == "answer"
    quoted = [line for line in reply.text.splitlines() if line.startswith("- ")]
    assert quoted and first[:40] in quoted[0], reply.text
    assert "price list for the MG range" not in reply.text  # Betatech's mail is not Cancity's


def test_a_pronoun_asks_about_the_account_just_discussed(bot: Pipeline) -> None:
    _ask(bot, "how many deals have we won with Cancity?", thread="pronoun")
    reply = _ask(bot, "what did they say about the budget?", thread="pronoun")
    assert "Cancity" in reply.text and PRICE[:40] in reply.text.splitlines()[1], reply.text
    assert "Betatech" not in reply.text


@pytest.mark.parametrize(
    "question", ["any emails from Cancity lately?", "what's the latest from cancity", "anything new from Cancity"]
)
def test_the_latest_from_an_account_comes_newest_first(bot: Pipeline, question: str) -> None:
    reply = _ask(bot, question)
    dates = [line[2:12] for line in reply.text.splitlines() if line.startswith("- ")]
    assert dates == ["2017-12-06", "2017-11-20", "2017-11-02"], reply.text


@pytest.mark.parametrize(
    "question",
    ["when did we last hear from Cancity?", "have we heard back from cancity", "when was our last call with Cancity"],
)
def test_the_last_contact_is_one_dated_quote(bot: Pipeline, question: str) -> None:
    reply = _ask(bot, question)
    assert reply.text.startswith("The last interaction with Cancity on file is from 2017-12-06"), reply.text
    assert SECURITY[:30] in reply.text


def test_a_period_bounds_what_is_searched(bot: Pipeline) -> None:
    reply = _ask(bot, "what did Cancity say in November?")
    assert "2017-12-06" not in reply.text and "2017-11-02" in reply.text and "2017-11-20" in reply.text, reply.text
    assert "the Q3 budget" not in reply.text
    topic_with_a_period = _ask(bot, "what did Cancity say about the Q4 budget?")  # Q4 names the topic, not a window
    assert PRICE[:40] in topic_with_a_period.text, topic_with_a_period.text


def test_nothing_on_file_is_said_plainly(bot: Pipeline) -> None:
    reply = _ask(bot, "what did Acme Corporation say about pricing?")
    assert reply.text.startswith("I have no emails, calls or notes from Acme Corporation about \u201cpricing\u201d")


@pytest.mark.parametrize(
    "question",
    [
        "what did Cancity buy from us?",
        "how many emails did we send Cancity?",
        "any deals with Cancity still open?",
        "what did Darcel say about the Q4 numbers?",
        "did Cancity sign?",
        "when did we last win a deal at Cancity?",  # a deal's date, not a conversation's
        "when was the last deal we lost at Cancity",
    ],
)
def test_other_questions_about_an_account_are_not_memory_searches(bot: Pipeline, question: str) -> None:
    reply = _ask(bot, question)
    assert "on file" not in reply.text and "\u201c" not in reply.text.split("\n\n")[0], reply.text
    assert PRICE[:30] not in reply.text and SECURITY[:30] not in reply.text


def _draft(bot: Pipeline, user: str = "Darcel Schlecht") -> str:
    reply = _ask(bot, "draft a follow-up to Cancity about the security review", user=user)
    assert reply.kind == "proposal" and reply.proposal_ids, reply.text
    return reply.proposal_ids[0]


@pytest.mark.parametrize(
    "question",
    ["show my pending drafts", "what's waiting for my approval?", "any emails to approve?", "pending approvals pls"],
)
def test_pending_drafts_are_listed_with_their_cards(drafting: Pipeline, question: str) -> None:
    assert _ask(drafting, question).text == "No drafts are waiting for your decision."
    draft = _draft(drafting)
    reply = _ask(drafting, question)
    assert reply.kind == "answer" and reply.text.startswith("1 draft is waiting for your decision"), reply.text
    assert [c.id for c in reply.cards] == [draft] and reply.cards[0].status == "pending"
    assert reply.proposal_ids == ()  # shown again, not drafted again


def test_a_manager_sees_the_team_drafts_and_another_rep_does_not(drafting: Pipeline) -> None:
    draft = _draft(drafting)
    assert [c.id for c in _ask(drafting, "show pending drafts", user="Melvin Marxen").cards] == [draft]
    other = _ask(drafting, "show my pending drafts", user="Moses Frase")
    assert other.cards == () and other.text == "No drafts are waiting for your decision."


@pytest.mark.parametrize("typed", ["approve it", "ok send it", "looks good, send it", "yes approve the draft"])
def test_a_typed_approval_sends_nothing_and_points_to_the_card(drafting: Pipeline, store: Engine, typed: str) -> None:
    draft = _draft(drafting)
    reply = _ask(drafting, typed)
    assert reply.kind == "refusal" and "Approve button" in reply.text, reply.text
    with Session(store) as session:
        assert session.exec(select(Proposal.status).where(Proposal.id == draft)).one() == "pending"


@pytest.mark.parametrize(
    "question",
    ["how many pending deals do i have", "any emails from Cancity waiting for a reply?", "draft an email to Cancity"],
)
def test_other_pending_things_are_not_the_drafts_list(drafting: Pipeline, question: str) -> None:
    reply = _ask(drafting, question)
    assert "waiting for your decision" not in reply.text and "Approve button" not in reply.text, reply.text
