"""The messenger sorry for the news, not cross with us: "An update I'm not thrilled to give.", "I'm not happy to be
writing this", "not pleased to send you this news". Like "bad news, I'm afraid" (tone_cues.PHRASES) it weighs the news,
which its own reason judges (a slip, a cut), not the customer's tone towards us; the phrase lifts the sentence back
towards neutral. A displeasure aimed at what we sent ("not thrilled with your update") or a refusal ("not happy to
give you another week") names no news of theirs, and stays.
"""

from __future__ import annotations

import re

_GLAD = r"(?:not|n't) (?:\w+ )?(?:thrilled|happy|pleased|glad|delighted|keen|excited|overjoyed)"
_NEWS = r"(?:update|news|message|e-?mail|note|letter|mail)s?"
MESSENGER_PHRASES: tuple[tuple[re.Pattern[str], float], ...] = (
    (
        re.compile(
            # "an update I'm not thrilled to give", "news we are not happy to share"
            rf"\b{_NEWS} (?:that )?(?:i'm |i am |we're |we are |i was |we were )?{_GLAD} to (?:give|send|share|write"
            r"|bring|deliver|pass on)\b"
            # "not happy to be writing this", "not pleased to send you this news"
            rf"|\b{_GLAD} to (?:be )?(?:giv|send|shar|writ|bring|deliver|pass)\w*(?: on)? (?:you |to you )?(?:this"
            rf"|the|an?|some|these)(?: \w+)? {_NEWS}\b|\b{_GLAD} to (?:be )?writ\w+ (?:this|to you)\b"
        ),
        0.55,
    ),
)
