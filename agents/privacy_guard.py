"""What leaves for an outside language model: special-category details redacted, and (with
``PRIVACY_EXTERNAL_LLM_MASKING``, on by default) names, email addresses and phone numbers masked. The
model's answer and tool calls are unmasked on the way back, so tools get real names and people read
real names; only the endpoint never sees them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from langchain.agents.middleware import AgentMiddleware, ModelRequest, ModelResponse
from langchain_core.messages import AIMessage, BaseMessage
from sqlalchemy import Engine
from sqlmodel import Session, select

from memory.models import Contact, User
from policies.privacy import redact
from policies.privacy.masking import Masker


def people_names(engine: Engine) -> Callable[[], list[str]]:
    """The names of everyone in the store (users and contacts), and their first names, read per request."""

    def names() -> list[str]:
        with Session(engine) as session:
            full = [*session.exec(select(User.name)), *session.exec(select(Contact.name))]
        return [*full, *(n.split()[0] for n in full if len(n.split()) > 1 and len(n.split()[0]) > 3)]

    return names


class ProtectPersonalData(AgentMiddleware):
    """Redacts (and masks) every message of a model call, and unmasks what comes back."""

    def __init__(self, names: Callable[[], Iterable[str]], *, mask: bool = True) -> None:
        super().__init__()
        self._names = names
        self._mask = mask

    def wrap_model_call(self, request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]) -> Any:
        masker = Masker(self._names() if self._mask else ())
        return _unmasked(handler(request.override(messages=_outgoing(request.messages, masker))), masker)

    async def awrap_model_call(
        self, request: ModelRequest, handler: Callable[[ModelRequest], Awaitable[ModelResponse]]
    ) -> Any:
        masker = Masker(self._names() if self._mask else ())
        return _unmasked(await handler(request.override(messages=_outgoing(request.messages, masker))), masker)


def _outgoing(messages: list[Any], masker: Masker) -> list[Any]:
    def clean(text: str) -> str:
        return masker.mask(redact(text).text)

    out = []
    for message in messages:
        update: dict[str, Any] = {"content": _map_content(message.content, clean)}
        if isinstance(message, AIMessage) and message.tool_calls:
            update["tool_calls"] = [{**c, "args": _map_strings(c["args"], masker.mask)} for c in message.tool_calls]
        out.append(message.model_copy(update=update))
    return out


def _unmasked(response: Any, masker: Masker) -> Any:
    if isinstance(response, AIMessage):
        return _unmask_message(response, masker)
    if isinstance(response, ModelResponse):
        result: list[BaseMessage] = [
            _unmask_message(m, masker) if isinstance(m, AIMessage) else m for m in response.result
        ]
        return ModelResponse(result=result, structured_response=response.structured_response)
    return response


def _unmask_message(message: AIMessage, masker: Masker) -> AIMessage:
    update: dict[str, Any] = {"content": _map_content(message.content, masker.unmask)}
    if message.tool_calls:
        update["tool_calls"] = [{**c, "args": _map_strings(c["args"], masker.unmask)} for c in message.tool_calls]
    if message.invalid_tool_calls:
        update["invalid_tool_calls"] = [
            {**c, "args": _map_strings(c.get("args"), masker.unmask)} for c in message.invalid_tool_calls
        ]
    return message.model_copy(update=update)


def _map_content(content: Any, fn: Callable[[str], str]) -> Any:
    """Apply ``fn`` to a message's text, whether a string or a list of content blocks."""
    if isinstance(content, str):
        return fn(content)
    if isinstance(content, list):
        return [
            {**b, "text": fn(b["text"])} if isinstance(b, dict) and isinstance(b.get("text"), str)
            else fn(b) if isinstance(b, str) else b
            for b in content
        ]  # fmt: skip
    return content


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    return value
