"""Whether a figure is a budget envelope, not this deal's value (split from ``amount``, at its size limit): a
budget, cap or threshold named before it ("a budget of up to 500k", "anything over 25k needs board sign-off"), or
a sum the customer has put by for a wider purpose ("60k set aside for sales tooling overall", "earmarked 80k"), or
the sum of the wider programme the deal is one slice of ("the wider ERP programme is 1.2m")."""

from __future__ import annotations

import re

_AMOUNT_LOW = re.compile(
    r"\b(budget|envelope|up to|approved|ceiling|cap|max(?:imum)?|around|roughly|threshold|limit|"
    # a sign-off rule's threshold, not this deal: "anything over 25k needs board approval", "purchases above $10k"
    # ... or said as a ban: "nothing over ten k gets signed before the board", "no purchase above 5k without it"
    r"(?:anything|everything|nothing|any (?:deal|purchase|spend|contract|order)|(?:deals|purchases|contracts|orders)|"
    r"no (?:deal|purchase|spend|contract|order|po))"
    r" (?:over|above|exceeding|more than|greater than|beyond|north of|under|below|less than))\b",
    re.I,
)
_ENVELOPE_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:budget|envelope|ceiling|cap)\b", re.I)
# a sum put by: "has set aside 60k", "earmarked about $80k", "a pot of 50k", "ring-fenced 40k for it"
_PUT_BY = r"(?:set aside|put aside|earmarked|allocated|ring-?fenced|reserved|a pot of|a kitty of)"
_PUT_BY_BEFORE = re.compile(r"\b" + _PUT_BY + r"\b\s*(?:(?:about|around|roughly|some)\s*)?[$€£]?\s*$", re.I)
# ... said straight after the figure: "60k set aside for sales tooling", "80k earmarked", "50k in the pot"
_PUT_BY_AFTER = re.compile(
    r"^\s*(?:(?:already|now|in total)\s+)?(?:" + _PUT_BY + r"|in the (?:pot|kitty)|to spend (?:on|across))\b", re.I
)


# the sum of the wider programme the deal is a slice of: "the wider ERP programme is 1.2m", "the overall
# transformation budget of about 3M", "the whole rollout is worth 900k"
_WIDER_BEFORE = re.compile(
    r"\b(?:wider|broader|overall|whole|entire|bigger|larger|umbrella)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:programme|program|project|initiative|transformation|rollout|roll-out|scheme|portfolio)(?:['’]s)?"
    r"(?:\s+(?:budget|spend|cost|value|envelope))?\s+(?:is|was|of|at|comes? to|runs? (?:to|at)|totals?|is worth|worth)"
    r"(?:\s+(?:about|around|roughly|approx\.?|~|some))?\s*[$€£]?\s*$",
    re.I,
)


def envelope(before: str, after: str) -> bool:
    """Whether the figure with ``before`` (its clause's words before it) and ``after`` (the text after it) is
    a budget envelope or a sum put by, not the deal's value."""
    return bool(
        _AMOUNT_LOW.search(before)
        or _WIDER_BEFORE.search(before)
        or _PUT_BY_BEFORE.search(before)
        or _ENVELOPE_AFTER.match(after)
        or _PUT_BY_AFTER.match(after)
    )
