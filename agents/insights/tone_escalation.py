"""More grievance classes (tone_grievance.REACTIONS, same ``(class, pattern, needs_failure)`` form): the matter
taken over our contact's head, and the runaround.

- escalation: a senior of theirs copied in, or a written answer demanded by a date ("I am copying our Head of
  Operations", "please confirm in writing by Monday what will happen"); ordinary when nothing went wrong ("I'm
  copying our CFO so she can approve the order"), so it counts only in a message that reports a failure of ours.
- runaround: the same problem told to several of our people ("I've now described the sync fault to four separate
  agents at your end").
"""

from __future__ import annotations

_MANY = r"(?:two|three|four|five|six|several|multiple|\d+|half a dozen|a (?:dozen|string of|series of))"
_OURS = r"(?:people|persons|agents|colleagues|engineers|reps|staff|teams|departments|contacts|individuals|folks)"

ESCALATION: tuple[tuple[str, str, bool], ...] = (
    (
        "escalation",
        r"\b(?:i am|i'm|i have|i've|we are|we're|we have|we've)(?: now| also)? (?:copying|copied|cc'?ing|cc'?d"
        r"|cc'?ed|looping|looped|bringing|brought)(?: in)? (?:our|my)\b(?: [\w-]+){0,3}? <boss>\b"
        r"|\bconfirm (?:to (?:me|us) )?in writing\b[^.;]{0,40}\b(?:by|before|no later than) (?:close of business|end of"
        r" (?:day|play|the week)|(?:this |next )?<day>|tomorrow|\d)",
        True,
    ),
    (
        "runaround",
        r"\b(?:i|we)(?:'ve| have)(?: now| already)? (?:(?:explained|described|told|repeated|re-?explained|walked)\b"
        r"[^.;]{0,50}\b(?:to|with) |(?:walked|talked|taken|gone through it with) )"
        rf"{_MANY} (?:different |separate |new )?{_OURS}\b(?: (?:of yours|on your (?:side|end)|at your (?:end|company"
        r"|place)|in your (?:team|support|company)|over there))",
        False,
    ),
)
