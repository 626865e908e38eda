"""A window holding the close said to be beyond them, the signature as the thing they will not manage or make: "we
will not manage the signature in January", "we won't make the March signing", "we can't manage to sign this month".
The window is named right after the phrase; whether it holds the expected close is checked by signals_timeline.py, so
"we won't manage the signature in May" against a close at the end of June is no slip there. The rollout or a call
not managed ("we can't manage a call in January") is not the deal.
"""

from __future__ import annotations

import re

_NOT = (r"(?:won't|wont|will not|can't|cant|cannot|can not|couldn't|could not|wouldn't|would not|aren't going to"
        r"|are not going to|'re not going to|not going to|won't be able to|will not be able to|are unable to"
        r"|'re unable to|unable to)")  # fmt: skip
_DEAL = r"(?:signature|signing|sign-?off|decision|contract|deal|order|purchase order|po|go-ahead|approval|close)"

NOT_MANAGED_BEFORE = re.compile(
    r"\b(?:we|i|they|legal|procurement)\b(?: (?:realistically|really|honestly|probably|simply|just))? "
    + _NOT
    + r"(?: (?:realistically|really|honestly|quite|possibly|actually))? (?:manage|make|hit|meet|achieve|reach)"
    # the thing: the signature itself ("the signature"), or signing as the verb ("manage to sign")
    r"(?: (?:the|our|a|any|this) (?:planned |target(?:ed)? |final )?" + _DEAL + r"s?(?: date)?"
    r"| (?:it|this) (?:signed|done|over the line|through)| (?:to|it to) (?:sign|decide|close|commit)(?: (?:it|this))?)"
    r"(?: (?:in|by|for|before|during|within))?\s*$",
    re.IGNORECASE,
)
