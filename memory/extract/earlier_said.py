"""A figure the customer's reply attributes to an earlier message: "I know your first mail below said $31,200",
"the original quote had 42k", "you initially offered $9,500". It is the number the reply moves away from, so it
ranks below the reply's own figure (``amount`` gives it no weight; it still stands when it is the only one)."""

from __future__ import annotations

import re

# the earlier message and its verb, just before the figure
_EARLIER_SAID = re.compile(
    r"\b(?:your|the|our|my|that) (?:very )?(?:first|earlier|previous|prior|original|initial|old|older|last) "
    r"(?:mail|e-?mail|message|note|quote|quotation|offer|proposal|version|draft)(?: below| in the thread)?"
    r"(?: (?:said|had|showed|stated|quoted|listed|was|of|at|came to))?[ \t]*(?:about |around )?[$€£]?[ \t]*$"
    r"|\b(?:you|we) (?:originally|initially|first) (?:quoted|offered|proposed|said)(?: us)?[ \t]*[$€£]?[ \t]*$",
    re.IGNORECASE,
)


def earlier_mail_figure(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` in ``sentence`` is the one an earlier message gave."""
    return _EARLIER_SAID.search(sentence, max(0, start - 70), start) is not None
