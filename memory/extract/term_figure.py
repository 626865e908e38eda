"""A deal priced both per year and over a multi-year term ("$20,358 per year, ... so $61,074 over the term"),
and the note saying which of the two to log ("log the per-year figure, not the 3-yr total", "book the full
contract value"). Without such a choice the usual ranking decides.
"""

from __future__ import annotations

import re

from memory.extract.monthly_annual import annual_of_monthly
from memory.extract.numbers import find_money

_LOG_VERB = r"\b(?:log|book|record|enter|put in|put down|use|forecast|go with)\b"
_ANNUAL_WORDS = r"(?:per[- ]year|per[- ]annum|annual(?:i[sz]ed)?|yearly|year[- ]one|first[- ]year|one[- ]year|acv|arr)"
_TERM_WORDS = r"(?:full|whole|total|entire|multi[- ]year|(?:\d|two|three|four|five)[- ](?:yr|year)|contract|term|tcv)"
_CHOICE = {
    "annual": re.compile(_LOG_VERB + r"[^.;!?\n]{0,12}?\b" + _ANNUAL_WORDS + r"\b", re.IGNORECASE),
    "term": re.compile(
        _LOG_VERB + r"[^.;!?\n]{0,12}?\b" + _TERM_WORDS + r"\s+(?:contract\s+|term\s+)?(?:value|total|figure|amount)\b",
        re.IGNORECASE,
    ),
}
# what a figure is said to be, straight after it: "$20,358 per year", "61,074 over the term"
_MARKS = {
    "annual": re.compile(
        r"\s*(?:/\s*(?:yr|year)\b|(?:usd\s+|dollars\s+)?(?:per|a|each|every)\s+(?:year|annum)\b|annually\b|"
        r"p\.?a\.?(?!\w)|yearly\b)",
        re.IGNORECASE,
    ),
    "term": re.compile(
        r"\s*(?:(?:in\s+)?total\b|over\s+(?:the\s+)?(?:term|contract|(?:\d|two|three|four|five)[- ]?(?:years?|yrs?)|"
        r"(?:the\s+)?(?:full|whole|entire)\s+(?:term|contract))|for\s+the\s+(?:full\s+|whole\s+)?term\b)",
        re.IGNORECASE,
    ),
}
# a choice said against the other one: "the per-year figure, not the 3-yr total"
_NOT_BEFORE = re.compile(r"\b(?:not|rather than|instead of|never)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def term_figure_to_log(text: str) -> float | None:
    """The figure marked as the period the note says to log (the last one so marked), or None."""
    period = _chosen_period(text)
    if period is None:
        return None
    marked = [m for m in find_money(text) if _MARKS[period].match(text, m.end)]
    if not marked and period == "annual":
        return annual_of_monthly(text)  # "$45 per seat per month, 20 seats ... log the annual value"
    return marked[-1].value if marked else None


def _chosen_period(text: str) -> str | None:
    for period, pattern in _CHOICE.items():
        for m in pattern.finditer(text):
            if not _NOT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
                return period
    return None
