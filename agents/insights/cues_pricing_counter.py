"""Pricing said as what they can pay set against our figure, with no verdict word: the share of our quote they can
do ("they can do 60% of the quote, full stop"), a ceiling above which nothing is signed ("anything north of ~2.9k
and it doesn't get signed"), our premium over a rival refused ("not at a 40% premium"), our figure refused in a bare
"not at" ("Nice kit. Not at 53k."), their own figure named as the price of talking on ("if they come back at around
35 we can talk"), and two labelled figures side by side ("Your number: 26,768 / Our number: 18,000")."""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue
from agents.insights.cues_pricing import AMOUNT

# a share paid now, the rest later, is a payment schedule, not a cut: "we can pay 30% of the quote up front"
_SCHEDULE = (
    r"(?![^.;]{0,40}\b(?:up ?front|in advance|on (?:signing|signature|delivery|order)|deposit|the rest|the balance"
    r"|remainder|in instal?ments|this quarter and|now and)\b)"
)
# a figure of theirs, whole (not "2" of "20"): with a currency or a "k", or a bare number past any hour ("35"); not a
# count, a share or a time ("at 3", "at 10", "20 users")
_THEIR_FIGURE = (
    r"(?:[$\u20ac\u00a3]\d[\d,.]*|\d[\d,.]*\s?k\b|(?:2[5-9]|[3-9]\d|\d{3,})(?:,\d{3})*)(?<![.,])(?![\d,.]?\d)"
    r"(?! ?(?:%|per ?cent|users|seats|sites|licen|people"
    r"|days|weeks|months|units|o'clock|am\b|pm\b|th\b|st\b|nd\b|rd\b))"
)
_PER = r"(?:\s?(?:a|per|/)\s?(?:year|month|seat|user|head|licen[cs]e))?"  # "12k a year"
_SHARE_UNDER_85 = r"(?:[1-7]\d|8[0-4]|[1-9])\s?(?:%|per ?cent)"

COUNTER_FIGURES: tuple[Cue, ...] = (
    # only part of our figure is there: "they can do 60% of the quote, full stop", "we could stretch to 70 percent of
    # your price"
    cue(
        r"\b(?:can|could|will|would|are able to|'re able to)(?: only| just)? (?:do|pay|afford|manage|stretch to|go to"
        r"|find|spend|approve|sign off on|justify)(?: (?:about|around|roughly|at most|maybe|perhaps|up to))? "
        + _SHARE_UNDER_85
        + r" of (?:the|your|that|this|our) (?:[\w-]+ )?(?:quote|price|pricing|number|figure|total|list|ask"
        r"|asking price|amount|offer)\b" + _SCHEDULE,
        0.8,
    ),
    # a ceiling on the price named as the point past which it is not signed (not who signs above it: "anything over
    # 10k doesn't get signed without the CFO" routes the approval, it does not refuse the figure)
    cue(
        r"\banything (?:north of|above|over|more than|beyond|upwards of|higher than) ~?" + AMOUNT + r"[^.;]{0,30}?"
        r"\b(?:doesn't|does not|won't|will not|isn't going to|is not going to|can't|cannot) (?:get |be )?(?:signed"
        r"|approved|fly|happen|go through|get through|pass)\b(?! (?:by|without|until|unless|before)\b)",
        0.8,
        negatable=False,
    ),
    # our premium over what they could pay elsewhere, refused: "we'd rather stay with you but not at a 40% premium"
    cue(
        r"\b(?:not|never|no way)(?: [\w']+){0,2}? at (?:a|an|that|this|the) (?:~?\d+\s?(?:%|per ?cent)|[\w-]+ per ?cent"
        r"|[\w-]+(?:-| )percent) premium\b|\b(?:can't|cannot|won't|couldn't|can not) (?:justify|pay|swallow|stomach"
        r"|accept) (?:a|an|that|this|the) (?:~?\d+\s?(?:%|per ?cent)|[\w-]+ per ?cent) premium\b",
        0.8,
        negatable=False,
    ),
    # our figure refused in two words, leading its sentence or after a "but": "Not at 53k.", "Good kit, but not at
    # £53,000." (a count reached is no price: "we're not at 50k users yet")
    cue(
        r"(?:^|[:\u2014]\s*|\bbut |\b(?:just|simply|certainly|definitely|absolutely) )not at "
        + AMOUNT
        + _PER
        + r"(?=\s*(?:[.!;\u2014]|$))",
        0.8,
        negatable=False,
    ),
    # their figure as the condition to go on: "if they come back at around 35 we can talk", "get it to 18k and we'll
    # sign" (a date or a number of seats is no figure: "come back on the 5th", "get it to 20 users")
    cue(
        r"\b(?:(?:come|comes|coming) (?:back |down )?(?:at|to|in at|nearer|closer to|with)"
        r"|(?:get|bring) (?:it |that |this |the price )?(?:down )?to)"
        r"(?: (?:around|about|roughly|something like|nearer|closer to|under))? " + _THEIR_FIGURE + r"[^.;?]{0,25}?"
        r"\b(?:we|I)(?: can|'ll| will| could| might)(?: \w+)? (?:talk|sign|do (?:it|business|a deal)|have a deal"
        r"|go ahead|proceed)\b",
        0.8,
        negatable=False,
    ),
)

_FIGURE = r"[$\u20ac\u00a3]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?k\b|\d{3,}(?:\.\d+)?)"
# our figure and theirs, each on a line of its own under a label: "Your number: 26,768", "Our number: 18,000"
_OURS = re.compile(
    r"^\W*(?:your|you)(?: (?:number|price|quote|figure|ask|total|offer))?\s*[:=]\s*" + _FIGURE, re.I | re.M
)
_THEIRS = re.compile(
    r"^\W*(?:our|my|we|us|me)(?: (?:number|figure|budget|max|maximum|ceiling|limit|target|offer|price))?\s*[:=]\s*"
    + _FIGURE,
    re.I | re.M,
)
_FAR_BELOW = 0.85  # their figure at least 15% under ours: a substantial discount asked for


def _value(figure: str) -> float:
    figure = figure.replace(",", "").strip()
    return float(figure[:-1].strip()) * 1000 if figure.lower().endswith("k") else float(figure)


def counter_figure(text: str) -> str | None:
    """The line with their figure, when a message sets it well below ours under two labels ("Your number: 26,768",
    "Our number: 18,000"); None when it matches ours or comes close."""
    ours, theirs = _OURS.search(text), _THEIRS.search(text)
    if ours is None or theirs is None:
        return None
    if _value(theirs.group(1)) >= _FAR_BELOW * _value(ours.group(1)):
        return None
    return " ".join(theirs.group(0).split())
