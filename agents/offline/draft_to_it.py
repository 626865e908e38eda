"""A draft to the customer of the deal just shown: "what's my biggest open deal" then "draft a check-in to them", or
of one deal of a list just shown by its place: "which deals need attention" then "draft a follow-up to the first
one" ("#2", "the third deal", "the last one"). The account is not known until that deal is looked up again, so the
draft waits on it as a later part waits on a leader (:mod:`agents.offline.chained`). A deal with no account on file
has nobody to write to: no draft is made (a proposal needs an addressee), the rep is told so and asked which account
they mean."""

from __future__ import annotations

import re
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.actions import asks_for_message
from agents.offline.chained import LEADER, leader_keys, waiting
from agents.offline.question import Question
from agents.offline.shown_deals import listed_deal, shown

# the message pointed at what was just shown: "to them", "write them", "that customer", "draft it"
_POINTER = re.compile(
    r" (?:them|him|her|it|they|their|that|this)(?: one| account| acct| customer| client| company| deal| opp"
    r"| opportunity| contact| buyer)?(?= )"
)


# a deal of the list just shown, by its place: "the first one", "the 2nd deal", "#3", "number two", "the last opp";
# not "no one"
_PLACES = {"first": 1, "1st": 1, "top": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3,
           "three": 3, "fourth": 4, "4th": 4, "four": 4, "fifth": 5, "5th": 5, "five": 5, "last": -1,
           "bottom": -1}  # fmt: skip
_PLACE = re.compile(
    r" (?:the (?P<place>first|1st|top|second|2nd|third|3rd|fourth|4th|fifth|5th|last|bottom)"
    r" (?:one|deal|opp|opportunity|account|acct|customer|client|company|on the list|in the list|listed)"
    r"|#(?P<digit>[1-9][0-9]?)|number (?P<number>one|two|three|four|five|[1-9][0-9]?)|no (?P<no>[1-9][0-9]?))(?= )"
)
_LISTS = ("list", "attention")  # answers that show deals in an order a place can point into


def pointed_draft(current: Question, previous: Question | None) -> Question | None:
    """A draft to the account of the one deal ``previous`` listed (or of the deal at the place named in a list it
    showed), found before it is written; None otherwise."""
    if previous is not None and previous.style == "multi":  # after a draft to one of a list: that list still
        previous = previous.parts[0] if _draft_waiting(previous) else previous.parts[-1]
    if previous is None or previous.style not in _LISTS:
        return None
    if current.style not in ("out_of_scope", "draft", "draft_action", "action") or current.scope.get("account"):
        return None
    if current.scope.get("headquarters") or not asks_for_message(current.text):
        return None
    t = lx.normalised(current.text)
    if (place := _place(t)) is not None:  # "write to the second one about next steps" too, a draft all the same
        draft = Question("draft", scope={"account": LEADER, "product": LEADER}, text=current.text, nth=place)
        return Question("multi", parts=(previous, draft), text=current.text)
    if current.style == "action" or previous.style != "list" or "account" not in leader_keys(previous):
        return None
    if _POINTER.search(t) is None:
        return None
    if isinstance(named := previous.scope.get("account"), str):
        return Question("draft", scope={"account": named}, text=current.text)  # the account was named: no lookup
    draft = Question("draft", scope={"account": LEADER, "product": LEADER}, text=current.text)
    return Question("multi", parts=(previous, draft), text=current.text)


def _draft_waiting(question: Question) -> bool:
    return any(p.style == "draft" and waiting(p) for p in question.parts)


def by_place(question: Question) -> bool:
    """Whether ``question`` drafts to a deal of a list shown before, picked by its place: the list itself was
    answered already, so only the draft is."""
    return any(p.style == "draft" and waiting(p) and p.nth is not None for p in question.parts)


def _place(t: str) -> int | None:
    """The place in the list shown that ``t`` points at (1 the first, -1 the last), or None."""
    found = _PLACE.search(t)
    if found is None:
        return None
    word = found["place"] or found["number"] or found["digit"] or found["no"]
    return int(word) if word.isdigit() else _PLACES[word]


def nobody_to_write(question: Question, first: list[dict[str, Any]]) -> str | None:
    """Why no draft was made, when the deal the draft waited on has no account (or no deal was found)."""
    if not _draft_waiting(question):
        return None
    draft = next(p for p in question.parts if p.style == "draft" and waiting(p))
    d, listed = listed_deal(question.parts[0], first, draft.nth), shown(question.parts[0], first)
    if d is None and draft.nth not in (None, 1) and listed:
        return (f"That list showed {len(listed)} deal(s), so there is no deal at that place "
                "and I haven't drafted anything. Which one should it go to?")  # fmt: skip
    if d is None:
        return ("No deal matched, so there is nobody to write to and I haven't drafted anything. Which account "
                "should it go to?")  # fmt: skip
    deal, owner = d.get("id") or d.get("deal"), d.get("owner") or "you"
    return (f"{deal} ({d['product']}, {d['stage']}, owned by {owner}) has no account on file, so there is "
            "nobody to write to and I haven't drafted anything. Which account should it go to? Name it (for "
            'example "draft a check-in to Cancity") and I\'ll draft it for your approval.')  # fmt: skip
