"""A thing awaited is no assent: "Tell me when it's actually done.", "Let me know once it's fixed." name "done" and
"fixed" only as what we still owe, so a reply that waves the matter off and then demands it ("Fine. Tell me when it's
actually done.") stays curt (sentiment.py reads assent words, tone_cues.ASSENT, as a reply moving the deal on).
"""

from __future__ import annotations

import re

_AWAITED = re.compile(
    r"\b(?:when|once|until|till|if|as soon as|the moment|the minute)"
    r" (?:it|that|this|they|everything|all of it|the (?:[\w-]+ ){0,2}?[\w-]+)(?:'s|'re| is| are| has been| have been"
    r"| gets?| got)?(?: actually| really| finally| properly| genuinely| fully| all| truly)?"
    r" (?:done|sorted|fixed|sent|signed|booked|approved|paid|confirmed|accepted|through)\b",
    re.IGNORECASE,
)


def without_awaited(text: str) -> str:
    """The text with what we are told to report back on once finished taken out."""
    return _AWAITED.sub(" ", text)
