"""A close date said as a time ago: "how many deals did we win over 90 days ago", "losses from more than 6 months ago",
"deals I closed less than 30 days ago". The span becomes a close-date period ("closed before 2 October 2017"), as
open_age does for the engage date of open deals; the span itself is no period, so it is cut from the text.
"Won in the last 90 days" is a period of its own (agents.periods), and "engaged over 90 days ago" is open_age's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from agents.offline.cycle_bounds import ABOVE, BELOW, INCLUSIVE_BELOW, NUMBER, UNIT, span_days

_CLOSING = r"(?:won|win|wins|lost|lose|losses|closed|close|closes|signed|booked|landed)"
_AGO = re.compile(
    rf"\b{_CLOSING}\b(?:\s+[\w'$-]+){{0,6}}?\s+(?P<span>(?P<op>{ABOVE}|{BELOW})\s+{NUMBER}\s*{UNIT}\s+ago)\b", re.I
)
_ENGAGED = re.compile(r"\b(?:engaged|engaging|started|opened|entered|began|came in)\b", re.I)


def close_age_bound(text: str, today: date) -> tuple[str | None, str]:
    """The close-date period of deals closed more (or less) than a span ago, and ``text`` without the span; (None,
    text) when no closing is dated that way."""
    found = _AGO.search(text)
    if found is None or _ENGAGED.search(text[found.start() : found.start("span")]):
        return None, text
    days = span_days(found)
    op = found.group("op").lower()
    if re.fullmatch(ABOVE, op):  # longer ago than the span: closed before today minus it
        phrase = f"before {(today - timedelta(days=days - (1 if op == 'at least' else 0))).isoformat()}"
    else:  # more recently: closed since then
        phrase = f"since {(today - timedelta(days=days - (0 if op in INCLUSIVE_BELOW else 1))).isoformat()}"
    return phrase, text[: found.start("span")] + " " + text[found.end("span") :]
