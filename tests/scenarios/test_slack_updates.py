"""Notes logged in Slack and their proposed deal updates, end to end through the real app, a fake Slack Web
API and the real store: "log: ..." is answered with what was understood and a Confirm / Edit / Dismiss card;
the buttons decide once, through policies, and update the card in place."""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import Engine
from sqlmodel import Session, select

from memory.db import session_scope
from memory.models import Deal, Interaction, Stage
from tests.fakes.slack_payloads import PAYLOADS, click, direct_message, home_opened, mention
from tests.scenarios.slack_harness import ANNA, DARCEL, SlackWorld, blocks_text, slack_world
from tests.store.test_deal_updates import add_open_deal

NOTE = "log: just met Cancity, they want 20 seats at 45k, decision by end of month"


async def logged(world: SlackWorld, text: str = NOTE) -> tuple[str, dict[str, Any], str]:
    """Log a note in a channel thread; the update id, the card as posted, and the card's ts."""
    with session_scope(world.engine) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")
    await world.post(mention(text, user=DARCEL, channel="C0SALES", ts="1515449522.000016"))
    _, card = await world.fake.wait_for("chat.postMessage", 2)
    actions = next(b for b in card["blocks"] if b["type"] == "actions")
    return actions["elements"][0]["value"], card, world.fake.answers("chat.postMessage")[1]["ts"]


def deal(world: SlackWorld) -> Deal:
    with Session(world.engine) as session:
        return session.exec(select(Deal).where(Deal.external_id == "DARCEL01")).one()


async def updates_of(world: SlackWorld, ts: str, count: int = 1) -> list[dict[str, Any]]:
    await world.fake.wait_for("chat.update", count + 1)  # the first update replaces the answer's placeholder
    await world.drain()
    return [u for u in world.fake.to("chat.update") if u["ts"] == ts]


def submitted(view: dict[str, Any], values: dict[str, dict[str, Any]], *, user: str, trigger: str) -> tuple[str, str]:
    """The Edit modal submitted with ``values`` (block id -> Slack's state entry)."""
    body = json.loads((PAYLOADS / "view_submission.json").read_text())
    body["user"]["id"], body["trigger_id"] = user, trigger
    body["view"].update(callback_id=view["callback_id"], private_metadata=view["private_metadata"],
                        blocks=copy.deepcopy(view["blocks"]))  # fmt: skip
    body["view"]["state"] = {"values": {block: {"value": entry} for block, entry in values.items()}}
    return urlencode({"payload": json.dumps(body)}), "application/x-www-form-urlencoded"


async def test_a_logged_note_is_answered_with_what_was_understood_and_a_card(engine: Engine) -> None:
    async with slack_world(engine) as world:
        update_id, card, _ = await logged(world)
        answer = world.fake.to("chat.update")[0]
        assert "Logged your note on Cancity (deal DARCEL01)" in answer["text"] and "amount 45,000" in answer["text"]
        assert card["thread_ts"] == "1515449522.000016"
        text = blocks_text(card["blocks"])
        assert "Cancity — " in text and "amount 4,821 → 45,000?" in text and "close date → " in text
        buttons = next(b for b in card["blocks"] if b["type"] == "actions")["elements"]
        assert [(b["action_id"], b["value"]) for b in buttons] == [
            ("dealbot_update_confirm", update_id), ("dealbot_update_edit", update_id),
            ("dealbot_update_dismiss", update_id)]  # fmt: skip
        with Session(engine) as session:
            row = session.get(Interaction, int(update_id))
            assert row is not None and row.kind == "note" and row.extracted["source"] == "chat:slack:C0SALES"
        assert deal(world).close_value is None  # nothing changes before someone confirms


async def test_confirm_decides_once_and_a_stranger_is_refused(engine: Engine) -> None:
    async with slack_world(engine) as world:
        update_id, _, ts = await logged(world)
        await world.post(click("dealbot_update_confirm", update_id, user=ANNA, channel="C0SALES", message_ts=ts))
        (refusal,) = await world.fake.wait_for("chat.postEphemeral")
        assert refusal["user"] == ANNA and "only Darcel Schlecht" in refusal["text"]
        body = click("dealbot_update_confirm", update_id, user=DARCEL, channel="C0SALES", message_ts=ts)
        assert [r.status for r in await asyncio.gather(*(world.post(body) for _ in range(3)))] == [200] * 3
        (update,) = await updates_of(world, ts)
        decided = blocks_text(update["blocks"])
        assert "*Confirmed* by Darcel Schlecht" in decided and "amount 4,821 → 45,000" in decided
        assert not [b for b in update["blocks"] if b["type"] == "actions"]
        assert deal(world).close_value == 45000
        await world.post(click("dealbot_update_confirm", update_id, user=DARCEL, channel="C0SALES", message_ts=ts))
        await world.fake.wait_for("chat.postEphemeral", 2)
        await world.drain()
        assert "already confirmed by Darcel Schlecht" in world.fake.to("chat.postEphemeral")[1]["text"]


