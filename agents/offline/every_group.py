"""Whether a ranking asks for every group in order, not only the leader: "all three", "rank ... highest first"."""

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


def every_group_asked(t: str) -> bool:
    """ "which office closes fastest? per office, all three", "rank my reps by win rate, best first" (``t`` is the
    normalised message)."""
    return bool(_ALL_OF_THEM.search(t) or _IN_ORDER.search(t))
