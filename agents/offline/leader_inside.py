"""A figure asked of the company's biggest customer inside one clause: "how many deals does our biggest account have",
"whats the win rate at our largest customer". The customer is not named, so the clause is read as two: the leader
first ("our biggest account?"), then the figure of "that account", which waits for the leader to be found (see
agents.offline.chained). "Who is our biggest customer" asks for the leader alone; "our biggest account by headcount"
ranks the companies' own size, and "our biggest account deal" is a deal. "My biggest customer" is left as it is read:
whose figure follows it (mine at that account, or everyone's) is not said."""

from __future__ import annotations

import re

_LEADER = re.compile(
    r"\b(?P<leader>(?:our|the company's|the company s) (?:very |single )?(?:biggest|largest|top|best|#1"
    r"|number one|most valuable) (?P<noun>account|customer|client))\b(?!'?s? (?:deal|opp|win)|s? by\b)",
    re.IGNORECASE,
)
# the clause asks something of its own: a figure, a list; not the leader itself ("who is our biggest customer")
_ASKS = re.compile(r"^\s*(?:and |also |so |ok |quick q:? )?(?:how|what|whats|what's|when|give|show|list|pull)\b", re.I)

# the leader said first as a heading: "our biggest account - how many open deals do we have with them"
_TOLD_FIRST = re.compile(
    r"\s*(?:[-:,\u2013\u2014]|\.\.+)\s*(?=(?:and |so )?(?:how|what|whats|what's|when|which)\b)", re.I
)


def leader_asked_inside(text: str) -> str:
    """``text`` as "<leader>? and <the figure of that account>" when one clause asks a figure of the asker's biggest
    customer; else ``text`` as it is."""
    found = _LEADER.search(text)
    if (
        found is not None
        and found.start() == len(text) - len(text.lstrip())
        and (told := _TOLD_FIRST.match(text, found.end()))
    ):
        return f"{found.group('leader')}? {text[told.end() :]}"  # "our biggest account - how many open deals..."
    if found is None or not _ASKS.match(text) or "?" in text[: found.start()] or text.count("?") > 1:
        return text
    rest = f"{text[: found.start()]}that {found.group('noun')}{text[found.end() :]}"
    return f"{found.group('leader')}? and {rest}"
