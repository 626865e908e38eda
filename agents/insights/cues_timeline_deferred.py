"""More ``timeline_slip`` pause cues (cues_timeline.py holds the main table), each judged by its date against the
expected close like the others: signature doubted in so many words for a window ("I don't think this gets signed
this quarter", "this isn't getting signed before the holidays"), and new commitments sent to a later planning cycle
("best considered as part of the FY18 planning cycle, which opens in February").
"""

from __future__ import annotations

from agents.insights.cues import cue

_WINDOW = (
    r"(?:before|ahead of|prior to|until|till|this (?:year|quarter|month|side of)|in (?:q[1-4]|january|february|march"
    r"|april|may|june|july|august|sept?|september|october|november|december))\b"
)
_DONE = r"(?:signed|approved|decided|finali[sz]ed|agreed|over the line|through|done)"
_THE_DEAL = r"(?:this|it|that|we|the (?:deal|contract|order|purchase|paperwork|msa|agreement))"

DEFERRED = (
    # the passive told negative or doubted: "this isn't getting signed before the holidays", "I don't think this
    # gets signed this quarter" ("I don't think there's any problem getting it signed before March" keeps the date)
    cue(
        r"\b(?:isn't|is not|won't|will not|wouldn't|would not|not|never)(?: (?:be|going to|likely to))?"
        r" (?:get|gets|getting|be|being) "
        + _DONE
        + r"\b[^.;]{0,40}\b"
        + _WINDOW
        + r"|\b(?:don't|do not|doesn't|does not|can't|cannot) (?:think|see|believe|expect|imagine) "
        + _THE_DEAL
        + r"(?: [\w']+){0,2}? (?:gets?|getting|will get|'ll get|(?:will |'ll )?be|is|signs?|sign) (?:"
        + _DONE
        + r"\b|(?<=sign )|(?<=signs ))[^.;]{0,40}\b"
        + _WINDOW,
        0.85,
        negatable=False,
    ),
    # new commitments sent to a later planning or budget cycle: "best considered as part of the FY18 planning cycle"
    cue(
        r"\b(?:best|better|to be|will be|should be|must be|can only be) (?:considered|looked at|revisited|taken up"
        r"|addressed|reviewed|handled|picked up) (?:as part of|in|during|within|with|under) (?:the |our )?"
        r"(?:next|fy ?\d+|coming|following|new)(?: [\w-]+)? (?:planning|budget(?:ing)?|financial|fiscal)"
        r" (?:cycle|round|year|process)\b",
        0.8,
    ),
)
