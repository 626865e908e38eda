"""Figures listed one after another, each with its own period and no question word: "won revenue in October, won
revenue for November to date, and our win rate on everything closed since 1 October". Read as one they kept only the
first period; each is a question of its own, and the later ones keep whose deals the first said."""

from __future__ import annotations

import re
from datetime import date

from agents.offline import lexicon as lx
from agents.offline.measures import measures_of
from agents.periods import find_periods

# a comma (with "and", "plus" or "+" after it) between two listed figures
_COMMA_BREAK = re.compile(r",\s*(?:(?:and|plus|\+)\s+)?(?=\S)", re.IGNORECASE)
_ITEM_BREAK = re.compile(rf"{_COMMA_BREAK.pattern}|\s+(?:and|plus|\+|&)\s+", re.IGNORECASE)
_PLUS_BREAK = re.compile(r"\s+(?:plus|\+|&)\s+", re.IGNORECASE)  # "my win rate in Q2 plus my win rate in Q3"
# an item that opens on a question word asks on its own and is split elsewhere; one that opens on a comparison sets
# its period against the first ("win rate in Q3, compared to Q2's win rate"): one side by side
_ASKS = re.compile(
    r"^(?:how|what|whats|what's|which|who|whose|where|when|did|do|does|is|are|was|were|compared|comparing|vs|versus"
    r"|against|relative|than|up|down|from|same|as)\b",
    re.I,
)


def figures_in_a_row(clause: str, today: date) -> list[str] | None:
    """The figures of ``clause`` listed with a period each, as clauses of their own; None unless two or more are,
    each naming a figure and a period of its own (not "won revenue in October, my team" nor "win rate, Q3 vs Q4").
    Deals held today ("open deals count", "what am I carrying into jan") need no period: theirs is now."""
    # a bare "and" ends a list made with commas ("X in Oct, Y in Nov and Z this quarter"); between two figures alone
    # it names the figure again for a second period ("my win rate in Q4 and the win rate in Q3"): a side by side,
    # unless one of the two is what is held today ("my win rate in Q3 and my open deals")
    for breaks in (_ITEM_BREAK,) if "," in clause else (_PLUS_BREAK, _AND_BREAK):
        items = [i.strip() for i in breaks.split(clause) if i.strip(" .,!-")]
        if len(items) < 2 or any(_ASKS.match(i) for i in items[1:]):
            continue
        periods = [_period_of(item, today) for item in items]
        if None in periods or (breaks is _AND_BREAK and "now" not in periods):
            continue
        items, periods = _held_together(items, periods)
        if len(items) >= 2 and len(set(periods)) == len(periods):
            return items
    return None


_AND_BREAK = re.compile(r"\s+and\s+", re.IGNORECASE)
# a stock of deals held today, which needs no period: "open deals count", "my pipeline", "what am I carrying into jan"
_HELD_NOW = re.compile(r" (?:open|pipeline|pipe|engaging|prospecting|carrying) ")
_INTO = re.compile(r" (?:going|heading|carrying|carried|rolling) (?:in)?to ")


def _period_of(item: str, today: date) -> tuple[date, date] | str | None:
    """The days ``item`` asks its figure of: "now" for deals held today; None when it names no figure, or no one
    period."""
    t = lx.normalised(item)
    found = find_periods(t, today)
    if _HELD_NOW.search(t) and (not found or _INTO.search(t)):
        return "now"  # "into jan" is where the deals go, not when they were
    if not measures_of(t) or len(found) != 1:
        return None
    return found[0].start, found[0].end


def _held_together(
    items: list[str], periods: list[tuple[date, date] | str | None]
) -> tuple[list[str], list[tuple[date, date] | str | None]]:
    """Items next to each other that both ask what is held today are one ask: "what am I carrying into jan, open
    deals count?"."""
    kept: list[str] = []
    kept_periods: list[tuple[date, date] | str | None] = []
    for item, period in zip(items, periods, strict=True):
        if kept and period == "now" and kept_periods[-1] == "now":
            kept[-1] = f"{kept[-1]}, {item}"
            continue
        kept.append(item)
        kept_periods.append(period)
    return kept, kept_periods


_ADDED = re.compile(r"^\s*(?:\+|&|plus\b|and also\b|also\b)", re.IGNORECASE)


def added_figure(tail: str) -> bool:
    """Whether a short last clause adds a figure of its own ("+ my q4 won rev", "plus the win rate") rather than
    finishing the question before it ("all reps")."""
    return _ADDED.match(tail) is not None and bool(measures_of(lx.normalised(tail)))
