"""More phrases behind ``stakeholder_change`` (cues_people.py holds the main table): the deal handed on between
their people, told by the one who now has it or by the one who let it go ("I've inherited this from Ruth", "Anders
owns vendor selection from here, I'm just a user now").
"""

from __future__ import annotations

import re

from agents.insights.cues import cue

# what a successor takes on from a predecessor: this deal, not a tool or a habit ("inherited a mess of spreadsheets")
_THIS_DEAL = (r"(?:this(?: one)?|it|the (?:deal|project|evaluation|purchase|proposal|decision|file|thread|selection)"
              r"|your proposal)")  # fmt: skip
# the predecessor a person of theirs ("from Ruth", "from my predecessor"), not a source ("from Ruth's notes")
_PREDECESSOR = (r"(?:(?-i:[A-Z])[\w-]+\b(?!['\u2019]s)|(?:my|our|his|her) (?:predecessor|colleague|boss|manager)"
                r"|him\b|her\b)")  # fmt: skip
# a routine owner is no change: "Legal owns the contract from here", "Procurement runs the selection from now on"
_ROUTINE = r"(?!(?-i:Procurement|Purchasing|Legal|Finance|IT|Security|Compliance|Accounts|This|That|It|Everything)\b)"
_BUYING = (r"(?:the |this |our |all |every |any )?(?:(?:software|tool|vendor|it|new) )?(?:vendor selection|selection"
           r"|purchas\w*|buying(?: decision)?|decision|evaluation|deal|contract|sign-?off|budget)s?")  # fmt: skip
_FROM_HERE = r"(?:from here(?: on)?|from now on|going forward|now)"

# inherited from a named colleague: "I've inherited this one from Ruth", "Pieter has taken this over from her"
INHERITED = re.compile(
    r"\b(?:inherit(?:ed|s|ing)|been handed|(?:taken|took|taking|picked|picking) " + _THIS_DEAL + r" (?:over|up|on))"
    # (the predecessor left outside the match, so one of our people named there is seen as ours)
    r"(?: " + _THIS_DEAL + r")?(?= from " + _PREDECESSOR + r")",
    re.IGNORECASE,
)
# the same told in the first person, which in our own notes is our rep taking over an account
FIRST_PERSON = re.compile(r"^\W*(?:\w+,\s*)?(?:I|I've|I have|I'm|I am)\b", re.IGNORECASE)

HANDOVER = (
    cue(INHERITED.pattern, 0.85, negatable=False),
    # someone named now owns the buying: "Anders owns vendor selection from here", "she'll run the evaluation from now
    # on" (not a routine step: "Legal owns the contract from here", nor the writer: "I own the decision")
    cue(
        r"\b" + _ROUTINE + r"(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'ll| will| now)? (?:owns?|runs?|leads?|handles?"
        r"|drives?|decides on|signs off on) " + _BUYING + r" " + _FROM_HERE + r"\b"
        r"(?![^.;]{0,30}\bas (?:always|usual|before|ever)\b)",
        0.85,
    ),
    # the writer left with no say, a mere user from now: "I'm just the end user now", "I'm only an observer from here"
    # (not a standing role: "I'm just the end user, so ask Anders", nor "now that the rollout is done")
    cue(
        r"\bI(?:'m| am) (?:now )?(?:just|only|merely|simply) (?:an?|the) (?:end[- ])?(?:user|observer|bystander"
        r"|consultee)s?(?: (?:on|for) (?:this|it))? " + _FROM_HERE + r"\b(?! that\b)"
        r"|\bI(?:'m| am) now (?:just|only|merely|simply) (?:an?|the) (?:end[- ])?(?:user|observer|bystander|consultee)"
        r"\b(?! that\b)",
        0.8,
        negatable=False,
    ),
)
