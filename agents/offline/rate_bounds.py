"""A bar on each group's win rate: "which reps on my team are below a 60% win rate", "anyone with a win rate over 70
percent", "reps whose loss rate is above 40%". Read as a condition on the ranking ("win_rate<60"), so the answer is
the groups past the bar (or none), not every group ranked. A loss rate's bar is the win rate's other side."""

from __future__ import annotations

import re

_OP = (
    r"(?P<op>below|under|beneath|less than|lower than|south of|above|over|more than|higher than|north of|at least"
    r"|at most|no more than|no less than|better than|worse than)"
)
_PCT = r"(?P<n>\d{1,3})(?: (?P<frac>\d{1,2})(?=%))? ?(?:%|percent|pct|pc)"
_RATE = r"(?P<rate>win rate|win-rate|winrate|wr|close rate|closing rate|win %|win pct|loss rate|lose rate|loss %)"
_BARS = (
    re.compile(rf" {_OP} (?:a |an |the )?{_PCT} {_RATE} "),  # "below a 60% win rate"
    re.compile(rf" {_RATE} (?:(?:is|was|of|at|that's|thats|that is|sitting|stuck|running) )*{_OP} (?:a |an )?{_PCT} "),
)
_SIGNS = {"at least": ">=", "no less than": ">=", "at most": "<=", "no more than": "<="}
_LOW = ("below", "under", "beneath", "less than", "lower than", "south of", "worse than")


def rate_bound(t: str) -> tuple[str, str] | None:
    """The condition ("win_rate<60") and ``t`` without its words; None when ``t`` sets no bar on a rate."""
    for rx in _BARS:
        if (found := rx.search(t)) is None:
            continue
        op = found.group("op")
        sign = _SIGNS.get(op, "<" if op in _LOW else ">")
        value = float(f"{found.group('n')}.{found.group('frac') or 0}")
        if value > 100:
            return None
        if found.group("rate").startswith(("loss", "lose")):  # a loss rate over 40% is a win rate under 60%
            value, sign = 100 - value, sign.replace("<", "#").replace(">", "<").replace("#", ">")
        return f"win_rate{sign}{value:g}", t.replace(found.group(0), " win rate ", 1)
    return None
