"""Deals engaged in one period and closed in another, counted as one cohort: "how many deals engaged in Q1 were won
in Q2?", "anything we engaged in Q2 that we only lost in Q4?", "deals I engaged and won inside October". The first
period is on the engage date, the second on the close date."""

from __future__ import annotations

import re
from datetime import date

from agents.periods import find_periods

_CLOSE_VERB = r"(?:won|lost|closed|closed[- ]won|close[- ]won|win|lose|close|signed)"
# the engaging said before the first period, a close verb between the two: "engaged in Q1 were won in Q2"
_ENGAGED_BEFORE = re.compile(r" (?:engaged|engage|engaging|started|opened) (?:[\w'-]+ ){0,3}?$")
_CLOSED_BETWEEN = re.compile(rf" {_CLOSE_VERB}(?: won)? (?:[\w'-]+ ){{0,2}}?(?:in|during|inside|within|by|over) ")
_SET_BESIDE = re.compile(r" (?:vs|versus|v|against|compared|and how many|and what) ")
# both in one period: "engage AND win inside October", "engaged and closed in Q3"
_BOTH_IN_ONE = re.compile(rf" (?:engage|engaged) (?:and|&|\+) (?:also )?{_CLOSE_VERB} ")


def engaged_then_closed(t: str, today: date) -> tuple[str, str] | None:
    """(engage period, close period) when ``t`` (normalised) counts deals engaged in one and closed in the other."""
    periods = find_periods(t, today)
    if len(periods) == 1 and _BOTH_IN_ONE.search(t):
        phrase = periods[0].phrase or periods[0].label
        return phrase, phrase
    if len(periods) != 2:
        return None
    first, second = periods
    a, b = t.find(f" {first.phrase} "), t.find(f" {second.phrase} ")
    if a < 0 or b < a or not first.phrase or not second.phrase:
        return None
    between = t[a + len(first.phrase) + 1 : b + 1]
    if not _ENGAGED_BEFORE.search(t[: a + 1]) or not _CLOSED_BETWEEN.search(between) or _SET_BESIDE.search(between):
        return None  # "deals engaged in Q3 vs deals won in Q4": two counts side by side, not one cohort
    return first.phrase, second.phrase
