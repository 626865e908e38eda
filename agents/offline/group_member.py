"""One company picked from a group of companies the message has named: "which of Acme's subsidiaries has given us
the most", "in the Golddex family, which company ...". The group's deals are ranked company by company."""

from __future__ import annotations

import re

# one company picked from a group of them already named: "which of Acme's subsidiaries has given us the most", "in
# the Acme family (parent + subs), which company ...", "which company in the Sonron group has the most open deals"
_MEMBER = r"(?:company|account|customer|client|sub|subsidiary|member|firm|one|entity)"
_PICKED_IN_GROUP = re.compile(
    r" (?:which|what)(?: one)? (?:of|among) (?:the |its |their )?(?:[\w'&-]+ ){0,3}?(?:subs|subsidiaries|group"
    rf"|family|companies|members) | (?:which|what) {_MEMBER} (?:[\w'&-]+ ){{0,3}}?(?:in|of|within|from) (?:the |its"
    r" |their )?(?:[\w'&-]+ ){1,3}?(?:group|family|subs|subsidiaries) | (?:in|within|across|among) the (?:[\w'&-]+ )"
    rf"{{1,3}}?(?:group|family) (?:[\w'&+-]+ ){{0,6}}?(?:which|what) {_MEMBER} "
)
_SUPERLATIVE = re.compile(r" (?:most|least|best|worst|highest|lowest|biggest|smallest|top|fewest|largest|\w+est) ")


def picks_a_member(t: str) -> bool:
    """Whether ``t`` ranks the companies of a group it names to pick one: "which of Sonron's subs has the most"."""
    return _PICKED_IN_GROUP.search(t) is not None and _SUPERLATIVE.search(t) is not None
