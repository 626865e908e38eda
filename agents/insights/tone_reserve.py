"""A reply that withholds, in forms the shared cues (tone_cues.py) do not cover: a bare status report with nothing
said about it ("Installed.", "Meeting happened."), and a promise to revert after a look of their own, with no date
("We'll evaluate and revert.", "Will review and let you know."). Beside a promise to be in touch, either makes a reply
that only acknowledges (sentiment.py reads it as curt after warmth)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights.thread import Turn
from agents.insights.tone_cues import WARMTH

# a thing reported done in two or three words and no view of it: "Installed.", "Meeting happened.", "Unit arrived."
BARE_REPORT = re.compile(
    r"(?:(?:the )?[\w-]+ )?(?:happened|took place|installed|arrived|delivered|received|went ahead|came through"
    r"|done|held|set up)[.!]?",
    re.IGNORECASE,
)
# the promise to revert after their own look at it: "We'll evaluate and revert.", "Will review and let you know."
LOOK_THEN_PROMISE = re.compile(
    r"(?:(?:we|i)(?:'ll| will| shall)|will) (?:evaluate|review|assess|consider|discuss|digest|look at|go through"
    r"|think about|read|check)(?: (?:it|this|that|them|things|internally))? and (?:let you know|be in touch"
    r"|get back to you|come back to you|revert|reach out|circle back|get in touch|contact you)[.!]?",
    re.IGNORECASE,
)
# a refusal that names what it turns down and is all the sentence says: "No call needed.", "No need for a meeting.",
# "A demo isn't necessary." (our offer declined with no reason and no thanks)
NAMED_REFUSAL = re.compile(
    r"(?:no (?:further |more )?(?:call|meeting|demo|visit|catch-?up|chat|follow-?up|walkthrough|workshop)s?"
    r" (?:needed|necessary|required)|no need (?:for (?:a|the|another|any|more) [\w-]+|to (?:call|meet|talk|chat"
    r"|speak))|(?:a |the )?(?:call|meeting|demo|visit|catch-?up|chat|follow-?up)s? (?:isn't|is not|aren't|are not"
    r"|not) (?:needed|necessary|required))[.!]?",
    re.IGNORECASE,
)
# a slot we offered, taken in a few words: "tues 10 works", "Thursday 3pm suits.", "That's fine by me" (brief, not cold;
# "tues doesn't work" is a refusal and stays curt)
SLOT_TAKEN = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm|h))?"
    r"|noon|tomorrow|that|this|either|both|then)\b\.?(?: (?!(?:not|no|never|longer)\b)[\w:.]+){0,2}?"
    r"(?:'s| is)? (?:works|suits|fine|good|ok|okay)\b(?! for (?:nobody|no one))",
    re.IGNORECASE,
)

_TERSE_WORDS = 12  # a few words at most in every message


def terse_register(turns: Sequence[Turn]) -> bool:
    """The customer has written in a few words with no warmth from their very first message ("pricing for 1 seat
    pls.", "no demo needed. terms?"): curt replies later are their style, not a drop."""
    return len(turns) >= 3 and all(
        len(re.findall(r"[A-Za-z']+", t.text)) <= _TERSE_WORDS and not WARMTH.search(t.text) for t in turns
    )
