"""Which groups a ranking lists: every one in order, not only the leader ("all three", "rank ... highest first");
those with none, when asked how many had none."""

from __future__ import annotations

import re

_ALL_OF_THEM = re.compile(
    r" (?:all|each of the|every one of the) (?:two|three|four|five|six|seven|2|3|4|5|6|7)(?: of them)?"
    r"(?: pls| please)? "
    r"| (?:all|each|every one) of them (?:pls |please )?$| show (?:me )?(?:them )?all "
)
# "rank X's reps by won revenue, highest first", "list the products by revenue, biggest first": every group in order
_IN_ORDER = re.compile(
    r"^ (?:pls |please |can you |could you )?(?:rank|sort|order|list) "
    r"| (?:highest|biggest|largest|best|most|lowest|smallest|worst|fewest|least) first "
)

_HOW_MANY_GROUPS = re.compile(
    r" how many ((?:of (?:my|our|the) )?(?:reps|accounts|customers|products|offices|sectors|people)) "
)
_NONE_HAD = re.compile(
    r" how many (?:of (?:my|our|the) )?\w+ (?:[\w-]+ ){0,2}?(?:had|have|has|with|got|made|closed|won) (?:no|zero) "
)


def every_group_asked(t: str) -> bool:
    """ "which office closes fastest? per office, all three", "rank my reps by win rate, best first" (``t`` is the
    normalised message)."""
    return bool(_ALL_OF_THEM.search(t) or _IN_ORDER.search(t))


def which_had_none(t: str, never: bool) -> str:
    """ "how many reps had no wins in September" asked as "which reps had no wins ...": the groups with none are
    listed, and counted in the answer."""
    if never or _NONE_HAD.search(t):
        return _HOW_MANY_GROUPS.sub(r" which \1 ", t, count=1)
    return t
