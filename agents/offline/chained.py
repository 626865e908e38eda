"""A later question about the leader an earlier one finds: "which sector has the most accounts, and how much have I
won from that sector this year?", "our #1 customer in H1 - and which product brought in the most with them?". The
leader is not known when the message is read, so the later part waits: the first round of tool calls answers the
parts that stand alone, and the leader found there fills in the parts that point back at it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from agents.offline.calls import tool_calls
from agents.offline.question import Question, ToolCall

LEADER = "\x00leader"  # the first part's leader, until its result is in
_KEYS = {"rep": "owner", "product": "product", "account": "account", "sector": "sector", "office": "office"}
_NOUNS = {
    "owner": r"(?:rep|seller|person|guy|one)",
    "product": r"(?:product|one|line|sku)",
    "account": r"(?:customer|account|client|company|one|logo)",
    "sector": r"(?:sector|industry|vertical|space|one)",
    "office": r"(?:office|region|one)",
}
_PRONOUNS = {
    "owner": r"(?:him|her|them)",
    "product": r"(?:it|that)",
    "account": r"(?:them|it|that)",
    "sector": r"(?:it|that|there)",
    "office": r"(?:it|that|there)",
}

_POSSESSIVES = {"owner": r"(?:his|her|their)", "product": r"its", "account": r"(?:their|its)", "sector": r"its",
                "office": r"its"}  # fmt: skip


def leader_key(first: Question) -> str | None:
    """The scope key a later part fills with the first part's leader: the first asks for one leader by a group."""
    # every group ranked ("best-selling product in Q4 by won revenue") has its leader first too
    if first.style not in ("ranking", "accounts") or first.top not in (1, None) or first.ends or first.nth:
        return None
    return _KEYS.get(first.group_by or "")


def pointing_back(clause: str, key: str) -> str | None:
    """``clause`` without the words that point back at the leader ("from that sector", "of it", "with them"), or None
    when it points back at nothing."""
    noun, pronoun = _NOUNS[key], _PRONOUNS[key]
    found = re.search(
        rf"\s(?:(?:from|in|with|at|for|of|on|by|to|across|within)\s+)?(?:that|this|the same|said)\s+{noun}\b"
        rf"|\s(?:from|in|with|at|for|of|on|by|to)\s+{pronoun}\b(?!\s+(?:is|was|are|were|'s)\b)"
        rf"|\s{_POSSESSIVES[key]}(?=\s)",  # "and what's his win rate", "and its win rate"
        f" {clause}",
        re.IGNORECASE,
    )
    if found is None:
        return None
    return (f" {clause}"[: found.start()] + f" {clause}"[found.end() :]).strip()


def waits(question: Question) -> bool:
    """Whether a part of ``question`` waits for a leader still to be found."""
    return question.style == "multi" and any(LEADER in p.scope.values() for p in question.parts)


def first_round(question: Question) -> list[ToolCall]:
    """The calls of the parts that stand alone."""
    return [c for p in question.parts if LEADER not in p.scope.values() for c in tool_calls(p)]


def resolved(question: Question, first: list[dict[str, Any]]) -> Question | None:
    """``question`` with the leader found in the ``first`` round's results filled in; None when there is none (the
    first part found no group at all)."""
    results = iter(first)
    leader = None
    for part in question.parts:
        if LEADER in part.scope.values():
            continue
        taken = [next(results, {}) for _ in tool_calls(part)]
        if leader is None and leader_key(part) and taken and (groups := taken[0].get("groups")):
            leader = groups[0].get("group")
    if not leader:
        return None
    return replace(question, parts=tuple(
        replace(p, scope={k: (leader if v == LEADER else v) for k, v in p.scope.items()}) for p in question.parts
    ))  # fmt: skip


def in_part_order(question: Question, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The results of both rounds in the order of the parts they answer (the first round's, then the second's)."""
    waiting = [LEADER in p.scope.values() for p in question.parts]
    counts = [len(tool_calls(p)) for p in question.parts]
    alone = sum(n for n, w in zip(counts, waiting, strict=True) if not w)
    first, second = iter(results[:alone]), iter(results[alone:])
    return [next(second if w else first, {}) for n, w in zip(counts, waiting, strict=True) for _ in range(n)]
