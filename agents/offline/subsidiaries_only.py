"""A figure asked of a parent's subsidiaries with the parent itself set aside: "golddex's subsidiaries only - not
golddex itself - what did we win from them", "won rev from Inity's subs, excluding Inity", "just the subsidiaries of
Sonron, not the parent: how many open deals". The deals are the subsidiaries' (the tool's ``parent`` filter), not the
whole group's and not the parent's own."""

from __future__ import annotations

import re
from typing import Any

_SUBS = r"(?:subsidiaries|subsidiary|subs)"
# the parent said to be left out: "not golddex itself", "excluding the parent", "without inity", "minus sonron"
_PARENT_OUT = re.compile(
    r" (?:not counting|not including|leaving out|leave out|leaving aside|but not|not|excluding|excl|without|minus"
    r"|except|w/o|apart from) (?:the )?"
    r"(?:(?P<name>[\w&'-]+(?: [\w&'-]+){0,2}?) (?:itself|themselves|on its own|alone)|parent(?: company| account)?"
    r"|(?P<named>[\w&'-]+(?: [\w&'-]+){0,2}))(?= )"
)
# ... or the subsidiaries said to be all that is asked: "X's subsidiaries only", "only X's subs", "just the subs"
_ONLY_SUBS = re.compile(
    rf" (?:only|just) (?:the |its |their |[\w&'-]+'s )?{_SUBS} | {_SUBS} only | only (?:the )?{_SUBS} of "
    rf"| {_SUBS} (?:on their own|by themselves|alone) "
)
_NAMES_SUBS = re.compile(rf" {_SUBS} ")
# a figure of their deals is asked, not who the subsidiaries are
_DEALS = re.compile(
    r" (?:won|win|wins|lost|lose|losses|deals?|opps?|opportunities|revenue|rev|pipeline|pipe|booked|sold|closed"
    r"|win rate|business) "
)
_GROUP = re.compile(r" (?:group|family|together with|incl\w*|plus|as a whole|combined|across) ")


def _parent_set_aside(t: str, parent: str) -> bool:
    for m in _PARENT_OUT.finditer(t):
        said = m.group("name") or m.group("named")
        if said is None or parent.lower().startswith(said.lower()):  # "the parent", or the parent's own name
            return True
    return False


def subsidiaries_only(t: str, scope: dict[str, Any]) -> dict[str, Any]:
    """``scope`` over the subsidiaries of its account when ``t`` (normalised) sets the parent itself aside, else
    ``scope`` unchanged."""
    parent = scope.get("account") or scope.get("account_group")
    if not parent or not _NAMES_SUBS.search(t) or not _DEALS.search(t):
        return scope
    set_aside = _parent_set_aside(t, parent)
    if not set_aside and (not _ONLY_SUBS.search(t) or _GROUP.search(t)):
        return scope
    rest = {k: v for k, v in scope.items() if k not in ("account", "account_group", "subsidiary")}
    return {**rest, "parent": parent}
