"""A rival's plan on schedule is not this deal back on track, for ``timeline_slip``.

"as planned" and "on track" clear an earlier slip when they speak of the deal ("Still June, as planned"). Said of
a rival's trial ("Their pilot kicks off 4 Dec as planned", "Lumora's pilot is on schedule") it is the competition
going ahead, which is what pushed the deal out: the slip stands.
"""

from __future__ import annotations

import re

from agents.insights.cues import COMPETITORS

_RIVALS = "|".join(re.escape(n) for n in COMPETITORS)
# the subject is the rival or their trial: "Their pilot ...", "The Lumora trial ...", "Kestrel's proof of concept ..."
_RIVAL_TRIAL = re.compile(
    rf"^(?:(?:and|but|so|also|anyway),? )?(?:their|(?:the )?(?:{_RIVALS})(?:'s)?|the (?:other|rival|competing)"
    r" (?:vendor|supplier|provider)'s) (?:[\w-]+ )?(?:pilot|trial|test|proof of concept|poc|bake-?off|evaluation"
    r"|demo|workshop|assessment|benchmark)s?\b",
    re.IGNORECASE,
)


def rival_on_plan(sentence: str) -> bool:
    """The sentence's "as planned" or "on track" is about a rival's trial, not this deal."""
    return _RIVAL_TRIAL.search(sentence.strip()) is not None
