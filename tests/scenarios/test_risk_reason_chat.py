"""One risk reason asked about by name in chat ("any budget worries at Cancity?", "is their champion likely to
leave?"): the deal_risk check narrowed to that reason, with the customer's words and dates, or a plain no that says
how much was read. Counting questions and statements keep their own readings."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from memory.seed import seed_demo
from tests.conftest import FIXTURES
from tests.scenarios.test_deal_risk_chat import _store_with_cancity_thread, ask


@pytest.mark.parametrize("text", [
    "any budget concerns at Cancity?",
    "r they worried about budget over at cancity",
    "Cancity - budget issues on their side?",
])  # fmt: skip
def test_a_reason_on_file_is_shown_with_its_quote_and_date(engine: Engine, text: str) -> None:
    deal_id = _store_with_cancity_thread(engine)
    reply = ask(engine, text).text
    assert f"Cancity: MG Advanced ({deal_id}, Engaging): their budget is in doubt" in reply, reply
    assert '"Our software budget for 2017 came in lower than planned' in reply and "2017-11-24" in reply, reply
    assert "the timeline slipped" not in reply.lower(), reply  # only the reason asked about


@pytest.mark.parametrize(("text", "label"), [
    ("any stakeholder changes at Cancity?", "the decision maker changed"),
    ("is Cancity's champion likely to leave?", "the decision maker changed"),
    ("are they talking to competitors at Cancity?", "a competitor is in play"),
    ("has Cancity pushed back on price?", "they object to the price"),
    ("did cancity go quiet on us?", "the customer has gone quiet"),
])  # fmt: skip
def test_a_reason_not_on_file_gets_a_plain_no(engine: Engine, text: str, label: str) -> None:
    _store_with_cancity_thread(engine)
    reply = ask(engine, text).text
    assert f"No sign on file that {label}" in reply and "1 open deal(s) with emails" in reply, reply
    assert "1 open deal(s) there are at risk for other reasons (" in reply, reply
    assert "their budget is in doubt" in reply and "the timeline slipped" in reply, reply


def test_without_interactions_it_says_it_cannot_tell(engine: Engine) -> None:
    seed_demo(engine, FIXTURES / "maven_mini")
    reply = ask(engine, "is the champion at Cancity likely to leave?").text
    assert "so I can't tell whether the decision maker changed" in reply or "No open deals" in reply, reply


@pytest.mark.parametrize(("text", "absent"), [
    ("why is Cancity at risk?", "No sign on file"),  # every reason, as before
    ("how many deals did we lose to competitors this year?", "No sign on file"),
])  # fmt: skip
def test_other_questions_keep_their_readings(engine: Engine, text: str, absent: str) -> None:
    _store_with_cancity_thread(engine)
    assert absent not in ask(engine, text).text
