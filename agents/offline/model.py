"""The offline chat model: a LangChain chat model that needs no network and no key.

It reads the latest question (and the one before, for follow-ups), answers with tool calls, and
once the tool results are back composes the reply from them. Same tools, same loop, same
guardrails as any remote model."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import PrivateAttr

from agents.offline import chained, draft_to_it, drafts_waiting
from agents.offline.composer import compose
from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.not_recorded import not_ours
from agents.offline.parser import Question, follow_up, tool_calls
from agents.offline.question import ToolCall
from agents.tools.base import ToolResult

HELP = (
    'I\'m dealbot. Ask me about deals and accounts: "how many open deals do I have?", "my win rate this '
    'quarter", "top 3 accounts by won revenue", "where do we stand with Cancity?", or ask me to '
    '"draft a follow-up to Isdom" (you approve every email before it goes out).'
)
WELCOME = "You're welcome."
OUT_OF_SCOPE = (
    "Sorry, that's outside what I can help with. I answer questions about your deals, accounts and "
    "pipeline, and draft customer emails for your approval."
)
REFUSAL_KIND = "refusal"
TABLES_KEY = "dealbot_tables"  # False: the reply's text stands alone, without the tools' tables
TABLES_FROM_KEY = "dealbot_tables_from"  # n: only the tables of the tool results after the first n


class OfflineChatModel(BaseChatModel):
    """Plans tool calls from the text with entity linking against the store; composes the answer."""

    _gazetteer: Callable[[], Gazetteer] = PrivateAttr()

    def __init__(self, gazetteer: Callable[[], Gazetteer], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._gazetteer = gazetteer

    @property
    def _llm_type(self) -> str:
        return "dealbot-offline"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> OfflineChatModel:
        return self  # it knows the catalogue already; the agent loop validates every call

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:  # fmt: skip
        question = self._question(messages)
        if isinstance(messages[-1], ToolMessage) and chained.waits(question):
            message = _second_round(question, _results_of_this_turn(messages))
        elif isinstance(messages[-1], ToolMessage):
            # a change's per-period tables list every group, even those the answer leaves out as not having moved
            hide = {TABLES_KEY: False} if question.style == "change" else {}
            message = AIMessage(content=compose(question, _results_since_last_call(messages)), additional_kwargs=hide)
        elif calls := (chained.first_round(question) if chained.waits(question) else tool_calls(question)):
            message = _calling(calls)
        else:
            text = HELP if question.style == "help" else _declined(question.reason)
            text = WELCOME if question.style == "help" and question.reason == "thanks" else text
            kind = "answer" if question.style == "help" else REFUSAL_KIND
            message = AIMessage(content=text, additional_kwargs={"dealbot_kind": kind})
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _question(self, messages: list[BaseMessage]) -> Question:
        today = _today(messages)
        humans = [str(m.content) for m in messages if isinstance(m, HumanMessage)]
        gazetteer = self._gazetteer()
        question: Question | None = None
        for text in humans:  # earlier turns of the thread give follow-ups their context
            question = follow_up(read_message(text, gazetteer, today), question)
        assert question is not None
        return question


def _declined(reason: str) -> str:
    """Why a question gets no answer: data the CRM does not hold, an approval typed in chat, or not a sales question."""
    return not_ours(reason) or drafts_waiting.refusal(reason) or OUT_OF_SCOPE


def _calling(calls: list[ToolCall], first: int = 0) -> AIMessage:
    return AIMessage(
        content="",
        tool_calls=[
            {"name": c.name, "args": c.args, "id": f"call_{first + i}", "type": "tool_call"}
            for i, c in enumerate(calls)
        ],
    )


def _second_round(question: Question, results: list[dict[str, Any]]) -> AIMessage:
    """The calls of the parts that waited for the first round's leader, or the answer once all are in."""
    first = chained.first_round(question)
    full = chained.resolved(question, results[: len(first)])
    if full is None and (nobody := draft_to_it.nobody_to_write(question, results[: len(first)])) is not None:
        hide = {TABLES_FROM_KEY: len(first)} if draft_to_it.by_place(question) else {}  # the list, shown already
        return AIMessage(content=nobody, additional_kwargs=hide)  # the deal a draft was for has no account
    if full is None:  # no leader to ask about: the parts that stood alone are the answer
        alone = replace(question, parts=tuple(p for p in question.parts if not chained.waiting(p)))
        return AIMessage(content=compose(alone, results[: len(first)]))
    if len(results) == len(first):
        return _calling(_waited_calls(question, full), first=len(first))
    if draft_to_it.by_place(question):  # "draft a follow-up to the first one": the list was shown the turn before
        drafts = tuple(q for p, q in zip(question.parts, full.parts, strict=True) if chained.waiting(p))
        text = compose(replace(full, parts=drafts), results[len(first) :])
        return AIMessage(content=text, additional_kwargs={TABLES_FROM_KEY: len(first)})
    return AIMessage(content=compose(full, chained.in_part_order(question, results)))


def _waited_calls(question: Question, full: Question) -> list[ToolCall]:
    return [c for p, q in zip(question.parts, full.parts, strict=True) if chained.waiting(p) for c in tool_calls(q)]


def _results_of_this_turn(messages: list[BaseMessage]) -> list[dict[str, Any]]:
    """Every tool result since the rep's last message, over all rounds of calls."""
    last_human = max(i for i, m in enumerate(messages) if isinstance(m, HumanMessage))
    return [_data_of(m) for m in messages[last_human:] if isinstance(m, ToolMessage)]


def _today(messages: list[BaseMessage]) -> date:
    for m in messages:
        if isinstance(m, SystemMessage):
            found = re.search(r"Today is (\d{4}-\d{2}-\d{2})", str(m.content))
            if found:
                return date.fromisoformat(found.group(1))
    return date.today()


def _results_since_last_call(messages: list[BaseMessage]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for m in reversed(messages):
        if not isinstance(m, ToolMessage):
            break
        results.insert(0, _data_of(m))
    return results


def _data_of(message: ToolMessage) -> dict[str, Any]:
    """A tool's result data, or its error when it failed. A call the tool's schema rejected is our parser's fault, not
    the user's: its validation text (for a model to mend its call) is no answer to show them."""
    artifact = message.artifact
    if isinstance(artifact, ToolResult):
        return artifact.data
    return {"error": _UNRUNNABLE}


_UNRUNNABLE = ("I couldn't turn that into a query I can run. Could you rephrase it, or ask for one figure at a time "
               "(for example \"open pipeline by rep for my team\")?")  # fmt: skip
