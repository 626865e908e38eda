"""Approval cards in Slack end to end: a draft request brings a card; Approve / Edit / Reject decide once,
through policies, and update the card in place; the approved email leaves exactly once (real SMTP)."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import Engine

from memory.models import ProposalStatus
from tests.fakes.slack_payloads import click, edit_submitted, home_opened, mention
from tests.scenarios.slack_harness import ANNA, DARCEL, MELVIN, STRANGER, SlackWorld, blocks_text, slack_world

DRAFT = "draft a follow-up to Cancity about pricing"


async def draft_card(world: SlackWorld) -> tuple[str, dict[str, Any], str]:
    """Ask for a draft in a channel; the proposal id, the card message as posted, and the card's ts."""
    await world.post(mention(DRAFT, user=DARCEL, channel="C0SALES", ts="1515449522.000016"))
    placeholder, card = await world.fake.wait_for("chat.postMessage", 2)
    actions = next(b for b in card["blocks"] if b["type"] == "actions")
    proposal_id = actions["elements"][0]["value"]
    return proposal_id, card, world.fake.answers("chat.postMessage")[1]["ts"]


async def card_updates(world: SlackWorld, ts: str, count: int = 1) -> list[dict[str, Any]]:
    await world.fake.wait_for("chat.update", count + 1)  # the first update is the answer replacing its placeholder
    await world.drain()
    return [u for u in world.fake.to("chat.update") if u["ts"] == ts]


