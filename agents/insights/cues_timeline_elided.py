"""A slip told with the deal left unsaid, as terse mail does: "pushing to Q1. will ping.", "we're bumping to
January". The sentence opens on the move and lands on a date, so what moves is the deal under discussion; a push
towards a goal ("pushing to close by Q4") or a date that heads more words ("moving to Q1 planning") is not one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from agents.insights.dates import DateMention

# the move at the head of the sentence (after a name addressed), with at most a bare "we" as its subject
_HEAD = re.compile(
    r"^\W*(?:(?-i:[A-Z])[a-z]+\s*[,:\u2014-]\s*)?"
    r"(?:(?:we|we're|we are|we'll|we've|we have|we've had to|we had to|have to|had to|need to|going to be)\s+)?"
    r"(?:push(?:ing|ed)?|bump(?:ing|ed)?|slip(?:ping|ped|s)?|slid(?:ing)?|mov(?:ing|ed)|delay(?:ing|ed)"
    r"|postpon(?:ing|ed)|defer(?:ring|red)|shift(?:ing|ed))(?:\s+(?:back|out))?\s+(?:to|till|until|into)\s+",
    re.IGNORECASE,
)
# the date closes its clause, perhaps with a hedge: "pushing to Q1 at the earliest."
_CLAUSE_END = re.compile(r"\s*(?:at the (?:earliest|latest)|probably|likely|realistically|now|i'm afraid)?\s*"
                         r"(?:[,;:.!\u2014-]|$)", re.IGNORECASE)  # fmt: skip


def elided_slip(sentence: str, written: date, find: Callable[[str, date], Sequence[DateMention]]) -> bool:
    """The sentence is only a move to a date, its object elided: the deal itself slips."""
    if sentence.rstrip().endswith("?"):
        return False  # "pushing to Q1?" asks
    m = _HEAD.match(sentence)
    if m is None:
        return False
    return any(d.start_at == m.end() and _CLAUSE_END.match(sentence, d.end_at) for d in find(sentence, written))
