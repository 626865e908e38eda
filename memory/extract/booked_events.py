"""A meeting already booked, which is what happens next when a note says nothing else: the event then its day
("demo for their team next Friday", "kickoff mon w/ his team", "tech call wk 9"), or the day first and who holds
it ("next thursday we present the roadmap"); kept apart from ``next_step`` (at its size limit)."""

from __future__ import annotations

import re

# the day a booked event is on, as a note says it: "next friday", "tomorrow", "this week", "on tuesday"
_DAY_WORDS = (
    r"(?:next (?:mon|tue|wed|thu|fri|week)\w*|tomorrow|this (?:week|mon|tue|wed|thu|fri)\w*|"
    r"on (?:mon|tue|wed|thu|fri)\w*)"
)

_NOT_PAST = r"(?![^.;]{0,30}\b(?:went|was|were|had|did|got)\b)"

BOOKED_EVENT = re.compile(
    r"\b(?:demo|meeting|call|workshop|review|presentation|visit|pilot|trial|walkthrough|kick-?off|session)\b"
    r"[^.;]{0,60}\b(?:" + _DAY_WORDS + r"|booked|scheduled|set for|lined up)\b"
    # ... or dated in a texted note's shorthand, a week's number or a bare weekday: "kickoff mon w/ his team", "tech
    # call wk 9 to sort SSO", "deep-dive booked nxt thurs"; not one that went ("the demo was great on mon")
    r"|\b(?:demo|meeting|call|workshop|review|visit|walkthrough|kick-?off|session|deep[- ]dive)\b"
    r"(?:(?!\b(?:went|was|were|had|did|got)\b)[^.;]){0,60}?\b(?:wk|week) ?\d{1,2}\b" + _NOT_PAST + r"|"
    r"\b(?:kick-?off|deep[- ]dive)\b[^.;]{0,60}\b(?:booked|scheduled|set for|lined up)\b|"
    r"\b(?:demo|meeting|call|workshop|visit|kick-?off|deep[- ]dive) (?:mon|tues?|wed|thu(?:rs?)?|fri)\b"
    + _NOT_PAST
    # a dated event heading its clause: "Jo (COO): demo on the 12th for the team"; not "liked the demo on the 3rd"
    + r"|(?:^|[:–—]\s*)(?:(?:a|the|next|their|our)\s+)?(?:demo|workshop|presentation|visit|walkthrough|kick-?off)"
    r"\s+on the \d{1,2}(?:st|nd|rd|th)\b(?![^.;]{0,30}\b(?:went|was|were|had)\b)"
    # a meeting heading its sentence, whom it is with, then its day: "Scoping meeting with Tobias and their IT lead,
    # Marit Olsen, on the 24th", "call with their CFO on Tuesday"; not one that went ("meeting with Ana on the 3rd
    # went well")
    r"|^\s*(?:[\w-]+ )?(?:meeting|call|session|workshop|demo|review|visit|walkthrough)\s+with\b[^.;]{0,80}?\bon "
    r"(?:the \d{1,2}(?:st|nd|rd|th)|(?:mon|tue|wed|thu|fri)\w*)\b" + _NOT_PAST + r"|"
    # the day first, opening its sentence or clause, then who holds the event: "next friday we demo again for their
    # CEO", "tomorrow they walk us through their setup"; not what happened ("on monday we demoed") nor a deadline
    r"(?:^|[,;:]\s*)\s*" + _DAY_WORDS + r",? (?:we|they|i)(?:['’](?:ll|re)| will| are)? (?:(?:go|be) )?"
    r"(?:demo(?:ing)?|present(?:ing)?|meet(?:ing)?|visit(?:ing)?|run(?:ning)?|show(?:ing)?|walk(?:ing)?|"
    r"review(?:ing)?|host(?:ing)?|pitch(?:ing)?)\b"
)
