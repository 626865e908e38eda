"""A date given as the answer to our question about the signature or decision, for ``timeline_slip``.

In a call the customer often answers with the date alone ("Kami: And your signature date? Fenella: After their
pilot, so realistically mid-January."): the answer names no signature, the question does. thread.py keeps our
question beside the line it answers (``Turn.asked``); the first sentence of that line is then read as saying when
the deal is signed or decided, and its date is judged against the expected close like any other. A question about
a meeting, a start or a go-live ("When do you go live?") leaves the answer to its own words.
"""

from __future__ import annotations

import re

from agents.insights.thread import Turn, split_sentences

# the question asks when the deal itself is signed or decided: "And your signature date?", "When do you think
# you'll decide?", "Still on track to sign this month?", "Any date for the PO?"
_ASKS_DEAL = re.compile(
    r"\b(?:sign(?:s|ed|ing|ature)?|sign-?off|decid\w*|decision|go-?ahead|commit\w*|purchase order|PO|order"
    r"|contract|close|closing|approv\w*)\b",
    re.IGNORECASE,
)
# ... not when something after it starts: "When does the contract start?", "When do you go live after signing?"
_ASKS_START = re.compile(
    r"\b(?:start\w*|begin\w*|kick(?:s|ing)?[- ]?off|go(?:es|ing)?[- ]live|launch\w*|roll(?:ing)?[- ]?out|onboard\w*"
    r"|implement\w*|install\w*|deliver\w*|meet\w*|meeting|call|demo|visit|workshop|training)\b",
    re.IGNORECASE,
)


def answers_deal_date(turn: Turn, written: str) -> bool:
    """``written`` opens a line of the call that answers our question about when the deal is signed or decided."""
    for line, question in turn.asked:
        first = split_sentences(line)[:1]
        if first and " ".join(first[0].split()) == " ".join(written.split()):
            return _ASKS_DEAL.search(question) is not None and _ASKS_START.search(question) is None
    return False
