"""Dates a note says are not the close, and closing words said only to say the timing is unknown.

- "no word on when they decide", "she hasn't said when they'll sign", "no decision date given": the closing
  word there gives no date, so a date near it (a quote's deadline, a kickoff) is not the close.
- "kickoff pencilled for 9 Jan, but that's implementation", "the board meets 14 Nov but that's just the budget
  preview, not the decision": the date is disclaimed straight after it.
- "we can't sign before July": the earliest bound, which any other date said for the close beats.
"""

from __future__ import annotations

import re

# run on the lower-cased text; the closing word follows within the same clause
_UNKNOWN = re.compile(
    r"\b(?:no (?:word|idea|clue|news|indication|sense|date|timeline|timing)(?: yet)?(?: (?:on|of|about|as to))? when"
    r"|(?:hasn't|haven't|has not|have not|didn't|did not|doesn't|don't|won't|not|never) (?:yet )?(?:said|say|given|"
    r"give|told|tell|shared|share|confirmed|confirm|committed|commit|indicated|mentioned|specified)(?: (?:us|me|it))?"
    r"(?: to)?(?: yet)? when"
    r"|(?:not sure|unsure|unclear|(?:don't|doesn't|do not|does not) know|no telling) (?:yet )?when"
    r"|no (?:decision|close|closing|signing|sign-?off|signature) date"
    r"|\bno (?:timeline|timing|time ?frame)(?: (?:yet|given|set|at all))?(?=\s*[:;,—–-])"  # "No timeline: the fair"
    r"|(?:decision|close|closing|signing) date (?:is |still )*(?:unknown|tbd|tbc|unclear|open|not (?:set|given|known)))"
    r"(?:(?!\bbut\b)[^.,;!?\n]){0,40}"  # to the clause's end: "hasn't said when the demo is, but they sign ..."
)


def unknown_timing(low: str, cues: list[int]) -> list[int]:
    """``cues`` (offsets of closing words in the lower-cased ``low``) without those said only to say that the
    close's timing is unknown."""
    if not cues or not any(w in low for w in ("when", "date", "tim")):  # the cheap test first
        return cues
    spans = [m.span() for m in _UNKNOWN.finditer(low)]
    return [c for c in cues if not any(s <= c < e for s, e in spans)]


# what the date is said to be instead, straight after it: "but that's implementation", ", not the decision"
_DISCLAIMER = re.compile(
    r"[^.;!?\n]{0,30}?(?:\bbut\b|,|—|–| - )\s*(?:(?:that|this|it)(?:['’]s|s| is| was)|which is)\s+(?:just |only |"
    r"merely |purely |really )?(?:about |for )?(?:the |a |an |their )?(?:[\w-]+ ){0,3}?(?:implementation|kick-?off|"
    r"go-?live|roll-?out|install(?:ation)?|onboarding|training|preview|prep(?:aration)?|meeting|demo|workshop)\b"
    r"|[^.;!?\n]{0,60}?\bnot (?:the|their|a|any) (?:final )?(?:decision|signature|signing|sign-?off|close|"
    r"approval)\b"
    # the date named outright as no decision date, further on: "we present to them (that's a meeting, not a
    # decision date)"
    r"|[^.;!?\n]{0,100}?\bnot (?:the|their|a|any) (?:final )?(?:decision|signing|signature|close|closing) date\b",
    re.IGNORECASE,
)


def disclaimed(sentence: str, end: int) -> bool:
    """Whether the date ending at ``end`` in ``sentence`` is said straight after not to be the close."""
    return bool(_DISCLAIMER.match(sentence, end))


# the date as the earliest the customer could: "not in a position to sign before July", "can't decide until Q3"
# (no comma between: "we don't need a demo, sign before July" negates the demo)
_NOT_BEFORE = re.compile(r"\b(?:not|n['’]t|never|unable to|no way)\b[^.,;!?\n]{0,40}$", re.IGNORECASE)
_BOUND = re.compile(r"\s*(?:before|until|till|til|prior to)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:before|until|till|til|prior to)\s*$", re.IGNORECASE)


def not_before(sentence: str, start: int) -> bool:
    """Whether the date starting at ``start`` ("before July", or "July" after it) is a bound the customer cannot
    sign before."""
    head = sentence[max(0, start - 50) : start]
    if not _BOUND.match(sentence, start):
        bound = _BOUND_BEFORE.search(head)
        if bound is None:
            return False
        head = head[: bound.start()]
    return bool(_NOT_BEFORE.search(head))


# the customer's fiscal year starting, said just before its date: "the new fiscal year, which for them starts in
# July" is when money may come, not a close ("fiscal year ends in June" is a date of the rules, and is kept)
_YEAR_STARTS = re.compile(
    r"\b(?:fiscal|financial|budget|business) year\b[^.;!?\n]{0,30}?\b(?:starts|begins|opens|kicks off|rolls over|"
    r"starting|beginning)(?: (?:in|on|at|from))?\s*$",
    re.IGNORECASE,
)


def fiscal_start(sentence: str, start: int) -> bool:
    """Whether the date starting at ``start`` is said as the day the customer's fiscal year starts."""
    return bool(_YEAR_STARTS.search(sentence, max(0, start - 70), start))


# the decision itself put off, with only a bound: "he's not deciding before the holidays", "they won't sign until
# after the audit"; the date said next ("he said end of January") is the close
_PUT_OFF = re.compile(
    r"(?:\bnot?|n['’]t|\bnever)\b[^.,;!?\n]{0,20}?\b(?:decid\w*|decision|sign(?:ing|ature)?|commit\w*|buy\w*)\b"
    r"[^.,;!?\n]{0,15}?\b(?:before|until|till|prior to)\b",
    re.IGNORECASE,
)


def put_off(sentence: str) -> bool:
    """Whether ``sentence`` says the customer will not decide or sign before some bound."""
    return bool(_PUT_OFF.search(sentence))


# our own period said as the target ("you want it in before our EOQ", "pushing for our year-end"), in a note that
# says the customer has set no date: our wish, not when they sign
_OURS_BEFORE = re.compile(r"\bour (?:own |internal )?$", re.IGNORECASE)
_NO_DATE_OF_THEIRS = re.compile(
    r"\b(?:she|he|they|(?:the )?customer)(?: (?:has|have|is|are))?(?:n't| not|n’t)(?: yet)? (?:committed|agreed|given|"
    r"set|named|confirmed|put)(?: (?:us|me))?(?: to)? (?:any|a|an)(?: \w+)? (?:date|timeline|time ?frame)\b",
    re.IGNORECASE,
)


def ours_only(text: str, sentence: str, start: int) -> bool:
    """Whether the date at ``start`` in ``sentence`` is our own period ("our EOQ"), in a note (``text``) that says
    the customer has no date."""
    return bool(_OURS_BEFORE.search(sentence, max(0, start - 12), start)) and bool(_NO_DATE_OF_THEIRS.search(text))
