"""A bound on how long each open deal has been open (days since its engage date, up to today), read from the
question: "deals sitting in engaging for more than 90 days", "open for over 3 months", "stuck in the pipe at least
60 days". It becomes an engage-date period ("engaged before 2 October 2017"), so the deals are counted, not their
average age taken. The span ("90 days") is no period of its own, so it is cut from the text the period is read from.
A won deal's engage-to-close span is the cycle (cycle_bounds), read before this."""

from __future__ import annotations

import re
from datetime import date, timedelta

from agents.offline.cycle_bounds import ABOVE, BELOW, INCLUSIVE_BELOW, NUMBER, UNIT, span_days

# "older than 210 days" is an age, as is "more than 90 days ago" said of the engage date
_OLDER, _YOUNGER = r"older than", r"newer than|younger than|more recently than"
_SPAN = re.compile(
    rf"(?:\b(?:for\s+)?(?P<op>{ABOVE}|{BELOW}|{_OLDER}|{_YOUNGER})\s+|(?P<sign>[<>]=?)\s*){NUMBER}\s*{UNIT}"
    r"(?:\s+(?:now|already|old|ago))?\b",
    re.I,
)
_SIGNS = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}  # "sitting >180 days"
# the span must be the deal's time open: "sitting", "stuck", "been in engaging", "open for", "aging"
_OPEN_FOR = re.compile(
    r"\b(?:sitting|sat|stuck|stalled|parked|languishing|aging|ageing|been (?:in|open|there|around|engaging)"
    r"|open for|in (?:engaging|prospecting|the pipe(?:line)?) for|(?:days|weeks|months) old)\b"
    # the engage date a span ago: "open deals i engaged more than 90 days ago", "started engaging over a year ago"
    r"|\b(?:engaged|engaging|entered|opened|started|began|came in)\b.{0,40}?\bago\b"
    # an age said of open deals: "engaging deals older than 210 days", "open opps newer than a month"
    r"|\b(?:open|engaging|prospecting|pipe|pipeline|not closed|in flight)\b.{0,40}?\b(?:older|newer|younger) than\b",
    re.I,
)


def age_bound(text: str, today: date) -> tuple[str | None, str]:
    """The engage-date period of the open deals older (or younger) than the bound, and ``text`` without the span;
    (None, text) if the question sets no such bound."""
    found = _SPAN.search(text)
    if found is None or not _OPEN_FOR.search(text):
        return None, text
    days = span_days(found)
    op = (found.group("op") or _SIGNS[found.group("sign")]).lower()
    op = "more than" if re.fullmatch(_OLDER, op) else "less than" if re.fullmatch(_YOUNGER, op) else op
    if re.fullmatch(ABOVE, op):  # older than the bound: engaged before today minus it (at least: on that day too)
        edge = today - timedelta(days=days - (1 if op == "at least" else 0))
        phrase = f"before {edge.isoformat()}"
    else:  # younger: engaged since then ("within"/"at most" takes the day itself)
        phrase = f"since {(today - timedelta(days=days - (0 if op in INCLUSIVE_BELOW else 1))).isoformat()}"
    return phrase, text[: found.start()] + " " + text[found.end() :]
