"""More grievance classes (tone_grievance.REACTIONS, same ``(class, pattern, needs_failure)`` form): the matter
taken over our contact's head, and the runaround.

- escalation: a senior of theirs copied in, or a written answer demanded by a date ("I am copying our Head of
  Operations", "please confirm in writing by Monday what will happen"); ordinary when nothing went wrong ("I'm
  copying our CFO so she can approve the order"), so it counts only in a message that reports a failure of ours.
- runaround: the same problem told to several of our people ("I've now described the sync fault to four separate
  agents at your end").
- neglect: time spent chasing us with nothing back ("two weeks of emailing your helpdesk and still no answer"); only
  when it is us they chased, not their own board.
- rebuff: our follow-ups refused ("stop sending me reminders", "please don't send me more 'checking in' mails").
- the chase counted or made a habit: the same request numbered ("this is the third time I've asked for the keys",
  "I've now requested it four times"), everything had to be chased ("we've had to chase you for every answer"), and
  their people starting to doubt we can do it at all ("finance is beginning to ask whether you can actually deliver").
- the courtesy spent and the bare order: "I asked nicely once.", "Sort it out." (told together, a grievance), and a
  mock tip after a failure of ours ("Top tip: check your reference is happy first.").
"""

from __future__ import annotations

_MANY = r"(?:two|three|four|five|six|several|multiple|\d+|half a dozen|a (?:dozen|string of|series of))"
_OURS = r"(?:people|persons|agents|colleagues|engineers|reps|staff|teams|departments|contacts|individuals|folks)"
_QUOTE = "['\"\u2018\u2019\u201c\u201d]?"

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
    (
        "neglect",
        r"\b(?:days?|weeks?|months?) (?:of )?(?:chasing|waiting (?:on|for)|asking|nudging|pestering|emailing|e-mailing"
        r"|calling|phoning|ringing) (?:you|your (?:[\w-]+ ){0,2}?(?:team|support|people|side|engineers|helpdesk"
        r"|help desk|desk|company|office|rep|colleagues?|account manager|service desk))\b[^.;]{0,60}\b(?:and|but|with"
        r"|for) (?:still |absolutely |literally )?(?:nothing|no (?:answer|reply|response|fix|word|solution|news))\b",
        False,
    ),
    (
        "reproach",
        r"\b(?:this is|that's|that is|it's|it is|this will be|that makes)(?: now)? (?:the|my|our) (?:second|third"
        r"|fourth|fifth|sixth|\d+(?:nd|rd|th)) (?:time (?:i|we)(?:'ve| have)?(?: now)? (?:asked|requested|chased"
        r"|reminded|written|e-?mailed|had to (?:ask|chase|remind|write))|(?:request|reminder|chaser|follow-?up)\b)"
        rf"|\b(?:i|we)(?:'ve| have)(?: now| already)? (?:asked|requested|chased|reminded you)\b[^.;]{{0,40}}\b{_MANY}"
        r" times\b",
        False,
    ),
    (
        "neglect",
        r"\b(?:i|we)(?:'ve| have)? (?:had to|have to|keep having to|always have to) (?:chase|nudge|remind|prod|push"
        r"|hound|pester|badger) (?:you|your (?:[\w-]+ ){0,2}?(?:team|people|side|engineers|support|rep|colleagues?))"
        r" (?:for|on|about) (?:everything|every (?:single )?[\w-]+|each [\w-]+|all of it|anything)\b",
        False,
    ),
    (
        "distrust",
        r"\b(?:starting|beginning|begun|started) to (?:ask|wonder|question|doubt)\b[^.;]{0,20}\b(?:whether|if) you"
        r"|\b(?:is|are|was|were) (?:now |already )?(?:asking|questioning|wondering) (?:whether|if) you(?:'re| are)?"
        r" (?:can |could |will |would )?(?:actually|really|even|ever) ",
        False,
    ),
    # the courtesy spent: "I asked nicely once.", "We already asked you politely last week." (not "I asked nicely
    # once and they agreed": the clause must end there)
    (
        "courtesy spent",
        r"\b(?:i|we)(?:'ve| have)?(?: already)? asked(?: you| your (?:[\w-]+ )?(?:team|people|colleagues|staff))?"
        r" (?:nicely|politely|kindly|courteously|civilly) (?:once|before|already|last (?:time|week|month)|the first"
        r" time|twice)(?=\s*(?:[.!;\u2014]|$))",
        False,
    ),
    # a bare order to fix it, the whole sentence: "Sort it out.", "Get it fixed now." (not "let's sort it out on the
    # call", not a please)
    (
        "command",
        r"^(?:just |now |so )?(?:sort (?:it|this|that) out|fix (?:it|this|that)|get (?:it|this|that) (?:sorted|fixed"
        r"|done)|deal with (?:it|this|that)|make (?:it|this|that|them) stop)(?: now| today)?[.!]*$",
        False,
    ),
    # advice handed to us as a mock tip after a failure of ours: "Top tip: check they're happy first." (a tip with no
    # failure around it is help: "Pro tip: the export sits under Settings")
    (
        "mock tip",
        r"^(?:(?:a|one|my) )?(?:top|pro|handy|helpful|friendly|free|quick|little) tip\b(?: for (?:you|next"
        r" time))?\s*[:,\u2014-]",
        True,
    ),
    (
        "rebuff",
        r"\b(?:don't|do not|stop|quit)(?: \w+)? (?:send|sending|email(?:ing)?)(?: me| us)? (?:any |more |further |other"
        rf" |these |those |your )*{_QUOTE}(?:checking[- ]in|check-?ins?|chasers?|reminders?|follow-?ups?|nudges?)\b"
        rf"|\bspare (?:me|us) the {_QUOTE}(?:checking[- ]in|check-?ins?|chasers?|reminders?|follow-?ups?|nudges?)\b",
        False,
    ),
)
