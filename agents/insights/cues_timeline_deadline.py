"""A deadline for the deal ruled out, for ``timeline_slip``: "a decision before February is unrealistic", "signing
by the end of March is off the table", "there's no way we sign before Easter".

The deal cannot happen before the date, so that date is the earliest it can: judged against the expected close like
any other date (a deadline ruled out inside the window, "signing before the 10th is unrealistic" on a deal closing at
month end, is no slip). A window the deal aimed at ruled out ("October is off the table") is the window cues' to
judge (signals_timeline.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from agents.insights.cues_timeline import WINDOW_OUT
from agents.insights.dates import DateMention

_DEAL = (
    r"(?:decision|decisions|decid\w*|sign\w*|signature|contract|order(?:ing)?|purchas\w*|commit\w*|go-ahead"
    r"|approv\w*|award\w*|clos(?:e|ing) (?:the|this) deal)"
)
# the deal and its deadline right before the date: "a decision before", "signing anything by", "sign-off ahead of"
_DEADLINE = re.compile(
    rf"\b{_DEAL}\b(?: (?!(?:and|but|so|or|then|is|are|was)\b)[\w'-]+){{0,3}}? (?P<prep>before|by|ahead of|prior to)"
    r"(?: the end of| end of| the)?\s*$",
    re.IGNORECASE,
)
_NO_WAY = re.compile(r"\b(?:no way|no chance|not a chance|zero chance|not a hope|no hope)\b[^.;]{0,50}$", re.I)


def deadline_ruled_out(sentence: str, mentions: Sequence[DateMention]) -> list[date]:
    """The earliest the deal can happen, for each deadline of it the sentence rules out: the date itself after
    "before", the day after it after "by"."""
    out: list[date] = []
    for d in mentions:
        lead = re.match(r"(?:before|by|ahead of|prior to)\b", d.phrase, re.IGNORECASE)  # "before February" is a date
        m = _DEADLINE.search(sentence[: d.start_at] + (lead.group(0) if lead else ""))
        if m is None:
            continue
        if WINDOW_OUT.match(sentence[d.end_at :].lstrip()) or _NO_WAY.search(sentence, 0, m.start()):
            out.append(d.end + timedelta(days=1) if m["prep"].lower() == "by" else d.start)
    return out
