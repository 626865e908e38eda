"""A group's headcount: the parent's employees with its subsidiaries', asked of the group as a whole ("the combined
headcount of the whole Inity group incl Inity itself", "total employees across the Sonron group", "how many people
work at Sonron and its subsidiaries combined"). "How many people work at Inity" stays the parent's own figure."""

from __future__ import annotations

import re
from typing import Any

_GROUP_WIDE = re.compile(
    r" (?:whole|entire|full) (?:group|family) | combined | all together | altogether | in total | total (?:employees"
    r"|headcount|head count|staff|workforce|people) | across (?:the )?(?:[\w'&-]+ )?(?:group|family|subs|subsidiaries)"
    r" | (?:group|family)(?: wide| wide| s)? (?:headcount|head count|employees|staff|workforce|size) "
    r"| incl\w* (?:[\w'&-]+ )?(?:itself|the parent) | (?:and|plus|\+|with|incl\w*) (?:all )?(?:of )?(?:its|their|the)"
    r" (?:subs|subsidiaries) | parent and (?:subs|subsidiaries) | (?:parent|itself) (?:plus|\+|and) (?:its |the )?subs"
)


def group_headcount(t: str, facts: tuple[str, ...], scope: dict[str, Any]) -> tuple[tuple[str, ...], dict[str, Any]]:
    """``facts`` with the group's headcount for the account's own when ``t`` (normalised) asks it of the whole group;
    a group named as the scope ("Sonron and its subsidiaries") becomes the account whose group it is."""
    if "employees" not in facts or _GROUP_WIDE.search(t) is None:
        return facts, scope
    if "account_group" in scope and "account" not in scope:
        scope = {**{k: v for k, v in scope.items() if k != "account_group"}, "account": scope["account_group"]}
    if "account" not in scope:
        return facts, scope
    return tuple("group_employees" if f == "employees" else f for f in facts), scope
