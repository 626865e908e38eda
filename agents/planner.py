"""An interim planner: links account names and a few intents in the text to tool calls.

The agent issue replaces this with the offline chat model; until then it keeps the console
honest by answering through the same tool catalogue the model will use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agents.context import ToolContext
from memory import queries

_DEAL_WORDS = {"deal", "deals", "opp", "opps", "opportunity", "opportunities", "pipeline", "pipe"}
_STAGE_WORDS = {
    "open": "open", "active": "open", "won": "won", "win": "won", "wins": "won", "lost": "lost",
    "closed": "closed", "prospecting": "prospecting", "engaging": "engaging",
}  # fmt: skip
_SELF_WORDS = {"i", "my", "mine", "i've", "ive"}  # not "me": "tell me about X" is not about ownership
_STOP_WORDS = _DEAL_WORDS | set(_STAGE_WORDS) | _SELF_WORDS | {
    "how", "many", "what", "whats", "the", "do", "have", "with", "for", "show", "list", "team", "our",
    "is", "are", "got", "a", "an", "of", "on", "in", "at", "to", "and", "we", "us", "right", "now",
}  # fmt: skip


@dataclass(frozen=True)
class ToolCall:
    name: str
    args: dict[str, Any] = field(default_factory=dict)


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9'&.-]*", text.lower())


def link_account(ctx: ToolContext, words: list[str]) -> str | None:
    """The account named in the text, tolerating typos; only words that are not common vocabulary count."""
    names = queries.account_names(ctx.session)
    candidates = [w for w in words if w not in _STOP_WORDS and len(w) > 3]
    spans = candidates + [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    best: queries.NameMatch | None = None
    for span in spans:
        match = queries.match_name(names, span, cutoff=88)
        if match and (best is None or match.score > best.score):
            best = match
    return best.name if best else None


def plan(ctx: ToolContext, text: str) -> ToolCall | None:
    """A tool call for the text, or None when the request is not one the planner understands."""
    words = words_of(text)
    wordset = set(words)
    stage = next((_STAGE_WORDS[w] for w in words if w in _STAGE_WORDS), None)
    owner = "my team" if {"team", "our"} & wordset else ("me" if _SELF_WORDS & wordset else None)
    account = link_account(ctx, words)
    if account:
        if stage is None and owner is None:
            return ToolCall("account_overview", {"account": account})
        return ToolCall("list_deals", {"account": account, "stage": stage or "all", "owner": owner})
    if _DEAL_WORDS & wordset:
        return ToolCall("list_deals", {"owner": owner or "me", "stage": stage or "open"})
    return None
