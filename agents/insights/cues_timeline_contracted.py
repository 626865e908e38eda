"""Timeline cues the main lists miss for their wording (timeline_slip).

- the signature as the subject with "is" contracted, as reps say it in notes: "signature's moving to January",
  "the decision's slipping into Q2" (the date still has to land past the expected close);
- no new date offered for the deal once the old one is gone: "I can't commit to a new date", "we can't give you a
  revised timeline" (a meeting's new date is no slip: "a new date for the workshop").
"""

from __future__ import annotations

import re

from agents.insights.signals import negated

CONTRACTED_MOVE = re.compile(
    r"\b(?:signature|signing|sign-off|decision|go-ahead|order|purchase|contract)['\u2019]s (?:now |then |therefore )?"
    r"(?:moving|shifting|sliding|slipping|being (?:moved|pushed)|been (?:moved|pushed|bumped|shifted))"
    r"(?: back| out)? (?:to|into|until|till|past|beyond)\b",
    re.IGNORECASE,
)

_NO_NEW_DATE = re.compile(
    r"\b(?:I|we)(?:['\u2019](?:m|re))?(?: honestly| genuinely| really| just| simply)? (?:can't|cannot|can not"
    r"|couldn't|won't be able to|not able to|unable to"
    r"|am unable to|are unable to|am not able to|are not able to) (?:commit to|give you|promise you|promise|name"
    r"|set|offer you|guarantee) (?:a|any) (?:new|revised|replacement|fresh) (?:date|timeline|timeframe|target date"
    r"|target|close date|signing date)\b"
    r"(?! for (?:the|our|a|your|this|that) (?:[\w-]+ )?(?:workshop|call|meeting|demo|training|session|visit"
    r"|kick-?off|webinar|review call|check-in|onboarding)s?\b)",
    re.IGNORECASE,
)


def no_new_date(sentence: str) -> float:
    """The weight of the deal left with no new date (0 when the sentence says no such thing)."""
    m = _NO_NEW_DATE.search(sentence)
    return 0.8 if m and not negated(sentence, m.start()) else 0.0
