"""A draft to the customer of the deal just shown: "what's my biggest open deal" then "draft a check-in to them". The
account is not known until that deal is looked up again, so the draft waits on it as a later part waits on a leader
(:mod:`agents.offline.chained`). A deal with no account on file has nobody to write to: no draft is made (a proposal
needs an addressee), the rep is told so and asked which account they mean."""

from __future__ import annotations

import re
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.actions import asks_for_message
from agents.offline.chained import LEADER, leader_keys, waiting
from agents.offline.question import Question

# the message pointed at what was just shown: "to them", "write them", "that customer", "draft it"
_POINTER = re.compile(
    r" (?:them|him|her|it|they|their|that|this)(?: one| account| acct| customer| client| company| deal| opp"
    r"| opportunity| contact| buyer)?(?= )"
)


def pointed_draft(current: Question, previous: Question | None) -> Question | None:
    """A draft to the account of the one deal ``previous`` listed, found before it is written; None otherwise."""
    if previous is not None and previous.style == "multi":
        previous = previous.parts[-1]
    if previous is None or previous.style != "list" or "account" not in leader_keys(previous):
        return None
    if current.style not in ("out_of_scope", "draft", "draft_action") or current.scope.get("account"):
        return None
    if current.scope.get("headquarters") or not asks_for_message(current.text):
        return None
    if _POINTER.search(lx.normalised(current.text)) is None:
        return None
    if isinstance(named := previous.scope.get("account"), str):
        return Question("draft", scope={"account": named}, text=current.text)  # the account was named: no lookup
    draft = Question("draft", scope={"account": LEADER}, text=current.text)
    return Question("multi", parts=(previous, draft), text=current.text)


def nobody_to_write(question: Question, first: list[dict[str, Any]]) -> str | None:
    """Why no draft was made, when the deal the draft waited on has no account (or no deal was found)."""
    if not any(p.style == "draft" and waiting(p) for p in question.parts):
        return None
    deals = (first[0] if first else {}).get("deals") or []
    if not deals:
        return ("No deal matched, so there is nobody to write to and I haven't drafted anything. Which account "
                "should it go to?")  # fmt: skip
    d = deals[0]
    return (f"{d['id']} ({d['product']}, {d['stage']}, owned by {d['owner']}) has no account on file, so there is "
            "nobody to write to and I haven't drafted anything. Which account should it go to? Name it (for "
            'example "draft a check-in to Cancity") and I\'ll draft it for your approval.')  # fmt: skip
