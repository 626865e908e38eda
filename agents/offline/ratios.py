"""Figures worked out from one group's counts and sums that no tool returns directly: how many wins per loss
("the won:lost ratio"), what an open deal is worth on average at list price, and what a team's total comes
to per rep."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question
from agents.offline.wording import LABELS, figure, money, where

# "won:lost ratio", "win/loss ratio", "for every deal I lose, how many do I win": wins per loss, not the win rate
WON_LOST = re.compile(
    r" (?:won|win|wins)(?: to |-to-|[ /-])(?:lost|loss|losses) ratio "
    r"| ratio of (?:wins|won deals) to (?:losses|lost deals) | wins per loss "
    r"| for every (?:deal |one )?(?:i|we|you|they|he|she) (?:lose|lost) "  # not "show me every deal I lost"
)
# "the avg list price per open deal", "what's a typical open deal worth": the open pipeline over its deal count
AVERAGE_OPEN = re.compile(
    r" (?:average|avg|typical|mean) (?:\w+ ){0,2}?(?:per )?(?:open|pipeline|pipe) (?:deal|opp|opportunity) "
    r"| (?:list price|value|worth) per open (?:deal|opp|opportunity) "
)


# "what does that work out to per rep?", "average per head across the team": the total shared out over the reps
PER_HEAD = re.compile(
    r" (?:work|works|working|comes?|breaks?) (?:out )?(?:to|at) (?:\w+ ){0,2}?(?:per|a|each) (?:rep|head|person"
    r"|seller) | (?:average|avg|mean) (?:\w+ ){0,2}?(?:per|a|for each|by) (?:rep|head|person|seller|salesperson) "
    # "per rep on average", "per rep did my team average"
    r"| per (?:rep|head|person|seller) (?:[\w']+ ){0,3}?(?:on average|average|averaged|avg) "
    r"| divided (?:by|over|between|among) (?:the )?(?:\w+ )?reps "
    # "how many did Central win in Q4, and what's that per rep?"
    r"| (?:what's|whats|what|what is|how much is|how many is) (?:that|it|this) (?:per|a|for each)"
    r" (?:rep|head|person|seller) "
)


# the deals themselves counted per rep: "average won deals per rep", "how many wins per head did we average"
DEALS_PER_HEAD = re.compile(
    r" (?:deals|wins|opps|opportunities|losses) (?:[\w-]+ )?(?:per|a|for each) (?:rep|head|person|seller"
    r"|salesperson) | how many (?:[\w-]+ ){0,2}?(?:per|a|for each) (?:rep|head|person|seller|salesperson) "
)


def per_head(question: Question, results: list[dict[str, Any]]) -> str:
    """The whole's figure and what it comes to per rep, counting every rep in scope (one without a deal too)."""
    measure = question.measures[0]
    reps, whole = results[0]["groups"], results[1]["groups"][0]
    label = LABELS.get(measure, measure)
    if not reps:
        return f"No reps in scope. (Scope: {where(results[1])}.)"
    share = {**whole, measure: whole[measure] / len(reps)}
    if measure == "deals":  # a count shared out is no whole number: "45.6 per rep"
        share = {**share, measure: round(share[measure], 1)}
    counted = " with deals there" if question.having else ""  # "only count the reps who actually have deals"
    return (f"In total: {figure(measure, whole)} {label}, which works out to {figure(measure, share)} per rep over "
            f"{len(reps)} reps{counted}. (Scope: {where(results[1])}.)")  # fmt: skip


def _won_lost(question: Question, g: dict[str, Any]) -> str:
    if not g.get("lost"):
        return f"no lost deals to set the {g.get('won', 0):,} wins against"
    return f"won:lost ratio {g['won'] / g['lost']:.2f} ({g['won']:,} won to {g['lost']:,} lost)"


def _average_open(question: Question, g: dict[str, Any]) -> str:
    if not g.get("open"):
        return "no open deals to average"
    return (f"average open deal {money(g['pipeline_value'] / g['open'])} at list price "
            f"({money(g['pipeline_value'])} over {g['open']:,} open deals)")  # fmt: skip


def _loss_rate(question: Question, g: dict[str, Any]) -> str:
    if not g.get("closed"):
        return "loss rate - (no deals closed either way)"
    return f"loss rate {g['lost'] / g['closed'] * 100:.1f}% ({g['lost']:,} lost of {g['closed']:,} closed)"


DERIVED = {"won_lost_ratio": _won_lost, "avg_open_value": _average_open, "loss_rate": _loss_rate}


_WON_ONLY_MEASURES = frozenset({"won_revenue", "avg_won_size", "median_won_size", "win_rate"})


def rate_beside_won_only(measures: tuple[str, ...]) -> bool:
    """A win rate asked beside figures that count won deals alone ("won rev and win rate"): the "won" of "won
    revenue" is no filter on the rate, which needs the losses too."""
    return "win_rate" in measures and set(measures) <= _WON_ONLY_MEASURES
