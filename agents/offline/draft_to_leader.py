"""A draft to an account known only by its rank: "draft a check-in to my #1 acct (by won $, all time)", "write a
thank-you note to our biggest customer". The account is found first (a ranking with its one leader), then the draft
is written to it once found (see agents.offline.chained). A named account ("draft a check-in to Warephase") is read
as any draft is."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from agents.offline.actions import asks_for_message
from agents.offline.chained import LEADER
from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.question import Question

# the account by its rank, with the measure it is ranked on when said: "our #1 acct (by won $, all time)"
_RANKED_ACCOUNT = re.compile(
    r"\b(?P<whose>my|our|the company's|the company s)\s+(?:very\s+|single\s+)?"
    r"(?P<rank>#\s?1|no\.?\s?1|number one|top|biggest|largest|best|most valuable)\s+"
    r"(?P<noun>acct|account|customer|client|logo)\b"
    r"(?P<by>\s*\(?\s*by\s+[^()?.;]*\)?)?",
    re.IGNORECASE,
)
# a message asked to be written, not whom to write to ("who should i email there?")
_WRITE_ASKED = re.compile(
    r"\b(?:draft|write|compose|put together|prepare)\b"
    r"|\b(?:e-?mail|note|message|check-?in|thank[- ]you|follow[- ]?up|intro)\s+(?:\w+\s+)?(?:to|for)\b",
    re.IGNORECASE,
)
# the asker's own one meant where the message says "ours" first: "reach out to our #1 acct. draft a check-in to mine"
_MINE = re.compile(r"\b(?:to|for|with|at) mine\b|\bmy own\b", re.IGNORECASE)


def draft_to_the_leader(
    text: str, gazetteer: Gazetteer, today: date, read: Callable[[str, Gazetteer, date], Question]
) -> Question | None:
    """The ranking that finds the account, then the draft to it; None when ``text`` asks no draft to a ranked
    account."""
    found = _RANKED_ACCOUNT.search(text)
    if found is None or not asks_for_message(text) or not _WRITE_ASKED.search(text):
        return None
    if any(m.kind == "account" for m in find_mentions(gazetteer, tokens_of(text))):
        return None  # "draft a note to Warephase, my #1 account": the account is named
    whose = "my" if _MINE.search(text) else found.group("whose")
    ranked_on = (found.group("by") or "").strip(" ()")
    leader = read(f"{whose} top account {ranked_on}".strip(), gazetteer, today)
    if leader.style != "ranking" or leader.group_by != "account" or leader.top not in (1, None):
        return None
    return Question("multi", text=text, parts=(leader, Question("draft", scope={"account": LEADER}, text=text)))
