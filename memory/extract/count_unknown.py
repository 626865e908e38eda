"""A price per unit when the customer says how many is not known yet ("some units, how many is not clear", "no
idea yet how many seats"): with no count there is no deal value to log, only a list price. A count still open
between two figures ("40 or 50 seats") is a range, read elsewhere."""

from __future__ import annotations

import re

_UNKNOWN = r"(?:not (?:yet |at all )?(?:clear|known|decided|fixed|settled|sure)|unknown|unclear|undecided|open|tbd|tbc)"
_COUNT_UNKNOWN = re.compile(
    r"\bhow many (?:\w+ )?(?:is|are|is still|are still|remains?) " + _UNKNOWN + r"|"
    r"\b(?:not sure|unsure|(?:no|any) idea(?: yet)?|(?:don't|do not|doesn't|does not) (?:yet )?know|unclear|undecided"
    r"|can't say|cannot say) (?:yet )?(?:about )?how many\b|"
    # the count not given by them: "they haven't said how many", "she didn't tell us how many units"
    r"\b(?:haven't|have not|hasn't|has not|didn't|did not|won't|will not|wouldn't|couldn't|never) (?:yet )?"
    r"(?:said|(?:told|tell) (?:us|me|him|her)|mentioned|given|confirmed|decided|specified|committed to|indicated) "
    r"(?:yet )?how many\b|\bno (?:quantity|count|seat count|unit count|volume) (?:given|yet|stated|mentioned)\b|"
    r"\b(?:quantity|the count|(?:seat|user|licen[cs]e|unit) count|the number of (?:units|seats|users|licen[cs]es|"
    r"machines|devices))"
    r"(?: is| are)?(?: still)? " + _UNKNOWN
)


def count_unknown(low: str) -> bool:
    """Whether the lower-cased text says the number of units is not known yet."""
    return bool(_COUNT_UNKNOWN.search(low))
