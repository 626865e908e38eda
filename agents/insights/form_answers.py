"""Form fields answered in the negative: a risk named only as a field's label, with no, none or low as its value.

A customer may paste a purchase-justification form or a checklist ("Competing bids considered: none", "Change of
decision owner expected: no", "Risk of delay: low"). The label names the risk; the value says it is absent, so the
line is no evidence of it. A field answered yes, or with content ("Competing bids: Quorvia, Lumora"), stays.
"""

from __future__ import annotations

import re

# "<Label of a few words>: <a negative value>", where the value ends the line or is followed only by a remark in
# brackets or after a dash ("none (single-source, ...)", "no - same sponsor throughout")
_DENIED_FIELD = re.compile(
    r"^[-*\u2022\s]*[A-Z][\w/&'() -]{2,60}?\s*[:=]\s*"
    r"(?:none|no|nope|nil|nothing|n/?a|zero|0|low|minimal|negligible|not (?:requested|applicable|expected"
    r"|planned|needed|required|asked|sought|known|yet|anticipated)|neither)"
    r"\s*(?:[.;]?\s*$|[(\u2013\u2014-].*$|,\s*(?:see|per|as)\b.*$)",
    re.IGNORECASE,
)

# a label naming something to have rather than a risk: "Budget available: none" says the money is missing
_RESOURCE = re.compile(r"\b(?:budget|funds?|funding|money|available|remaining|left|approv\w*|sign-?off|headcount"
                       r"|progress|interest|response|reply|date)\b", re.IGNORECASE)  # fmt: skip
_RISK = re.compile(r"\b(?:risk|concerns?|cut|freeze|frozen|issues?|objections?|blockers?|competing|competitors?"
                   r"|other vendors?|change|delay|discount|below list)\b", re.IGNORECASE)  # fmt: skip


def denied_field(sentence: str) -> bool:
    """The sentence is a form field whose value says the risk its label names is absent."""
    m = _DENIED_FIELD.match(sentence.strip())
    if m is None:
        return False
    label = sentence.strip().split(":", 1)[0].split("=", 1)[0]
    return _RISK.search(label) is not None or _RESOURCE.search(label) is None
