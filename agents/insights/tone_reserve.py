"""A reply that withholds, in forms the shared cues (tone_cues.py) do not cover: a bare status report with nothing
said about it ("Installed.", "Meeting happened."), and a promise to revert after a look of their own, with no date
("We'll evaluate and revert.", "Will review and let you know."), and a look closed ("We've seen enough for now").
Beside a promise to be in touch, any of them makes a reply that only acknowledges (sentiment.py reads it as curt
after warmth)."""

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
# the look closed with nothing asked and nothing decided: "We've seen enough for now, thanks.", "I think we've heard
# enough." (seen enough *to* decide is a verdict: "We've seen enough to know we want it")
SEEN_ENOUGH = re.compile(
    r"(?:(?-i:[A-Z][a-z]+),\s+)?(?:(?:I think|honestly|ok(?:ay)?|right|well),? )?(?:we(?:'ve| have)|I(?:'ve| have))"
    r" (?:seen|heard|had)"
    r" (?:quite )?enough(?: (?:for now|for the moment|at this stage|for today))?(?:,? (?:thanks|thank you|cheers))?"
    r"[.!]?",
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


_SLOT = (
    r"(?:(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tomorrow|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)"
    r"|the \d{1,2}(?:st|nd|rd|th))"
)
# a day of ours named only to turn it down: "Thursday no.", "Not Friday.", "Can't do tomorrow.", "Monday's out". It
# offers no time, so a put-off beside it stays a put-off ("Thursday no. Send it in writing."); "Thursday no problem"
# and "Thursday no, Friday works" still offer one
REFUSED_SLOT = re.compile(
    r"\b(?:not|no to|can't do|cannot do|can't make|cannot make|can't manage|won't work on)(?: on)? " + _SLOT + r"\b"
    r"|\b" + _SLOT + r"(?:'s| is)?,? (?:no|nope|out|no good|not good|not possible|impossible|a no|taken"
    # or in the formal words of a public office: "Thursday is not convenient.", "Thursday does not suit."
    r"|not convenient|inconvenient|not suitable|unsuitable|(?:doesn't|does not|won't|will not) suit(?: (?:me|us))?"
    r"|(?:doesn't|does not|won't|will not|isn't going to) work)\b(?! (?:problem|worries|issue|bother)s?\b)",
    re.IGNORECASE,
)
# told to stop chasing us, with nothing agreed: "Don't chase me on it.", "Stop hassling us.", "No need to keep
# pushing me." (a rebuff of the rep, not of a third party: "don't chase finance, I've done it"; nor a channel or hour
# asked for: "stop emailing me at the old address", "don't call me before 10")
REBUFF = re.compile(
    r"\b(?:don't|do not|stop|quit|no need to|there's no need to|you needn't|please don't|please stop)"
    r"(?: (?:keep|keeping|continue|continuing))? (?:chas|push|hound|hassl|pester|nag|badger|prod|pressur|harass"
    r"|follow(?:ing)? up with|bug)\w* (?:me|us)\b"
    r"(?: (?:on|about|over) (?:it|this|that)\b)?",  # the matter itself, not "I'm on it"
    re.IGNORECASE,
)
