"""A decision the rep asks the email to press for ("push for a decision by friday", "nudge them towards sign-off
before month end") is said in the draft, not dropped for a generic follow-up; asks of another kind add nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.tools.draft_points import points
from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for


@pytest.mark.parametrize(("request_text", "said"), [
    ("can u email Betasoloin and push for a decision by friday", "Could we aim for a decision by Friday?"),
    ("nudge them towards sign-off before month end", "Could we aim for a sign-off before month end?"),
    ("write to Konex asking for their final answer on the quote", "Could we aim for a final answer on the quote?"),
    ("email Hatfan, press for a go-ahead this week - thx", "Could we aim for a go-ahead this week?"),
])  # fmt: skip
def test_a_decision_pressed_for_is_said(request_text: str, said: str) -> None:
    assert points(request_text) == [said]


@pytest.mark.parametrize("request_text", ["push the deal forward", "ask for a discount", "they pushed for a decision"
                                          " last week, follow up", "aim for the stars"])  # fmt: skip
def test_other_asks_add_no_decision_sentence(request_text: str) -> None:
    assert not any("aim for" in p for p in points(request_text))


def test_the_draft_carries_the_decision_asked(seeded_engine: Engine) -> None:
    text = "can u email Betasoloin and push for a decision by friday"
    message = IncomingMessage("console", "Darcel Schlecht", text, conversation_id="decision", today=date(2017, 12, 27))
    reply = Pipeline(seeded_engine, agent_for(seeded_engine)).handle_sync(message)
    assert reply.kind == "proposal" and "Could we aim for a decision by Friday?" in reply.text, reply.text


@pytest.mark.parametrize("request_text", ["follow up with them", "send them pricing", "check in on the deal"])
def test_a_draft_tells_the_customer_nothing_of_our_stage(request_text: str) -> None:
    from agents.drafting import compose

    draft = compose(request=request_text, account="Konex", contact_name="Reese Example", rep_name="A Rep",
                    product="GTX Pro")  # fmt: skip
    assert "stage" not in draft.body and "Hi Reese," in draft.body, draft.body
