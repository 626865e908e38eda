"""When the customer expects to sign, decide or close: the date nearest a closing word. Dates of next
steps do not count; for a won or lost deal it is the date of the win or loss."""

from __future__ import annotations

import re
from datetime import date

from memory.extract.dates import find_dates
from memory.extract.stage import other_paper
from memory.extract.text import lowered, sentences

# a place shut for a while, not a deal closed: "offices closed until 2 January", "we close over the holidays"
_CLOSED_AWAY = r"(?<!office )(?<!offices )(?<!plant )(?<!site )(?<!shop )(?<!store )"
_CLOSE_CUE = re.compile(
    r"\b(" + _CLOSED_AWAY + r"close[sd]?(?! (?:until|till|til|through|thru|over|for the (?:holiday|break|week|day)))|"
    r"closing|(?:counter)?sign(?:ed|ing|ature|s)?|decid(?:e|es|ed|ing)|decision|commit|wrapped up|"
    r"wrap(?:ped)? it up|(?:go/)?no[- ]go|at the earliest|"
    r"(?:board|committee|council|panel|trustees|shareholders)(?:'s)? (?:\w+ ){0,2}?vot(?:e|es|ed|ing)|"
    r"go[- ]ahead|inside their|fiscal|budget year|deadline|done by|finali[sz]e|award|"
    r"before the quarter|quarter ends|needs? this|wants? it|pencil|"
    # the deal itself needed by a date, not a fix: "needs it done before year-end", not "need it working by"
    r"needs? it (?:done|signed|closed|wrapped up|sorted|finali[sz]ed|agreed|approved|through)\b|"
    # the purchase itself has a deadline: "they need to buy by the 31st", "must order before"
    r"(?:need|needs|have|has|must|want|wants) to (?:buy|purchase|order|place the order)|"
    r"target(?:ing|ed)?(?: date)?:?(?: is)? (?=eo[qmy]\b|end\b|mid|q[1-4]\b|by\b|before\b|[a-z]{3,9}\.? \d|\d)|"
    r"make (?:the|a|our|their) (?:final )?call (?:on|about|whether)|"  # "we'll make the call on the pilot"
    # the decision, not a phone call: "she'll make the call in three weeks", "they make their call by Friday"; a
    # call we make ("I'll make the call next week") is a next step
    r"(?<!i'll )(?<!we'll )(?<!i will )(?<!we will )(?<!let me )(?<!i can )(?<!we can )"
    r"make (?:the|their|his|her) (?:final )?call(?= (?:in|by|within|before|after|next|this)\b)|"
    r"firm(?:ar|arlo|arla|an|en|amos|ado|ada)|cerrar|cierre|decidir|decisi[oó]n|"  # Spanish: "quieren firmar"
    r"unterschrift|unterschreiben|unterzeichn\w*|entscheidung|abschluss)\b",  # German: "Unterschrift bis Ende Mai"
)  # run on lowered text
# the date slipped: the new date follows "to" ("pushed out to end of October"), so the cue is where "to" ends
_SLIP_CUE = re.compile(r"\b(?:push(?:ed|ing)?|slip(?:ped|ping|s)?|slid|mov(?:ed|ing) (?:out|back))(?: out| back)? to\b")
_MEETING_BEFORE = re.compile(r"\b(?:demo|call|meeting|workshop|session|review|presentation|visit|kick-?off)\b")
# for a won or lost deal, the words that tell the outcome: "the board picked NorthPeak on Friday 8 December"
_OUTCOME_CUE = re.compile(
    r"\b(?:picked|selected|awarded|went with|gone with|chose|won|lost|lo(?:ss|st) date|win date|came back|"
    r"countersigned|executed|docusign)\b"
)
_SIGN_WORD = re.compile(r"(?:counter)?sign")


def find_close_date(text: str, now: date, stage: str | None) -> date | None:
    """When the customer expects to sign or decide: the date nearest a closing word ("close",
    "sign", "decision"); dates of next steps do not count."""
    best: tuple[int, date] | None = None
    # one case-sensitive pass over the lower-cased text finds every closing word; a sentence without one
    # cannot give the date, whatever dates it has, so most sentences are never searched for dates
    all_cues = _cues(lowered(text), stage in ("Won", "Lost"))
    for offset, sentence in sentences(text):
        cues = [c - offset for c in all_cues if offset <= c < offset + len(sentence)]
        if not cues and stage in ("Won", "Lost") and re.search(r"\b(signed|lost|went|gone|chose)\b", sentence, re.I):
            cues = [0]
        if not cues:
            continue
        dates = find_dates(sentence, now, past=stage in ("Won", "Lost"))
        for d in dates:
            score = min(abs(c - d.start) for c in cues)
            if best is None or score < best[0]:
                best = (score, d.value)
    return best[1] if best else None


def _cues(low: str, outcome: bool) -> list[int]:
    """Where the closing words are in the lower-cased text. A signature of an NDA or the like is not the
    deal's; a meeting pushed to a new date is not the decision."""
    cues = [
        m.start()
        for m in _CLOSE_CUE.finditer(low)
        if not (_SIGN_WORD.match(low, m.start()) and other_paper(low, m.start()))
    ]
    cues += [
        m.end() for m in _SLIP_CUE.finditer(low) if not _MEETING_BEFORE.search(low, max(0, m.start() - 30), m.start())
    ]
    if outcome:
        cues += [m.start() for m in _OUTCOME_CUE.finditer(low)]
    return sorted(cues)
