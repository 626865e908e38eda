"""A price ask the customer sizes as small themselves: not the substantial discount a pricing objection needs.

"Could you do anything on price? Even a few percent would help me internally." asks for a gesture, not a cut; the
labels count only a substantial discount (or a price too high for the value). The size has to be said in the same
message; a verdict on the price ("far too high") beside it is still an objection.
"""

from __future__ import annotations

import re

# the size they put on it: "even a few percent", "a couple of percent", "just 2-3%", "a small gesture", "a token"
MODEST_SIZE = re.compile(
    r"\b(?:even|just|only|maybe|perhaps)?\s*(?:a (?:few|couple of)|one or two|two or three|a single) (?:percent|pct"
    r"|per cent|points?)\b|\b(?:even|just|only) (?:[1-5]|[1-4] ?(?:-|to|or) ?[2-5]) ?%"
    r"|\b(?:a )?(?:small|little|token|symbolic|modest) (?:gesture|something|discount|reduction)\b",
    re.IGNORECASE,
)
# the bare ask the size qualifies: "anything on price", "any flexibility on the fee", "a discount"
BARE_ASK = re.compile(
    r"\b(?:do|offer) (?:anything|something|more) (?:on|with) (?:the )?(?:price|pricing|cost)"
    r"|\b(?:any|some) flexibility (?:at all )?(?:on|in|with) (?:the )?(?:price|pricing|cost|fee)"
    r"|\b(?:any|a|some) (?:discount|reduction)\b",
    re.IGNORECASE,
)
