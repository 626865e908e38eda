"""A window holding the close ruled out by telling us not to expect the deal in it: "please don't expect a signature
in June", "you shouldn't expect our decision by mid-June", "there will be no signed contract this month". The
window is named right after the words; whether it holds the expected close is checked by signals_timeline.py, so
"don't expect a signature before the 10th" against a close at month-end is no slip there."""

from __future__ import annotations

import re

_DEAL_THING = (
    r"(?:a|the|our|any|my) (?:final |formal )?(?:signature|signed (?:contract|order|quote)|decision|go-ahead|sign-off"
    r"|purchase order|po|order|contract(?: back)?|commitment)(?: (?:from (?:us|me|our side)|on (?:this|our side)))?"
)
NOT_EXPECTED_BEFORE = re.compile(
    r"\b(?:(?:don't|do not|shouldn't|should not|wouldn't|would not|can't|cannot|won't|will not)(?: \w+)? (?:expect"
    r"|anticipate|hold your breath for|wait for)|there (?:will|'ll) be no|there won't be|no chance of)"
    rf" (?:{_DEAL_THING}|(?:signature|decision|sign-off|contract|order)) (?:in|by|for|before|this|during)?\s*$",
    re.IGNORECASE,
)
