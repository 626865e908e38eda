"""Deal risk in chat: interactions in the store, a question through the pipeline, reasons with quotes and dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.agent import Agent
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from memory.models import Account, Contact, Deal, Direction, Interaction, InteractionKind, Product, Stage, User
from memory.seed import seed_demo
from tests.conftest import FIXTURES

TODAY = date(2017, 11, 28)
THREAD = [  # (when, kind, direction, text)
    ("2017-10-30T10:25", InteractionKind.EMAIL, Direction.INBOUND,
     "Hi Darcel, the team has finished testing and we're happy. I'd like to sign before year-end."),
    ("2017-10-31T09:00", InteractionKind.EMAIL, Direction.OUTBOUND, "Hi Maria, order form and MSA attached."),
    ("2017-11-14T14:10", InteractionKind.CALL, Direction.OUTBOUND,
     "Darcel: Checking how the paperwork's going.\nMaria: Legal had small comments. Still on track for December."),
    ("2017-11-24T16:37", InteractionKind.EMAIL, Direction.INBOUND,
     "Bad news, I'm afraid. Our software budget for 2017 came in lower than planned, and what's left has been "
     "earmarked for a compliance project. Realistically we can't sign before the new budget year. I'd like to "
     "revisit in March once the 2018 allocations are confirmed."),
]  # fmt: skip


def _store_with_cancity_thread(engine: Engine) -> str:
    seed_demo(engine, FIXTURES / "maven_mini")
    with Session(engine) as s:
        owner = s.exec(select(User).where(User.name == "Darcel Schlecht")).one()
        account = s.exec(select(Account).where(Account.name == "Cancity")).one()
        product = s.exec(select(Product).where(Product.name == "MG Advanced")).one()
        deal = Deal(external_id="RISK0001", stage=Stage.ENGAGING, engage_date=date(2017, 10, 2),
                    expected_close=date(2017, 12, 15), owner_id=owner.id or 0, product_id=product.id or 0,
                    account_id=account.id)  # fmt: skip
        contact = Contact(name="Maria Lopez", email="maria.lopez@cancity.example", account_id=account.id)
        s.add_all([deal, contact])
        s.flush()
        for n, (at, kind, direction, text) in enumerate(THREAD):
            when = datetime.fromisoformat(at).replace(tzinfo=UTC)
            s.add(Interaction(kind=kind, direction=direction, occurred_at=when, raw_text=text, account_id=account.id,
                              deal_id=deal.id, contact_id=contact.id, source_ref=f"test-risk-{n}"))  # fmt: skip
        s.commit()
    return "RISK0001"


def ask(engine: Engine, text: str, user: str = "Darcel Schlecht") -> Reply:
    message = IncomingMessage("console", user, text, conversation_id="risk", today=TODAY)
    return Pipeline(engine, Agent(engine)).handle_sync(message)


def test_why_is_cancity_at_risk_gives_reasons_with_quotes_and_dates(engine: Engine) -> None:
    deal_id = _store_with_cancity_thread(engine)
    reply = ask(engine, "why is Cancity at risk?")
    assert reply.kind == "answer"
    assert deal_id in reply.text and "Cancity" in reply.text
    assert "their budget is in doubt" in reply.text.lower()
    assert "the timeline slipped" in reply.text.lower()
    assert '"Our software budget for 2017 came in lower than planned' in reply.text
    assert "2017-11-24" in reply.text  # the date the customer said it
    assert "Next step: agree a new decision date" in reply.text


def test_my_deals_without_interactions_are_not_judged(engine: Engine) -> None:
    seed_demo(engine, FIXTURES / "maven_mini")
    reply = ask(engine, "any risks on my deals?")
    assert reply.kind == "answer"
    assert "no emails, calls or notes on file" in reply.text or "No open deals" in reply.text


def test_a_healthy_thread_is_called_healthy(engine: Engine) -> None:
    _store_with_cancity_thread(engine)
    with Session(engine) as s:
        for row in s.exec(select(Interaction).where(Interaction.source_ref == "test-risk-3")):
            row.raw_text = "Order form is signed and with your finance team. Looking forward to the kick-off!"
            s.add(row)
        s.commit()
    reply = ask(engine, "is the Cancity deal in trouble")
    assert reply.kind == "answer"
    assert "No risk signals" in reply.text and "at risk (" not in reply.text


def test_the_home_screen_lists_at_risk_deals_with_their_reasons(engine: Engine) -> None:
    from bot.home import home_summary

    _store_with_cancity_thread(engine)
    summary = home_summary(engine, platform="console", user_ref="Darcel Schlecht", today=TODAY)
    (fact,) = [f for f in summary.at_risk if f.label.startswith("RISK0001")]
    assert "Cancity" in fact.label and "budget" in fact.value.lower() and "2017-11-24" in fact.value
    quiet = home_summary(engine, platform="console", user_ref="Moses Frase", today=TODAY)
    assert not [f for f in quiet.at_risk if f.label.startswith("RISK0001")]
