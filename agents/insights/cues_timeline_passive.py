"""The commitment said in the passive, for ``timeline_slip``: "it'll be signed in March", "the order will only be
placed in February", "the contract gets decided in Q1", "the order gets raised once the year rolls over on 1 April".

``cues_timeline.COMMIT`` wants a person who signs ("we'll sign in March"); told of the deal itself, the date tied to
the verb is just as much the signature date. Only a future or modal form counts: "it was signed in March" is history
and "can it be signed in March?" asks.
"""

from __future__ import annotations

import re

PASSIVE_COMMIT = re.compile(
    r"\b(?:it|this|that|the (?:contract|order(?: form)?|deal|purchase|agreement|paperwork|po|licen[cs]es?|seats"
    r"|decision|renewal|subscription))(?:'ll| will| would|'d| is going to| is to| should| can only| can't| cannot"
    r"| won't| gets?)(?: (?:only|now|probably|likely|realistically|then|most likely|therefore|actually))?"
    r" (?:be |get )?(?:signed(?: off)?|decided|approved|ordered|purchased|placed|committed|countersigned"
    r"|raised|issued|put through)\b",
    re.IGNORECASE,
)
