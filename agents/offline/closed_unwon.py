"""Groups closed with but never won: "any accounts where every deal I've closed was a loss?", "was there any
account my team closed deals with (won or lost) but didn't win anything from?". Their closed deals, each group with
at least one and no win among them; not every group without a win, which would take in those never dealt with."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question

_NEVER_WON = re.compile(
    r" (?:never|not once|didn'?t|did not|haven'?t|hasn'?t|have not|has not|without) (?:\w+ ){0,2}?"
    r"(?:won|win|winning)(?= )"
    r"| (?:every|each|all)(?: [\w'-]+){0,5}? (?:was|were|has been|have been|ended|ended up|went) (?:a |as )?"
    r"(?:loss|losses|lost)(?= )"
    r"| only (?:ever )?(?:lost|lose|losing|losses)(?= )"
)
_CLOSED_WITH = re.compile(r" (?:closed|close|closing|lost|losses|loss)(?= )")
_GROUP = re.compile(r" (?:any|which|what|the) (?P<group>account|customer|client|product|sector|industry)s?(?= )")
_GROUPS = {"customer": "account", "client": "account", "industry": "sector"}


def closed_never_won(t: str, scope: dict[str, Any], group_by: str | None, text: str) -> Question | None:
    """The groups whose closed deals in scope were all lost, when a question asks for those closed with but never
    won; None otherwise."""
    if not (_NEVER_WON.search(t) and _CLOSED_WITH.search(t)):
        return None
    if group_by is None and (named := _GROUP.search(t)) is not None:
        group_by = _GROUPS.get(named.group("group"), named.group("group"))
    if group_by not in ("account", "product", "sector", "rep", "office"):
        return None
    return Question("ranking", ("deals",), {**scope, "stage": "closed"}, group_by, None, False, text=text,
                    having=("won=0", "deals>=1"))  # fmt: skip
