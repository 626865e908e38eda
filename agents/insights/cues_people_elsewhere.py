"""More phrases behind ``stakeholder_change`` (cues_people.py holds the main table): the decision told as someone
else's with the time marker trailing ("it's his call at this point", "purchases come through her from now on"),
or the champion told as no longer the one deciding ("will be the one signing off, not me").
"""

from __future__ import annotations

from agents.insights.cues import cue

# after the fact, "now" is what makes it a change: "it's her call as always" is a standing arrangement
_FROM_NOW = r"(?:at this point|from this point(?: on)?|from here on|from now on|going forward|now|these days)"
# the things deciding on this deal is about; "anything over a few grand" is spend named by its size
_BUYING = (r"(?:(?:software |tool |tech(?:nology)? |it |new )*(?:purchas\w*|spend\w*|orders?|contracts?|decisions?"
           r"|vendors?|buying)|anything|everything)")  # fmt: skip

ELSEWHERE = (
    # the call someone else's, the time marker after: "it's his call at this point", "that's Ruth's decision now"
    cue(
        r"\b(?:it's|it is|that's|that is|it'll be|it will be) (?:his|her|their|(?-i:[A-Z][a-z]+)'s)"
        r" (?:call|decision),? " + _FROM_NOW + r"\b(?! (?:as|like) (?:always|usual|before|ever)\b)",
        0.85,
        negatable=False,
    ),
    # buying routed to a person from now on: "all tool purchases come through her from now on", "anything over 5k
    # goes to him now" (not a routine step: "orders go through procurement", nor without the change: "as usual")
    cue(
        r"\b" + _BUYING + r"\b[^.;]{0,50}?\b(?:goes|go|come|comes|route|routes|run|runs|land|lands|pass|passes)"
        r" (?:to|through|via|across) (?:him|her|them|(?:his|her) desk),? " + _FROM_NOW + r"\b"
        r"(?![^.;]{0,30}\b(?:as (?:always|usual|before|ever)|while|until|till)\b)",
        0.85,
        negatable=False,
    ),
    # the champion named as no longer the one who decides: "she will be the one signing off, not me", "Ben's not
    # the decision maker anymore"
    cue(
        r"\bthe one (?:signing(?: off)?|deciding|approving|making the (?:call|decision))(?: (?:on )?(?:this|it))?,?"
        r" (?:and )?not (?:me|us|I)\b"
        r"|\b(?:is|'s|am|'m|are|'re) not (?:the|our|your) (?:decision[- ]?maker|champion|sponsor|budget holder"
        r"|one (?:deciding|signing))(?: on (?:this|it))? ?(?:any ?more|now|from now on|these days)\b",
        0.85,
        negatable=False,
    ),
)
