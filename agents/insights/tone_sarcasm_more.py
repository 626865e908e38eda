"""Sarcasm as thanks for more of what they asked us to stop: "Thank you again for the newsletters, today three more.",
"thanks for the reminders, another five this morning" (the count of more is the tell), and the mock feeling that goes
with it: "We feel very much loved." The feeling is read as sarcasm only beside such thanks, sarcasm of another kind or
a failure of ours (sentiment.py), so "we feel very valued as a partner" after a good quarter stays sincere.
"""

from __future__ import annotations

import re

_UNWANTED = (r"(?:newsletters?|e-?mails?|mails?|mailings?|messages?|calls?|cold calls?|reminders?|spam|promos?"
             r"|promotions?|offers?|texts?|notifications?|marketing|brochures?|flyers?|invites?"
             r"|invitations?)")  # fmt: skip
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|a few|yet another|another(?: \w+)?)"
THANKS_FOR_MORE = re.compile(
    r"\b(?:thanks?|thank you)(?: (?:again|so much|very much|a lot|ever so much))* for (?:the |all the |your |more |yet "
    r"more |another )?(?:[\w-]+ ){0,2}?"
    + _UNWANTED
    + r"\b[^.;!?]{0,30}?\b(?:"
    + _COUNT
    + r" more|another (?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|dozen|batch|load|round))\b"
    r"(?! (?:to come|coming|to follow|attached|on the way|please|of (?:these|them|those) (?:would|will|please)))",
    re.IGNORECASE,
)
MOCK_FEELING = re.compile(
    r"\b(?:we|I)(?: really| truly| certainly| do)? feel (?:(?:very|so|really|truly|ever so|most|so very|very very)"
    r" )*(?:much )?(?:loved|special|valued|appreciated|cherished|pampered|spoil(?:ed|t)|important|cared for"
    r"|looked after|remembered|popular)\b(?! (?:as|by (?:your|the) (?:team|trainer|support)|with)\b)",
    re.IGNORECASE,
)
