"""More phrases behind ``stakeholder_change`` (cues_people.py holds the main table): the champion pulled off the deal
onto other work for good, the deal taken over by someone with the particle split off ("Tomas is taking this over"),
and the signature a purchase needs moved to someone else ("every contract over 25k needs her signature instead of
the budget holder's").
"""

from __future__ import annotations

from agents.insights.cues import cue

# a routine desk taking the paperwork is no new owner: "Legal is taking it over from here"
_ROUTINE = r"(?!(?-i:Procurement|Purchasing|Legal|Finance|IT|Security|Compliance|Accounts|This|That|It|Everything)\b)"
# the deal itself, not a parcel or a meeting room ("the courier will take it over to you")
_THIS_DEAL = r"(?:this(?: one)?|it|the (?:deal|project|purchase|evaluation|decision|contract|file|order|selection))"
# what makes a move onto other work permanent, not a busy week: "full time", "from Monday", "for the rest of the year"
_FOR_GOOD = (r"(?:full[- ]time|from (?:monday|tuesday|wednesday|thursday|friday|next (?:week|month)|now on|today"
             r"|tomorrow|the \d+\w*)|as of (?:today|now|monday|next week)|permanently|for good|indefinitely"
             r"|for the (?:rest of|foreseeable)|going forward)")  # fmt: skip
# the one whose signature was needed before: "mine", "the budget holder's", "Victor's" (not "a scan", "the PDF")
_BEFORE = r"(?:mine|ours|his|hers|me|us|the (?:[\w-]+ ){0,2}[\w-]+['\u2019]s?(?=\W|$)|(?-i:[A-Z][a-z]+)['\u2019]s)"
_NEW_SIGNER = r"(?:his|her|their|(?:the (?:new )?(?:[\w-]+ ){0,2}[\w-]+|(?-i:[A-Z][a-z]+))['\u2019]s)"

PULLED_AWAY = (
    # someone named takes the deal over, the particle after the object: "Tomas Berg from procurement is taking this
    # over end to end" (not carrying it somewhere: "she'll take it over to the warehouse")
    cue(
        r"\b" + _ROUTINE + r"(?:he|she|(?-i:[A-Z][a-z]+))(?: (?-i:[A-Z][a-z]+))?(?: (?:from|in|at) (?:the |our )?"
        r"[\w-]+)?(?:'s| is| has| will| will be|'ll| now)? (?:taking|take|takes|taken|took) "
        + _THIS_DEAL
        + r" over\b(?! (?:to|into|for)\b)",
        0.85,
    ),
    # the champion moved onto other work for good: "I've been pulled onto the ERP migration full time from Monday",
    # "she's been reassigned to the rollout team permanently" (not a busy week: "pulled into the audit this week")
    cue(
        r"\b(?:I've|I have|I'm|I am|I'll be|I was|I got|she's|he's|she has|he has|she was|he was|she got|he got)"
        r"(?: (?:been|being|now|just))* (?:pulled|put|moved|reassigned|seconded|drafted|shifted|transferred)"
        r" (?:on)?to (?:the|an?|another|a different|our|their|a new) (?:[\w-]+ ){0,3}(?:project|migration|programme"
        r"|program|rollout|roll-out|implementation|initiative|team|workstream|division|unit|role|upgrade)\b"
        r"[^.;]{0,30}\b" + _FOR_GOOD + r"\b",
        0.8,
    ),
    # the signature moved to someone else: "every vendor contract over 25k needs her signature instead of the budget
    # holder's", "orders above 10k now require the CFO's sign-off rather than mine"
    cue(
        r"\b(?:contracts?|purchases?|orders?|agreements?|deals?|spend\w*|anything|everything|invoices?|pos?)\b"
        r"[^.;]{0,60}?\b(?:now )?(?:needs?|requires?|must have|has to have|have to have|must get)(?: now)? "
        + _NEW_SIGNER
        + r" (?:signature|sign-?off|approval|say-?so)s? (?:now )?(?:instead of|rather than|in place of"
        r"|not) " + _BEFORE,
        0.85,
    ),
)
