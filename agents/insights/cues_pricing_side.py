"""A pricing objection said with the hedge "on the ... side", for ``pricing_objection``: our price put at the upper end
("your price is on the higher side for this specification", "the quote looks a bit on the steep side", "your
commercials are slightly on the higher end"). The understatement is the customer's polite way of saying too high;
cues_pricing.PRICING reads "on the high side" after any price word, this adds the comparative and "end" forms with
the price made ours.

Not the price of a rival ("Lumora's price is on the higher side"), a count ("the number of seats is on the higher
side"), the hedge denied ("the price isn't on the high side"), the level granted as worth it ("on the high side, but
fair for what we get"), or the product placed in its market ("it sits at the higher end of the market").
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# our price, named with a word that makes it ours or this deal's, not a rival's ("Lumora's price")
_OUR_PRICE = (
    r"(?<!'s )(?<!\u2019s )\b(?:your|the|this|that|our)(?: (?:current|quoted|proposed|revised|final|overall|total"
    r"|licen[cs]e|annual|commercial|unit|seat))? (?:price|pricing|prices|quote|quotation|cost|costs|commercials"
    r"|commercial offer|offer|proposal|rates?|fees?|investment|figure|number|bid)\b(?! of\b)"
)
_SIDE = (
    r"(?:on the (?:high|higher|expensive|pricey|pricier|steep|steeper|costly|dear|heavy|rich|hefty) side"
    # or at the top of what they can pay: "slightly on the higher end", "at the upper end of what we can justify"
    r"|(?:on|at) the (?:high|higher|upper|top|expensive|pricier) end)\b"
)
# the level granted as worth it in the same sentence: then no objection
_GRANTED = (
    r"(?![^.;!?]{0,40}\b(?:but|though|although|yet)\b[^.;!?]{0,40}\b(?:worth|fair|justified|reasonable|fine|ok|okay"
    r"|acceptable|understandable|expected|no problem|not a problem|not an issue)\b)"
)

PRICE_SIDE: tuple[Cue, ...] = (
    cue(
        _OUR_PRICE
        + r"[^.;!?]{0,30}?\b(?:is|are|was|were|'s|looks?|seems?|feels?|comes? in|came in|sits?|remains?|stays?"
        r"|appears?)\b(?: (?:still|now|frankly|honestly|quite|rather|a bit|a little|somewhat|slightly|clearly"
        r"|definitely|really|very much|much))*\s*" + _SIDE + _GRANTED,
        0.8,
    ),
)
