"""Adaptive Cards for Teams: every kind the bot sends is valid 1.5, and says what it should."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from adapters.teams.cards import (
    MARKER,
    MAX_TABLE_ROWS,
    approval_card,
    decision_card,
    notice_card,
    reply_card,
    status_line,
)
from adapters.teams.translate import activity_problem
from bot.events import Block, DecisionResult, Fact, ProposalCard, Reply
from tests.adapters.card_schema import assert_valid_card

PENDING = ProposalCard(
    id="p1", status="pending", requested_by="Darcel Schlecht", recipient="Casey <casey@cancity.example>",
    subject="Pricing", body="Hi Casey,\n\nAbout pricing.\n\nDarcel", rationale="They asked about pricing.",
    expires_at=datetime(2026, 1, 3, 9, 0, tzinfo=UTC),
)  # fmt: skip
DECIDED_AT = datetime(2026, 1, 1, 12, 30, tzinfo=UTC)


def _elements(card: dict) -> list[dict]:
    found = []
    stack = list(card.get("body", []))
    while stack:
        element = stack.pop()
        found.append(element)
        stack += element.get("items", []) + element.get("columns", [])
    return found


def test_the_schema_check_can_fail() -> None:
    broken = approval_card(PENDING)
    broken["actions"][0]["verbb"] = "approve"  # a typo the strict schema must catch
    with pytest.raises(AssertionError, match="verbb"):
        assert_valid_card(broken)


def test_approval_card_has_an_editable_draft_and_universal_actions_with_submit_fallback() -> None:
    card = approval_card(PENDING)
    assert_valid_card(card)
    (draft,) = [e for e in _elements(card) if e["type"] == "Input.Text"]
    assert draft["isMultiline"] is True and draft["value"] == PENDING.body and draft["id"] == "body"
    assert [(a["type"], a["verb"]) for a in card["actions"]] == [("Action.Execute", "approve"),
                                                                  ("Action.Execute", "reject")]  # fmt: skip
    for action in card["actions"]:
        assert action["data"] == {"dealbot": MARKER, "proposal_id": "p1"}
        assert action["fallback"]["type"] == "Action.Submit"
        assert action["fallback"]["data"] == {"dealbot": MARKER, "proposal_id": "p1", "verb": action["verb"]}


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("approved", "Approved by Darcel Schlecht on 2026-01-01 12:30 UTC; waiting to be sent"),
        ("sending", "Approved by Darcel Schlecht on 2026-01-01 12:30 UTC; sending"),
        ("sent", "Approved by Darcel Schlecht on 2026-01-01 12:30 UTC; sent"),
        ("rejected", "Rejected by Darcel Schlecht on 2026-01-01 12:30 UTC; nothing was sent"),
        ("failed", "Approved by Darcel Schlecht on 2026-01-01 12:30 UTC, but sending failed: boom"),
    ],
)
def test_decided_cards_name_who_decided_and_have_no_buttons(status: str, expected: str) -> None:
    reason = "boom" if status == "failed" else None
    decided = replace(
        PENDING, status=status, decided_by="Darcel Schlecht", decided_at=DECIDED_AT, blocked_reason=reason
    )
    card = approval_card(decided)
    assert_valid_card(card)
    assert status_line(decided) == expected
    assert card["body"][0]["text"] == expected
    assert "actions" not in card and not [e for e in _elements(card) if e["type"].startswith("Input.")]


def test_expired_and_blocked_cards_are_final_too() -> None:
    for status, reason in (("expired", None), ("blocked", "Casey has opted out of email")):
        card = approval_card(replace(PENDING, status=status, blocked_reason=reason))
        assert_valid_card(card)
        assert "actions" not in card
    assert "opted out" in status_line(replace(PENDING, status="blocked", blocked_reason="Casey has opted out"))


def test_a_refused_press_keeps_the_buttons_and_says_why() -> None:
    card = decision_card(DecisionResult("not_allowed", "Sorry, only Darcel Schlecht can decide.", PENDING))
    assert_valid_card(card)
    assert card["body"][0]["text"] == "Sorry, only Darcel Schlecht can decide." and len(card["actions"]) == 2
    gone = decision_card(DecisionResult("not_found", "I can't find that draft any more."))
    assert_valid_card(gone)
    assert gone == notice_card("I can't find that draft any more.")


def test_answers_with_structure_become_fact_sets_and_column_set_tables() -> None:
    rows = tuple((f"Product {i}", str(i)) for i in range(MAX_TABLE_ROWS + 5))
    reply = Reply(
        text="Won revenue by product.",
        blocks=(Block("Figures", facts=(Fact("Deals", "32"), Fact("Won", "11"))),
                Block("By product", columns=("Product", "Deals"), rows=rows)),
        basis="won revenue = close value of won deals",
    )  # fmt: skip
    card = reply_card(reply)
    assert card is not None
    assert_valid_card(card)
    (facts,) = [e for e in card["body"] if e["type"] == "FactSet"]
    assert facts["facts"] == [{"title": "Deals", "value": "32"}, {"title": "Won", "value": "11"}]
    table = [e for e in card["body"] if e["type"] == "ColumnSet"]
    assert len(table) == 1 + MAX_TABLE_ROWS  # header + capped rows
    assert [c["items"][0]["text"] for c in table[0]["columns"]] == ["Product", "Deals"]
    assert card["body"][-2]["text"] == "... and 5 more rows" and "Basis:" in card["body"][-1]["text"]


def test_plain_answers_and_drafts_stay_text() -> None:
    assert reply_card(Reply(text="You have 1 open deal.")) is None
    draft = Reply(text="I drafted an email.", kind="proposal", blocks=(Block("Draft", facts=(Fact("To", "x"),)),),
                  cards=(PENDING,))  # fmt: skip
    assert reply_card(draft) is None  # the approval card shows the draft


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "not a JSON object"),
        ({"channelId": "msteams"}, "no type"),
        ({"type": "message", "channelId": "msteams"}, "no serviceUrl"),
        ({"type": "message", "channelId": "msteams", "serviceUrl": "file:///etc/passwd"}, "not an http(s) URL"),
        (
            {
                "type": "message",
                "channelId": "msteams",
                "serviceUrl": "http://x/",
                "from": {"id": "u"},
                "recipient": {"id": "b"},
            },
            "no conversation.id",
        ),  # fmt: skip
    ],
)
def test_activity_problems_are_named(body: object, reason: str) -> None:
    assert reason in (activity_problem(body) or "")
