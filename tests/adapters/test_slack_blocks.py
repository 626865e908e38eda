"""Block Kit built by the Slack adapter, checked with slack_sdk.models, at the edges Slack sets (lengths,
counts) and for what people must read (escaping, who decided what and when)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from slack_sdk.models.blocks import Block as SlackBlock
from slack_sdk.models.views import View

from adapters.slack.cards import CardPlace, card_blocks, card_text, edit_modal
from adapters.slack.delivery import delivery_id
from adapters.slack.home import home_view
from adapters.slack.render import placeholder_blocks, reply_blocks
from adapters.slack.text import incoming_text
from adapters.slack.validate import parse_payload
from bot.events import Block, Fact, HomeSummary, ProposalCard, Reply
from tests.fakes.slack_payloads import PAYLOADS
from tests.scenarios.slack_harness import blocks_text

CARD = ProposalCard(
    id="p1",
    status="pending",
    requested_by="Darcel Schlecht",
    recipient="Casey <casey@cancity.example>",
    subject="Cancity: pricing",
    body="Hi Casey,\n\nPricing attached.\n\nDarcel",
    rationale="Darcel asked",
    expires_at=datetime(2026, 1, 2, 12, 0, tzinfo=UTC),
)
DECIDED_AT = datetime(2026, 1, 1, 9, 30, tzinfo=UTC)


def valid(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for block in blocks:
        parsed = SlackBlock.parse(block)
        assert parsed is not None
        parsed.validate_json()
    return blocks


def test_a_reply_has_a_summary_fields_a_table_and_its_basis() -> None:
    facts = tuple(Fact(f"Label {i}", f"{i} & <{i}>") for i in range(12))
    table = Block("Top deals", columns=("Deal", "Value"), rows=tuple((f"D{i}", f"${i},000") for i in range(300)))
    blocks = valid(
        reply_blocks(
            Reply(
                text="You: <b>3</b> open deals",
                blocks=(Block("Figures", facts), table),
                basis="open = Prospecting + Engaging",
            )
        )
    )
    sections = [b for b in blocks if b["type"] == "section"]
    assert sections[0]["text"]["text"] == "You: &lt;b&gt;3&lt;/b&gt; open deals"  # mrkdwn cannot turn it into markup
    assert [len(s.get("fields", [])) for s in sections[1:3]] == [10, 2]  # Slack allows ten fields a section
    assert "```" in sections[3]["text"]["text"] and len(sections[3]["text"]["text"]) <= 3000
    assert blocks[-1]["type"] == "context" and "Basis: open = Prospecting" in blocks[-1]["elements"][0]["text"]
    assert "0 &amp; &lt;0&gt;" in blocks_text(blocks)


def test_a_reply_with_a_draft_leaves_the_draft_to_its_card() -> None:
    reply = Reply(
        text="I drafted an email for your approval.\n\nSubject: x\n\nHi Casey",
        kind="proposal",
        blocks=(Block("Draft for approval", (Fact("To", "Casey"),)),),
        cards=(CARD,),
    )
    assert blocks_text(valid(reply_blocks(reply))) == "I drafted an email for your approval."
    assert valid(placeholder_blocks())


def test_a_pending_card_has_the_draft_and_three_buttons_carrying_only_the_id() -> None:
    blocks = valid(card_blocks(CARD))
    text = blocks_text(blocks)
    assert "Casey &lt;casey@cancity.example&gt;" in text and ">Hi Casey," in text and "*Why:* Darcel asked" in text
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    assert {e["value"] for e in actions["elements"]} == {"p1"}
    assert next(e for e in actions["elements"] if e["action_id"] == "dealbot_reject")["confirm"]


@pytest.mark.parametrize(
    ("status", "line"),
    [
        ("sent", ":white_check_mark: *Approved* by Melvin Marxen <!date^1767259800^"),
        ("rejected", ":x: *Rejected* by"),
        ("approved", "waiting to be sent"),
        ("expired", "*Expired*"),
        ("failed", "sending failed: SMTP said no"),
    ],
)
def test_a_decided_card_says_who_what_when_and_has_no_buttons(status: str, line: str) -> None:
    decided = ProposalCard(
        **{
            **CARD.__dict__,
            "status": status,
            "decided_by": "Melvin Marxen",
            "decided_at": DECIDED_AT,
            "blocked_reason": "SMTP said no" if status == "failed" else None,
        }
    )
    blocks = valid(card_blocks(decided))
    assert not [b for b in blocks if b["type"] == "actions"]
    assert line in blocks[-1]["elements"][0]["text"] and "|2026-01-01 09:30 UTC>" in blocks_text(blocks)
    assert "<!date" not in card_text(decided)  # notifications get plain text


def test_a_long_draft_stays_within_slacks_limits_and_is_never_cut_in_the_editor() -> None:
    long = ProposalCard(**{**CARD.__dict__, "body": "word " * 1200, "subject": "S" * 400})
    blocks = valid(card_blocks(long))
    draft = blocks[2]["text"]["text"]
    assert len(draft) == 3000 and draft.endswith("…") and len(blocks[0]["text"]["text"]) == 150
    modal = View(**edit_modal(long, CardPlace("p1", "C1", "1.2")))
    modal.validate_json()
    assert modal.submit is None and "6,000 characters" in blocks_text(modal.to_dict()["blocks"])


def test_the_edit_modal_holds_the_draft_and_where_its_card_is() -> None:
    view = edit_modal(CARD, CardPlace("p1", "C1", "1700000002.000100"))
    View(**view).validate_json()
    box = next(b for b in view["blocks"] if b["type"] == "input")["element"]
    assert box["initial_value"] == CARD.body and box["multiline"] is True
    assert CardPlace.from_metadata(view["private_metadata"]) == CardPlace("p1", "C1", "1700000002.000100")
    assert CardPlace.from_metadata("not json") is None and CardPlace.from_metadata('{"c": "C1"}') is None


def test_the_home_tab_lists_pending_drafts_within_a_hundred_blocks() -> None:
    summary = HomeSummary(
        user_name="Darcel",
        open_by_stage=(Fact("Engaging", "3 deals"),),
        pending=tuple(ProposalCard(**{**CARD.__dict__, "id": f"p{i}"}) for i in range(40)),
    )
    view = home_view(summary)
    View(**view).validate_json()
    assert len(view["blocks"]) <= 100 and "Engaging" in blocks_text(view["blocks"])
    unlinked = home_view(HomeSummary(user_name=None, message="I don't know you yet. Ask an admin."))
    assert "I don't know you yet" in blocks_text(unlinked["blocks"]) and len(unlinked["blocks"]) == 2


def test_incoming_text_is_what_the_person_meant() -> None:
    text = "<@U0DEALBOT>  draft to <mailto:a@b.c|a@b.c> about <https://x.example/p|pricing> &amp; terms <@U0OTHER>"
    assert (
        incoming_text(text, bot_user_id="U0DEALBOT") == "draft to <mailto:a@b.c|a@b.c> about pricing & terms <@U0OTHER>"
    )


def test_each_delivery_has_an_id_for_de_duplication() -> None:
    event = json.loads((PAYLOADS / "app_mention.json").read_text())
    action = json.loads((PAYLOADS / "block_actions.json").read_text())
    assert delivery_id(event) == "Ev0LAN670R" and delivery_id(action) == f"trigger:{action['trigger_id']}"
    assert delivery_id({"type": "url_verification", "challenge": "x"}) is None


@pytest.mark.parametrize("name", ["app_mention.json", "message_im.json", "app_home_opened.json"])
def test_slacks_payloads_pass_the_shape_check(name: str) -> None:
    assert parse_payload((PAYLOADS / name).read_text(), "application/json")["type"] == "event_callback"
