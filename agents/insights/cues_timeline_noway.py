"""A window holding the close ruled out by an emphatic "no way" before the signing in it: "no way we sign in
December", "there's no chance we can sign off this month", "not a chance we'll decide by Friday". The window is named
right after the verb; whether it holds the expected close is checked by signals_timeline.py, so "no way we sign in May"
against a close at the end of June is no slip there. A double negative ("no way we don't sign in June") keeps the date.
"""

from __future__ import annotations

import re

NO_WAY_BEFORE = re.compile(
    r"\b(?:no way|no chance|not a chance|zero chance|not a hope|no hope)(?: in hell)?,? (?:that )?"
    r"(?:we|i|they|it|this|the (?:deal|contract|order))(?:'ll|'d)?"
    r"(?: (?:can|could|will|would|are going to|'re going to|get to|manage to|be able to|gets?|is|be))*"
    r" (?:sign(?:ed)?(?: off)?|decid(?:e|ed)|commit|close|approv(?:e|ed)|order)(?: (?:it|this|the (?:deal|contract"
    r"|order|po)))?(?: (?:off|through))? (?:in|by|for|before|this|during|within)?\s*$",
    re.IGNORECASE,
)
