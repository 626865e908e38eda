"""The wait counted in a few bare words, a grievance class for tone_grievance.REACTIONS (same ``(class, pattern,
needs_failure)`` form): "Already two weeks.", "Ten days now!", "It's been three weeks already.", "That's a month
without access." The length of the wait standing alone as a sentence is the reaction, not a report; it counts only in
a message that reports a failure of ours still open ("Two weeks now." about their own holiday is nothing).
"""

from __future__ import annotations

_SPAN = (r"(?:almost |nearly |over |more than |well over |a full |a whole )?(?:a|one|two|three|four|five|six|seven"
         r"|eight|nine|ten|eleven|twelve|fourteen|\d+|several|many) (?:whole |full |long |working |business )?(?:days?"
         r"|weeks?|months?)")  # fmt: skip
_SINCE = r"(?: (?:without|with no|and no|and still no|of no) [\w-]+(?: [\w-]+)?)?"

WAIT_COUNTED: tuple[tuple[str, str, bool], ...] = (
    (
        "cost",
        # the span headed or closed by the word that counts it, and nothing else in the sentence
        rf"^(?:(?:and|so|yes|now),? )?(?:already|(?:it'?s|it has|that'?s|this is|we'?re at|we are at)(?: been| now)?"
        rf"(?: already)?) {_SPAN}{_SINCE}(?: (?:already|now|and counting))?[.!\u2026]*$"
        rf"|^{_SPAN}{_SINCE} (?:already|now|and counting)[.!\u2026]*$",
        True,
    ),
)
