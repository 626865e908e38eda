"""Slack conversations end to end over real HTTP: signed events in, Web API calls out (to a fake on loopback)."""

from __future__ import annotations

import asyncio

from sqlalchemy import Engine

from tests.fakes.slack_api import BOT_ID, BOT_USER_ID
from tests.fakes.slack_payloads import command, direct_message, event, home_opened, mention
from tests.scenarios.slack_harness import DARCEL, GLADYS, STRANGER, blocks_text, slack_world


async def test_a_mention_is_acknowledged_first_then_answered_in_its_thread(engine: Engine) -> None:
    async with slack_world(engine) as world:
        held = world.fake.hold("users.info")  # the work after the ack cannot finish until released
        response = await world.post(
            mention("tell me about Cancity", user=DARCEL, channel="C0SALES", ts="1515449522.000016")
        )
        assert response.status == 200  # acknowledged while the answer is still being worked on
        (placeholder,) = await world.fake.wait_for("chat.postMessage")
        assert placeholder["channel"] == "C0SALES" and placeholder["thread_ts"] == "1515449522.000016"
        assert "Looking into it" in placeholder["text"] and world.fake.to("chat.update") == []
        held.set()
        (update,) = await world.fake.wait_for("chat.update")
        assert update["channel"] == "C0SALES" and update["ts"] == world.fake.answers("chat.postMessage")[0]["ts"]
        text = blocks_text(update["blocks"])
        assert "Cancity" in update["text"] and "Won / Lost" in text and "Basis:" in text  # summary, fields, basis
        await world.drain()
        assert len(world.fake.to("chat.postMessage")) == 1  # one answer: no card for a question


async def test_a_direct_message_is_answered_in_the_dm(engine: Engine) -> None:
    async with slack_world(engine) as world:
        await world.post(direct_message("tell me about Cancity", user=DARCEL, channel="D0DARCEL"))
        (update,) = await world.fake.wait_for("chat.update")
        (placeholder,) = world.fake.to("chat.postMessage")
        assert placeholder["channel"] == "D0DARCEL" and placeholder.get("thread_ts") is None  # not threaded in a DM
        assert "Cancity" in update["text"]


async def test_a_retried_event_gets_exactly_one_answer(engine: Engine) -> None:
    async with slack_world(engine) as world:
        body = mention("tell me about Cancity", user=DARCEL, event_id="Ev0RETRY001")
        first = await world.post(body)
        retries = [
            await world.post(body, **{"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"})
            for n in (1, 2)
        ]
        assert first.status == 200 and [r.status for r in retries] == [200, 200]
        await world.fake.wait_for("chat.update")
        await world.drain()
        assert len(world.fake.to("chat.postMessage")) == 1 and len(world.fake.to("chat.update")) == 1


async def test_concurrent_duplicate_deliveries_get_one_answer(engine: Engine) -> None:
    async with slack_world(engine) as world:
        body = direct_message("how many open deals do I have?", user=DARCEL, event_id="Ev0DUP0001")
        statuses = [r.status for r in await asyncio.gather(*(world.post(body) for _ in range(5)))]
        assert statuses == [200] * 5
        await world.drain()
        assert len(world.fake.to("chat.update")) == 1


async def test_the_bots_own_messages_are_ignored(engine: Engine) -> None:
    async with slack_world(engine) as world:
        own = [
            direct_message("Looking into it…", user=BOT_USER_ID),
            event("message_im", user="", text="an answer", bot_id=BOT_ID),
            event("message_im", user=DARCEL, text="edited", subtype="message_changed"),
        ]
        assert [(await world.post(body)).status for body in own] == [200, 200, 200]
        await world.drain()
        assert world.fake.to("chat.postMessage") == []


async def test_an_unlinked_person_is_told_how_to_get_linked_and_sees_no_data(engine: Engine) -> None:
    async with slack_world(engine) as world:
        await world.post(mention("how many open deals do I have?", user=STRANGER))
        (update,) = await world.fake.wait_for("chat.update")
        assert "I don't know you yet" in update["text"] and "--slack U0STRANGER" in update["text"]
        assert "Won / Lost" not in blocks_text(update["blocks"]) and "$" not in update["text"]
        assert [c["user"] for c in world.fake.to("users.info")] == [STRANGER]  # the email was looked up first


async def test_an_unlinked_person_is_known_by_their_slack_email(engine: Engine) -> None:
    async with slack_world(engine) as world:
        await world.post(direct_message("how many open deals do I have?", user=GLADYS))
        (update,) = await world.fake.wait_for("chat.update")
        assert update["text"].startswith("You:") and "I don't know you" not in update["text"]


async def test_the_deal_command_answers_in_a_direct_message(engine: Engine) -> None:
    async with slack_world(engine) as world:
        response = await world.post(command("Cancity", user=DARCEL, channel="C0SALES"))
        assert response.status == 200
        assert "direct messages" in await response.text()  # the ack, shown to the asker only
        (update,) = await world.fake.wait_for("chat.update")
        assert world.fake.to("conversations.open")[0]["users"] == DARCEL
        assert world.fake.to("chat.postMessage")[0]["channel"] == f"D{DARCEL}" and update["channel"] == f"D{DARCEL}"
        assert "Cancity" in update["text"]


async def test_the_deal_command_without_text_explains_itself(engine: Engine) -> None:
    async with slack_world(engine) as world:
        response = await world.post(command("", user=DARCEL))
        assert response.status == 200 and "/deal Cancity" in await response.text()
        await world.drain()
        assert world.fake.to("chat.postMessage") == []


async def test_a_rate_limited_post_is_retried_after_retry_after(engine: Engine) -> None:
    async with slack_world(engine) as world:
        world.fake.fail("chat.postMessage", status=429, error="ratelimited", retry_after=0)
        await world.post(mention("tell me about Cancity", user=DARCEL))
        await world.fake.wait_for("chat.update")
        attempts = [c.status for c in world.fake.calls if c.method == "chat.postMessage"]
        assert attempts == [429, 200]


async def test_when_the_update_fails_the_answer_is_posted_instead(engine: Engine) -> None:
    async with slack_world(engine) as world:
        world.fake.fail("chat.update", error="message_not_found")
        await world.post(mention("tell me about Cancity", user=DARCEL))
        placeholder, answer = await world.fake.wait_for("chat.postMessage", 2)
        assert "Looking into it" in placeholder["text"] and "Cancity" in answer["text"]
        assert answer["thread_ts"] == placeholder["thread_ts"]
        await world.post(mention("how many open deals do I have?", user=DARCEL))  # and the app carries on
        await world.fake.wait_for("chat.update")


async def test_the_home_tab_shows_open_deals_by_stage(engine: Engine) -> None:
    async with slack_world(engine) as world:
        await world.post(home_opened(DARCEL))
        (published,) = await world.fake.wait_for("views.publish")
        assert published["user_id"] == DARCEL and published["view"]["type"] == "home"
        text = blocks_text(published["view"]["blocks"])
        assert "Hi Darcel Schlecht" in text and "Prospecting" in text and "Nothing waits for you" in text


async def test_the_home_tab_of_an_unlinked_person_shows_no_data(engine: Engine) -> None:
    async with slack_world(engine) as world:
        await world.post(home_opened(STRANGER))
        (published,) = await world.fake.wait_for("views.publish")
        text = blocks_text(published["view"]["blocks"])
        assert "I don't know you yet" in text and "Prospecting" not in text
