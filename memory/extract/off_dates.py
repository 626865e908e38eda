"""Dates near a closing word that are not the close, said as such by the words just before them.

- A period turned down: "When would you sign? Not this quarter. We'll sign at the end of next quarter": "this
  quarter" is what the deal is not, the date said next is.
- When the customer's place is shut: "their office is closed 25 Dec to 1 Jan for the holidays", "before their
  summer shutdown, which starts the first of July, so end of June". The close word "closed" there is a door's, and
  the shutdown's day is a bound, not the signing.
- When the service starts (see ``start_dates``): "the licence start date is the first of July".
- When a person is away: "she's off on hols 1-16 Apr so nothing gets signed then", "he's away 20 Nov-4 Dec, will
  pick it up after", "Ana is on leave from the 3rd": an absence bounds the signing, it is no date for it.
"""

from __future__ import annotations

import re

from memory.extract.start_dates import service_start

_REFUSED = re.compile(r"\bnot\s+(?:in\s+|during\s+|within\s+)?$", re.IGNORECASE)
# ... or with the closing verb negated before the period: "NOT closing this qtr after all", "won't sign in Q3" (a
# bound said so, "can't sign before July", is ``undated.not_before``'s)
_REFUSED_VERB = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:be\s+)?(?:closing|close|signing|sign|deciding|decide|landing|land|happening|happen)\s+"
    r"(?:in\s+|during\s+|within\s+)?$",
    re.IGNORECASE,
)
_BOUND_FIRST = re.compile(r"(?:before|by|until|till|til|after|prior to)\b", re.IGNORECASE)
# the place or the season that is shut, somewhere in the sentence
_SHUT_WHAT = re.compile(
    r"\b(?:office|offices|plant|site|factory|shop|store|warehouse|building|campus|holiday|holidays|christmas|easter|"
    r"thanksgiving|new year|summer|winter|shutdown|shut-down|break|vacation|closure)\b",
    re.IGNORECASE,
)
# the shutting said before the date, in its clause, with no signing or bound word between
_SHUT_BEFORE = re.compile(
    r"\b(?:closed|shut|shuts|shutdown|shut-down|shut down|closure|off|away|out of (?:the )?office)\b"
    r"(?:(?!\b(?:before|by|ahead of|sign\w*|decid\w*|decision|commit\w*|so)\b)[^.;:!?\n]){0,40}$",
    re.IGNORECASE,
)


# ... or said straight after it, as a holiday table has it: "Friday, 12/24 Holiday Closed"
_SHUT_AFTER = re.compile(r"\W{0,3}(?:(?:holiday|christmas|public holiday)\W{1,3})?(?:closed|shut)\b", re.IGNORECASE)


# a person said to be away, just before the date in the same clause, with no signing or bound word between: "she's
# off on hols", "he'll be away", "Ana is out of office", "they're on leave from"; not "kick off", "sign off", "off to"
_AWAY_BEFORE = re.compile(
    r"\b(?:(?i:she|he|they|i|we)(?:['’]s|['’]re|['’]ll be|['’]m| is| are| will be| was| were| am)"
    r"|[A-Z][a-z]+(?:['’]s| is| will be|['’]ll be| was))\s+(?:(?:also|then|going to be|gonna be)\s+)?"
    r"(?:off(?! to\b| the table\b)|away|out(?: of (?:the )?office)?(?! of\b)|ooo|on (?:hol(?:iday)?s?|holiday|"
    r"vacation|vacay|leave|pto|annual leave|parental leave|maternity leave|paternity leave|sick leave|sabbatical))\b"
    r"(?:(?!\b(?:before|by|ahead of|sign\w*|decid\w*|decision|commit\w*|so|but|and then|back)\b)[^.;:!?\n]){0,30}$"
)


# a tender's step before the award, its deadline just before the date: "Questions deadline: 29 Aug", "Quote
# submission deadline: 8 Sep", "bids due on the 3rd"; the buyer's award is the decision, these are our steps
_BID_STEP = re.compile(
    r"\b(?:questions?|clarifications?|q&a|submissions?|(?:quote|bid|proposal|tender|offer|rfp|rfq|rfi|response)s?"
    r"(?: submission| response)?)\s+(?:deadline|due(?: date| by| on)?|closing date)\s*[:=]?\s*(?:is\s+|on\s+)?$",
    re.IGNORECASE,
)


# ... unless the shut day is said to be the deadline itself: "their office shuts on 22 December, so that's the hard
# date", "closed from the 20th, which is the cut-off"
_SHUT_IS_DEADLINE = re.compile(
    r"[^.;!?\n]{0,20}?,?\s*(?:so |which |and )?(?:that['’]s|that is|it['’]s|is|makes? (?:it|that))\s+"
    r"(?:the|our|their|a|her|his)\s+(?:hard |real |actual |firm |final |last |absolute )?"
    r"(?:date|deadline|cut-?off|limit)\b",
    re.IGNORECASE,
)


def off_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date from ``start`` to ``end`` in ``sentence`` is turned down ("not this quarter") or is when
    the customer's place is shut or a person is away, or is a tender's step before its award."""
    head = sentence[max(0, start - 60) : start]
    if _REFUSED_VERB.search(head) and not _BOUND_FIRST.match(sentence, start):
        return True  # "not closing this quarter after all"
    if _REFUSED.search(head) or service_start(sentence, start):
        return True  # "not this quarter"; "the licence start date is the first of July": when the service starts
    if _AWAY_BEFORE.search(head) or _BID_STEP.search(head):
        return True  # "he's away 20 Nov-4 Dec": when a person is away; "Questions deadline: 29 Aug": a bid's step
    shut = bool(_SHUT_BEFORE.search(head) or _SHUT_AFTER.match(sentence, end))
    return shut and bool(_SHUT_WHAT.search(sentence)) and not _SHUT_IS_DEADLINE.match(sentence, end)