async def test_edit_checks_values_in_the_modal_then_confirms_them(engine: Engine) -> None:
    async with slack_world(engine) as world:
        update_id, _, ts = await logged(world)
        await world.post(click("dealbot_update_edit", update_id, user=DARCEL, channel="C0SALES", message_ts=ts))
        (opened,) = await world.fake.wait_for("views.open")
        view = opened["view"]
        inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
        assert inputs["update_amount"]["initial_value"] == "45000"
        assert inputs["update_stage"]["initial_option"]["value"] == "Engaging"
        bad = {"update_amount": {"type": "plain_text_input", "value": "forty grand"}}
        response = await world.post(submitted(view, bad, user=DARCEL, trigger="trig.bad1"))
        answer = await response.json()
        assert answer["response_action"] == "errors" and "is not a number" in answer["errors"]["update_amount"]
        good = {"update_stage": {"type": "static_select", "selected_option": {"value": "Won"}},
                "update_close": {"type": "datepicker", "selected_date": "2017-12-29"},
                "update_amount": {"type": "plain_text_input", "value": "44,500"}}  # fmt: skip
        response = await world.post(submitted(view, good, user=DARCEL, trigger="trig.good1"))
        assert response.status == 200 and await response.text() == ""
        (update,) = await updates_of(world, ts)
        assert "*Confirmed* by Darcel Schlecht" in blocks_text(update["blocks"])
        won = deal(world)
        assert (won.stage, won.close_value, won.close_date) == (Stage.WON, 44500, won.expected_close)
        assert str(won.expected_close) == "2017-12-29"


async def test_dismiss_leaves_the_deal_alone_and_a_voice_message_needs_a_transcript(engine: Engine) -> None:
    async with slack_world(engine) as world:
        update_id, _, ts = await logged(world)
        await world.post(click("dealbot_update_dismiss", update_id, user=DARCEL, channel="C0SALES", message_ts=ts))
        (update,) = await updates_of(world, ts)
        assert "*Dismissed* by Darcel Schlecht" in blocks_text(update["blocks"]) and deal(world).close_value is None
        files = [{"id": "F1", "name": "audio_message.webm", "mimetype": "audio/webm", "filetype": "webm"}]
        await world.post(direct_message("log:", user=DARCEL, channel="D0DARCEL", subtype="file_share", files=files))
        await world.fake.wait_for("chat.update", 3)
        await world.drain()
        assert "can't listen to audio" in world.fake.to("chat.update")[-1]["text"]


async def test_updates_waiting_on_the_home_tab_can_be_confirmed_there(engine: Engine) -> None:
    async with slack_world(engine) as world:
        update_id, _, _ = await logged(world)
        await world.post(home_opened(ANNA))  # not her deal: nothing of it on her tab
        (elsewhere,) = await world.fake.wait_for("views.publish")
        assert "Deal updates to confirm" not in blocks_text(elsewhere["view"]["blocks"])
        await world.post(home_opened(DARCEL))
        _, home = await world.fake.wait_for("views.publish", 2)
        text = blocks_text(home["view"]["blocks"])
        assert "Deal updates to confirm" in text and "amount 4,821 → 45,000?" in text
        buttons = [e for b in home["view"]["blocks"] if b["type"] == "actions" for e in b["elements"]]
        assert ("dealbot_update_confirm", update_id) in [(b["action_id"], b["value"]) for b in buttons]
        await world.post(click("dealbot_update_confirm", update_id, user=DARCEL, home=True))
        _, _, redrawn = await world.fake.wait_for("views.publish", 3)
        await world.drain()
        assert "Deal updates to confirm" not in blocks_text(redrawn["view"]["blocks"])  # decided: no longer waiting
        assert deal(world).close_value == 45000
