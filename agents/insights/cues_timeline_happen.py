"""The deal's step told as an event that "will happen" on a date, for ``timeline_slip``: "the PO sign-off for MG
Advanced will happen only after he is back, tentatively by 20th January", "the contract signature will take place in
mid-August", "approval of the order can't happen before 10 January".

``cues_timeline.COMMIT`` wants a person who signs and ``PASSIVE_COMMIT`` the deal signed; here the signature,
approval or order is a noun, perhaps with what it is for ("the sign-off for MG Advanced", which
``cues_timeline.MOVE``'s "sign-off will happen" does not allow), and the verb only says it occurs. The date tied to
that verb in its clause is when the deal now happens, judged against the expected close by signals_timeline.py. As
for MOVE, a bound is the date they plan to ("by 20 July" is the 20th, "before 20 July" the 19th), and one denied
("can't happen before 10 January") is a floor. The signer's return as the floor ("only after he is back") takes the
date of the absence named before it in the same sentence ("our CFO is travelling till the first week of January,
hence ...").

Not the work that follows the deal ("the training will happen in August", "go-live will take place in Q1").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from agents.insights.dates import DateMention

_STEP = (
    # (whose it is may come first: "the CFO's sign-off", "the board's decision")
    r"(?:(?:the|our|their|his|her|final|formal|official|contract|contractual|PO|purchase order|order|budget|board"
    r"|management|CFO|CEO|internal|legal|[\w-]+(?:'s|\u2019s)) )*(?:sign-?off|signature|signing|approval|decision"
    r"|go-ahead|purchase order|PO|order|award|(?:PO|purchase order|order) (?:release|issuance|issue)"
    r"|release of the (?:PO|purchase order|order)|countersignature)"
)
_MODAL = (
    r"(?:will|'ll|would|is going to|are going to|is (?:now )?(?:expected|likely|planned|scheduled|set) to"
    r"|can only|can't|cannot|won't|will not|should|is to)"
)
_HAPPENS = (
    r"(?:happen|take place|come through|go through|be done|be completed|be finali[sz]ed|be given|be granted"
    r"|materiali[sz]e|occur|be possible"
    # or the step done to it, in the passive: "the PO for the GTX seats will be released only in July"
    r"|be (?:released|issued|raised|placed|signed|taken|made|approved|countersigned))"
)
STEP_HAPPENS = re.compile(
    rf"\b{_STEP}(?: (?:for|of|on) [^,.;:?]{{1,40}}?)? {_MODAL}"
    rf"(?: (?:only|now|probably|likely|realistically|then|therefore|most likely|only ever|sadly))* {_HAPPENS}\b",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:can't|cannot|won't|will not)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:before|ahead of|in time for|prior to)\s*$", re.IGNORECASE)
_AFTER = re.compile(r"\b(?:after|past|beyond|not before)\s*$", re.IGNORECASE)
# the writer's or the signer's return: "only after he is back", "once she returns", "on his return"
_ON_RETURN = re.compile(
    r"\b(?:after|once|when|as soon as)\s+(?:he|she|they|I|we)\s+(?:is|are|am|'s|'re|gets?|comes?|returns?)"
    r"(?:\s+back)?\b|\b(?:on|after|upon)\s+(?:his|her|their|my|our)\s+return\b",
    re.IGNORECASE,
)
_AWAY_UNTIL = re.compile(r"\b(?:until|till|'?til|through|up to)(?: (?:the|about|around))?\s*$", re.IGNORECASE)


def step_dates(sentence: str, mentions: Sequence[DateMention]) -> list[date]:
    """When the deal's step now happens, by the dates tied to its "will happen" in the same clause (empty when the
    sentence has no such step)."""
    found: list[date] = []
    for m in STEP_HAPPENS.finditer(sentence):
        denied = _DENIED.search(m.group(0)) is not None
        for d in mentions:
            gap = sentence[m.end() : d.start_at]
            if d.start_at < m.end() or len(gap) > 80 or re.search(r"[;:()?\u2014]", gap) or gap.count(",") > 1:
                continue
            if _AFTER.search(gap):
                found.append(d.end + timedelta(days=1))  # "only after 15 January": the 16th at the earliest
            elif _BEFORE.search(gap) and not denied:
                found.append(d.start - timedelta(days=1))  # "will happen before 20 July": the 19th
            else:
                found.append(d.start)  # "in mid-August", "tentatively by 20th January", "can't happen before 10 Jan"
        # "travelling till the first week of January, hence the sign-off will happen only after he is back"
        if _ON_RETURN.search(sentence[m.end() : m.end() + 40]):
            found += [d.end + timedelta(days=1) for d in mentions
                      if d.end_at <= m.start() and _AWAY_UNTIL.search(sentence[: d.start_at])]  # fmt: skip
    return found