async def test_a_draft_request_brings_an_approval_card_in_the_thread(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, card, _ = await draft_card(world)
        assert card["channel"] == "C0SALES" and card["thread_ts"] == "1515449522.000016"
        text = blocks_text(card["blocks"])
        for shown in ("Darcel Schlecht", "casey.fakeley@cancity.example", "pricing", "Hi Casey", "Why:"):
            assert shown in text, shown
        buttons = next(b for b in card["blocks"] if b["type"] == "actions")["elements"]
        assert [(b["action_id"], b["value"]) for b in buttons] == [
            ("dealbot_approve", proposal_id),
            ("dealbot_edit", proposal_id),
            ("dealbot_reject", proposal_id),
        ]
        (answer,) = world.fake.to("chat.update")
        assert "for your approval" in answer["text"] and "Hi Casey" not in answer["text"]  # the card has the draft
        assert world.proposal(proposal_id).status == ProposalStatus.PENDING and world.mailbox.messages == []


async def test_approve_sends_one_email_and_updates_the_card_in_place(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, ts = await draft_card(world)
        response = await world.post(
            click("dealbot_approve", proposal_id, user=DARCEL, channel="C0SALES", message_ts=ts)
        )
        assert response.status == 200
        (update,) = await card_updates(world, ts)
        assert update["channel"] == "C0SALES"
        assert not [b for b in update["blocks"] if b["type"] == "actions"]  # no live buttons
        decided = blocks_text(update["blocks"])
        assert "*Approved* by Darcel Schlecht <!date^" in decided and "sent" in decided
        (message,) = world.mailbox.messages
        assert "casey.fakeley@cancity.example" in message["To"] and "Hi Casey" in message.get_content()
        assert world.proposal(proposal_id).status == ProposalStatus.SENT


async def test_a_repeated_click_delivery_decides_once(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, ts = await draft_card(world)
        body = click("dealbot_approve", proposal_id, user=DARCEL, channel="C0SALES", message_ts=ts)
        statuses = [r.status for r in await asyncio.gather(*(world.post(body) for _ in range(3)))]
        assert statuses == [200, 200, 200]
        updates = await card_updates(world, ts)
        assert len(updates) == 1 and len(world.mailbox.messages) == 1
        await world.post(click("dealbot_approve", proposal_id, user=DARCEL, channel="C0SALES", message_ts=ts))
        await world.fake.wait_for("chat.postEphemeral")  # a second press: told, not decided again
        await world.drain()
        assert "already sent" in world.fake.to("chat.postEphemeral")[0]["text"] and len(world.mailbox.messages) == 1


async def test_edit_opens_a_modal_and_submitting_it_approves_the_edited_draft(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, ts = await draft_card(world)
        await world.post(click("dealbot_edit", proposal_id, user=DARCEL, channel="C0SALES", message_ts=ts))
        (opened,) = await world.fake.wait_for("views.open")
        view = opened["view"]
        box = next(b for b in view["blocks"] if b["type"] == "input")["element"]
        assert view["type"] == "modal" and box["initial_value"].startswith("Hi Casey")
        assert world.proposal(proposal_id).status == ProposalStatus.PENDING  # opening the editor decides nothing
        edited = "Hi Casey,\n\nHere is the pricing breakdown we talked about.\n\nDarcel"
        response = await world.post(edit_submitted(view, edited, user=DARCEL))
        assert response.status == 200 and await response.text() == ""  # the modal closes
        (update,) = await card_updates(world, ts)
        assert "Here is the pricing breakdown" in blocks_text(update["blocks"])
        assert "*Approved* by Darcel Schlecht" in blocks_text(update["blocks"])
        (message,) = world.mailbox.messages
        assert "Here is the pricing breakdown" in message.get_content()
        assert world.proposal(proposal_id).edited_body == edited


async def test_an_empty_edit_is_sent_back_to_the_modal(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, ts = await draft_card(world)
        await world.post(click("dealbot_edit", proposal_id, user=DARCEL, channel="C0SALES", message_ts=ts))
        (opened,) = await world.fake.wait_for("views.open")
        response = await world.post(edit_submitted(opened["view"], "   ", user=DARCEL))
        assert (await response.json())["response_action"] == "errors"
        await world.drain()
        assert world.proposal(proposal_id).status == ProposalStatus.PENDING and world.mailbox.messages == []


async def test_reject_records_the_decision_and_sends_nothing(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, ts = await draft_card(world)
        await world.post(click("dealbot_reject", proposal_id, user=MELVIN, channel="C0SALES", message_ts=ts))
        (update,) = await card_updates(world, ts)  # her manager may decide
        assert "*Rejected* by Melvin Marxen" in blocks_text(update["blocks"])
        assert not [b for b in update["blocks"] if b["type"] == "actions"]
        assert world.proposal(proposal_id).status == ProposalStatus.REJECTED and world.mailbox.messages == []


async def test_someone_who_may_not_decide_is_told_politely_and_the_card_stays(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, ts = await draft_card(world)
        await world.post(click("dealbot_approve", proposal_id, user=ANNA, channel="C0SALES", message_ts=ts))
        (told,) = await world.fake.wait_for("chat.postEphemeral")
        await world.drain()
        assert told["user"] == ANNA and told["channel"] == "C0SALES"
        assert "Sorry, only Darcel Schlecht or their manager" in told["text"]
        assert [u for u in world.fake.to("chat.update") if u["ts"] == ts] == []  # the card is unchanged
        assert world.proposal(proposal_id).status == ProposalStatus.PENDING and world.mailbox.messages == []
        await world.post(click("dealbot_reject", proposal_id, user=STRANGER, channel="C0SALES", message_ts=ts))
        _, stranger = await world.fake.wait_for("chat.postEphemeral", 2)
        await world.drain()
        assert stranger["user"] == STRANGER and "I don't know you yet" in stranger["text"]
        assert [u for u in world.fake.to("chat.update") if u["ts"] == ts] == []
        assert world.proposal(proposal_id).status == ProposalStatus.PENDING


async def test_pending_drafts_on_the_home_tab_can_be_approved_there(engine: Engine) -> None:
    async with slack_world(engine) as world:
        proposal_id, _, _ = await draft_card(world)
        await world.post(home_opened(MELVIN))  # her manager sees it waiting for him
        (home,) = await world.fake.wait_for("views.publish")
        assert "Your team's open deals by stage" in blocks_text(home["view"]["blocks"])
        assert "Cancity: pricing" in blocks_text(home["view"]["blocks"])
        await world.post(click("dealbot_approve", proposal_id, user=MELVIN, home=True))
        _, redrawn = await world.fake.wait_for("views.publish", 2)
        await world.drain()
        assert "Nothing waits for you" in blocks_text(redrawn["view"]["blocks"]) and len(world.mailbox.messages) == 1
        assert world.proposal(proposal_id).status == ProposalStatus.SENT
