"""A meeting already booked, which is what happens next when a note says nothing else: the event then its day
("demo for their team next Friday"), or the day first and who holds it ("next thursday we present the roadmap");
kept apart from ``next_step`` (at its size limit)."""

from __future__ import annotations

import re

# the day a booked event is on, as a note says it: "next friday", "tomorrow", "this week", "on tuesday"
_DAY_WORDS = (
    r"(?:next (?:mon|tue|wed|thu|fri|week)\w*|tomorrow|this (?:week|mon|tue|wed|thu|fri)\w*|"
    r"on (?:mon|tue|wed|thu|fri)\w*)"
)

BOOKED_EVENT = re.compile(
    r"\b(?:demo|meeting|call|workshop|review|presentation|visit|pilot|trial|walkthrough|kick-?off|session)\b"
    r"[^.;]{0,60}\b(?:" + _DAY_WORDS + r"|booked|scheduled|set for|lined up)\b"
    # a dated event heading its clause: "Jo (COO): demo on the 12th for the team"; not "liked the demo on the 3rd"
    r"|(?:^|[:–—]\s*)(?:(?:a|the|next|their|our)\s+)?(?:demo|workshop|presentation|visit|walkthrough|kick-?off)"
    r"\s+on the \d{1,2}(?:st|nd|rd|th)\b(?![^.;]{0,30}\b(?:went|was|were|had)\b)"
    # the day first, opening its sentence or clause, then who holds the event: "next friday we demo again for their
    # CEO", "tomorrow they walk us through their setup"; not what happened ("on monday we demoed") nor a deadline
    r"|(?:^|[,;:]\s*)\s*" + _DAY_WORDS + r",? (?:we|they|i)(?:['’](?:ll|re)| will| are)? (?:(?:go|be) )?"
    r"(?:demo(?:ing)?|present(?:ing)?|meet(?:ing)?|visit(?:ing)?|run(?:ning)?|show(?:ing)?|walk(?:ing)?|"
    r"review(?:ing)?|host(?:ing)?|pitch(?:ing)?)\b"
)
