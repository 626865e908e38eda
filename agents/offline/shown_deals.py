"""The deals an answer showed, in the order it showed them, so that a later message can point at one by its place
("draft a follow-up to the first one", "#2"). Kept apart from the drafting and the chaining that both use it."""

from __future__ import annotations

from typing import Any

from agents.offline.question import Question


def shown(opener: Question, first: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The deals ``opener``'s answer showed, in its order: for deals needing attention, the flagged ones first (as
    :func:`agents.offline.everyday_answers.attention` lists them), then the stalest."""
    deals = list((first[0] if first else {}).get("deals") or [])
    if opener.style == "attention" and len(first) > 1:
        deals = [*(first[1].get("at_risk") or [])[:5], *deals]
    return deals


def listed_deal(opener: Question, first: list[dict[str, Any]], place: int | None) -> dict[str, Any] | None:
    """The deal at ``place`` in what ``opener`` showed (the first when no place was named), or None."""
    deals, place = shown(opener, first), place or 1
    index = place - 1 if place > 0 else place  # -1: the last
    return deals[index] if -len(deals) <= index < len(deals) else None
