"""``stakeholder_change`` cues in the words of public-sector, school and hospital buyers, where the decision maker is a
superintendent, principal or dean, and decisions move to boards: the approver role lost ("I'm no longer the approver
for this"), a board or committee now deciding "rather than" the managers who did, the decision maker gone to a post
elsewhere, and a departure dated by "his last day".
"""

from __future__ import annotations

from agents.insights.cues import cue

# titles of the people who decide in schools, universities, councils and trusts, for cues_people._ROLE (not a
# "principal investigator" or "principal amount", nor a "chair" to sit on)
PUBLIC_TITLES = (
    r"superintendent|principal(?! (?:investigator|engineer|consultant|architect|scientist|analyst|amount|sum|reason"
    r"|concern|issue|risk|component|place|office|contact|user)s?\b)|head ?teacher|headmaster|headmistress|dean"
    r"|provost|(?:vice[- ])?chancellor|rector|commissioner|mayor|chair(?:man|woman|person)?(?!s)|bursar"
)
# the decision maker gone to a post elsewhere: "has accepted a superintendent post in another state", "has taken up a
# post at the county council" (a role taken on here, "accepted the role of acting CFO", is no departure); a
# branch of cues_people.DEPARTURE, which checks that a person is its subject
POST_TAKEN = (
    r"\b(?:accept(?:ed|s|ing)|tak(?:en|es|ing) up|took up|tak(?:en|es|ing)|took)"
    r" (?:a|an|the offer of a|a new) (?:[\w-]+ ){0,2}(?:post|position|role|job|appointment|headship|posting)"
    r" (?:at|in|with) (?:another|a different|a neighbouring|a neighboring|a nearby|an? other|other|(?-i:[A-Z]))"
    r"|\b(?:accept(?:ed|s|ing)|tak(?:en|es|ing) up|took up) (?:a|an|the offer of a|a new) (?:[\w-]+ ){0,2}(?:post"
    r"|position|role|job|appointment) elsewhere\b"
)
# a day that ends a stay, not a person's time with them: "my last day of term", "his last day in the office before
# the summer break", "her last day off"
_NOT_LEAVING = (
    r"(?! (?:(?:of|at|on) (?:the |my |his |her |their |our |a |an |this )?(?:[\w-]+ ){0,2}?(?:term|semester|school"
    r"|conference|trip|visit|course|week|month|quarter|holidays?|leave|vacation|show|event|fair|summit|expo|workshop"
    r"|training|site|sabbatical|break|secondment|placement)\b|off\b"
    r"|(?:(?:in the office|at work|on site|here) )?(?:before|until|till) (?:the |my |his |her |a |our )?(?:[\w-]+ )?"
    r"(?:break|holidays?|leave|vacation|summer|christmas|easter|trip|conference|half-term|term)))"
)

# a deadline, not a decider: "signed by the 8th instead of the end of the month", "approved by Friday rather than"
_NOT_A_DATE = (
    r"(?!(?:the )?(?:\d|end\b|start\b|beginning\b|middle\b|close\b|latest\b|deadline\b)|(?:this |next |the next )?"
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|tomorrow|today|tonight"
    r"|noon|midday|then\b|now\b|week|month|year|term|quarter))"
)

PUBLIC_CHANGE = (
    # the leaver's last day: "his last day was June 30", "Her last day is Friday" (with "my" the writer's own)
    cue(r"\b(?:my|his|her|(?-i:[A-Z][a-z]+)'s) last day\b" + _NOT_LEAVING, 0.75),
    # the approver role lost: "I'm no longer the approver for this", "no longer the budget holder for IT"
    cue(
        r"\bno longer (?:the|our|your|their) (?:(?:final|sole|named|designated) )?(?:approver|budget[- ]holder"
        r"|signatory|signer|authori[sz]er|authori[sz]ing officer|one (?:signing|approving|deciding))\b"
        # the role kept for this deal, lost for another: "no longer the approver for the catering contract, but
        # this one is still mine"
        r"(?![^.;]*\bbut\b[^.;]*\b(?:still|remains?|stays?)\b)",
        0.85,
        negatable=False,
    ),
    # a board now deciding rather than the managers who did: "all software contracts are decided by the Corporate ICT
    # Board rather than by service managers", "now approved by the steering committee instead of by me" (a rule as
    # always, a routine desk, or the writer as the one deciding is no change)
    cue(
        r"(?<!\balways )\b(?:decided|approved|signed off|authori[sz]ed|sanctioned|signed)(?: on)? by (?!(?:me|us|myself"
        r"|ourselves)\b)(?!(?:our |the |their |group )?(?:procurement|purchasing|legal|finance|accounts)\b)"
        + _NOT_A_DATE
        + r"[^.;,]{2,60}? (?:rather than|instead of)(?: by)? (?!(?:procurement|purchasing|legal|finance)\b)",
        0.85,
    ),
)
