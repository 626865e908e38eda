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
    each naming a figure and a period of its own (not "won revenue in October, my team" nor "win rate, Q3 vs Q4")."""
    # a bare "and" ends a list made with commas ("X in Oct, Y in Nov and Z this quarter"); between two figures alone
    # it names the figure again for a second period ("my win rate in Q4 and the win rate in Q3"): a side by side
    breaks = _ITEM_BREAK if "," in clause else _PLUS_BREAK
    items = [i.strip() for i in breaks.split(clause) if i.strip(" .,!-")]
    if len(items) < 2 or any(_ASKS.match(i) for i in items[1:]):
        return None
    periods = []
    for item in items:
        t = lx.normalised(item)
        found = find_periods(t, today)
        if not measures_of(t) or len(found) != 1:
            return None
        periods.append((found[0].start, found[0].end))
    return items if len(set(periods)) == len(periods) else None
