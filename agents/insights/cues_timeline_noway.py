"""A window holding the close ruled out by an emphatic "no way" before the signing in it: "no way we sign in
December", "there's no chance we can sign off this month", "not a chance we'll decide by Friday". The window is named
right after the verb; whether it holds the expected close is checked by signals_timeline.py, so "no way we sign in May"
against a close at the end of June is no slip there. A double negative ("no way we don't sign in June") keeps the date.
The same said as pointless: "there's no point signing in November", "no sense in us deciding this month".
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
# pointless to sign in it: "there's no point signing in November", "no sense in us ordering before Q1" (the window,
# named right after, is judged as above)
NO_POINT_BEFORE = re.compile(
    r"\b(?:no point|no sense|pointless|not worth)(?: (?:in|even))?(?: (?:us|them|him|her|me))?(?: even)?"
    r" (?:sign(?:ing)?(?: off)?|decid(?:e|ing)|commit(?:ting)?|clos(?:e|ing)|approv(?:e|ing)|order(?:ing)?)"
    r"(?: (?:it|this|the (?:deal|contract|order|po)))? (?:in|by|for|before|this|during|within)?\s*$",
    re.IGNORECASE,
)
