"""The deal moving along its own process, which is no ``stakeholder_change`` (and one wording that is a change):

- a step still to go, not a person gone: "all approvals in, just legal left", "only the countersignature left";
- the deal passed to a routine function that "takes it from here": "I've sent the MSA to our legal team, they'll
  take it from here" (the pronoun stands for the function, not for a new decision maker);
- the quote now resting with a named person, which is a change: "so the quote will sit with Bruno now".
"""

from __future__ import annotations

import re

from agents.insights.cues import cue

# the functions and steps every purchase passes through, whoever decides
_STEP = (r"(?:legal|counsel|procurement|purchasing|finance|accounts(?: payable)?|compliance|security|it|infosec"
         r"|contracts?(?: team)?|signatures?|countersignature|signing|sign-?off|paperwork|formalities|po|admin"
         r"|board (?:approval|sign-?off)|approvals?)")  # fmt: skip
# "left" closing a remainder: "just legal left", "only the signature left", "nothing but procurement left"
REMAINING = re.compile(
    r"\b(?:just|only|still|nothing but|all that's|all that is)\s+(?:(?:the|our|their|a|one|final|last)\s+)*"
    + _STEP
    + r"\s+(?:(?:is|are)\s+)?$",
    re.IGNORECASE,
)
# a routine function named before "they" in the same sentence: "sent it to our legal team, they'll take it..."
_FUNCTION_BEFORE = re.compile(r"\b" + _STEP + r"\b(?:\s+(?:team|department|dept|people|folks|colleagues))?",
                              re.IGNORECASE)  # fmt: skip
_THEY = re.compile(r"\s*they\b", re.IGNORECASE)


def routine_they(sentence: str, start: int) -> bool:
    """The cue at ``start`` opens with "they" and the sentence named a routine function before it."""
    return bool(_THEY.match(sentence, start)) and _FUNCTION_BEFORE.search(sentence, 0, start) is not None


_ROUTINE_OWNER = r"(?!(?-i:Legal|Procurement|Purchasing|Finance|Accounts|Compliance|Security|IT|Counsel)\b)"
# the quote or proposal now resting with a named person or a new role: "the quote will sit with Bruno now", "your
# proposal now rests with our new director" (not a function: "the quote will sit with Legal now")
SITS_WITH = (
    cue(
        r"\b(?:quote|proposal|offer|order form|order|contract)s? (?:will (?:now )?|now )(?:sit|rest|lie)s? with "
        + _ROUTINE_OWNER
        + r"(?:(?-i:[A-Z][a-z]+)|(?:our|the|their) new (?:[\w-]+ ){0,2}?(?:director|head|cfo|ceo|manager|lead|boss"
        r"|owner|vp))\b",
        0.85,
    ),
)
