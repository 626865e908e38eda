"""An OpenAI-compatible ``POST /v1/chat/completions`` server on loopback: scripted replies, recorded requests.

Each test scripts what the "model" answers, request by request (text, tool calls, HTTP errors, a
body that is not JSON), and afterwards reads every request body the real ``openai`` client sent.
The server runs in a thread with its own event loop, so a synchronous caller (the agent's
``invoke``) never blocks the loop that has to answer it::

    with FakeOpenAI() as fake:
        fake.script(calls(("deal_stats", {"owner": "me"})), text("You have 3 open deals."))
        ...  # point OPENAI_BASE_URL at fake.base_url
        assert fake.requests[0]["tools"]
"""

from __future__ import annotations

import itertools
import json
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.loopback import LoopbackServer

FAST_RETRY = {"retry-after-ms": "1"}  # errors ask the client to retry at once, so tests stay fast


@dataclass(frozen=True)
class Step:
    """One scripted response. ``tool_calls`` holds (name, raw JSON arguments) pairs."""

    status: int = 200
    content: str | None = None
    tool_calls: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    raw_body: str | None = None  # sent verbatim instead of a completion


def text(content: str) -> Step:
    """A final answer with no tool calls."""
    return Step(content=content)


def calls(*tool_calls: tuple[str, dict[str, Any] | str]) -> Step:
    """Tool calls; arguments given as a string are sent as they are (to script malformed JSON)."""
    return Step(tool_calls=tuple((name, a if isinstance(a, str) else json.dumps(a)) for name, a in tool_calls))


def error(status: int, *, headers: Mapping[str, str] | None = None, message: str | None = None) -> Step:
    """An OpenAI-style error body with this HTTP status."""
    body = {"error": {"message": message or f"fake error {status}", "type": "fake_error", "code": None}}
    return Step(status=status, headers=FAST_RETRY if headers is None else headers, raw_body=json.dumps(body))


def garbage(body: str = "<html>502 Bad Gateway</html>") -> Step:
    """A 200 response whose body is not a chat completion."""
    return Step(raw_body=body)


NOTHING_SCRIPTED = error(500, headers={"x-should-retry": "false"}, message="the fake has nothing scripted")


class FakeOpenAI(LoopbackServer):
    """The fake server. ``script`` queues responses; ``always`` answers every request after them."""

    name = "fake-openai"

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Step] = deque()
        self._always: Step | None = None
        self._ids = itertools.count(1)
        self.base_url = ""

    def script(self, *steps: Step) -> None:
        self._script.extend(steps)

    def always(self, step: Step) -> None:
        self._always = step

    def __enter__(self) -> FakeOpenAI:
        super().__enter__()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        return self

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._chat_completions)

    def _next_step(self) -> Step:
        if self._script:
            return self._script.popleft()
        return self._always or NOTHING_SCRIPTED

    async def _chat_completions(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        step = self._next_step()
        if step.raw_body is not None:
            return web.Response(text=step.raw_body, status=step.status, headers=step.headers,
                                content_type="application/json")  # fmt: skip
        tool_calls = [
            {"id": f"call_{next(self._ids)}", "type": "function", "function": {"name": name, "arguments": args}}
            for name, args in step.tool_calls
        ]
        head = {"id": f"chatcmpl-{len(self.requests)}", "created": int(time.time()), "model": body.get("model")}
        finish = "tool_calls" if tool_calls else "stop"
        if body.get("stream"):
            return await _stream(request, head, step.content, tool_calls, finish)
        message: dict[str, Any] = {"role": "assistant", "content": step.content}
        if tool_calls:
            message["tool_calls"] = tool_calls
        usage = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
        choice = {"index": 0, "message": message, "finish_reason": finish}
        return web.json_response({**head, "object": "chat.completion", "choices": [choice], "usage": usage})


async def _stream(
    request: web.Request, head: dict[str, Any], content: str | None, tool_calls: list[dict[str, Any]], finish: str
) -> web.StreamResponse:
    """Server-sent events as OpenAI sends them: content in pieces, then each tool call's name and
    its arguments in fragments (later deltas carry only the index), then the finish reason."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await response.prepare(request)

    async def send(delta: dict[str, Any], finish_reason: str | None = None) -> None:
        chunk = {**head, "object": "chat.completion.chunk",
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}  # fmt: skip
        await response.write(f"data: {json.dumps(chunk)}\n\n".encode())

    await send({"role": "assistant", "content": ""})
    for j in range(0, len(content or ""), 8):
        await send({"content": (content or "")[j : j + 8]})
    for i, call in enumerate(tool_calls):
        opening = {**call, "function": {"name": call["function"]["name"], "arguments": ""}}
        await send({"tool_calls": [{"index": i, **opening}]})
        arguments = call["function"]["arguments"]
        for j in range(0, len(arguments), 5):
            await send({"tool_calls": [{"index": i, "function": {"arguments": arguments[j : j + 5]}}]})
    await send({}, finish_reason=finish)
    await response.write(b"data: [DONE]\n\n")
    await response.write_eof()
    return response


def tool_results(body: dict[str, Any]) -> dict[str, Any]:
    """The tool messages of a request, by tool name, parsed from JSON where they are JSON."""
    names = {
        call["id"]: call["function"]["name"]
        for m in body["messages"]
        if m["role"] == "assistant"
        for call in m.get("tool_calls") or ()
    }
    results: dict[str, Any] = {}
    for m in body["messages"]:
        if m["role"] == "tool":
            try:
                results[names[m["tool_call_id"]]] = json.loads(m["content"])
            except json.JSONDecodeError:
                results[names[m["tool_call_id"]]] = m["content"]
    return results
