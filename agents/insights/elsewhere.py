"""Stories of another organisation's past, told as context: no evidence about this deal.

"Our sister company bought Lumora in 2015; their sponsor quit six months in, the budget was cut and the whole thing
was shelved" names a cut, a departure and a pause, but they happened to someone else, years ago. A sentence that
names another organisation as its subject and sets the story in the past is skipped by the topical finders. The
customer's own past ("we cut the budget in 2016 and ...") and another party's news now ("our sister company has just
frozen all spend, and we share their budget") stay.
"""

from __future__ import annotations

import re

# another organisation, or the speaker at another one: "our sister company", "the parent group", "my previous
# employer", "a friend's firm", "another customer of yours"
_OTHER_PARTY = re.compile(
    r"\b(?:our|the|a|my) (?:sister|parent|partner|affiliated?|neighbouring|neighboring|group|fellow|daughter)"
    r" (?:company|companies|firm|business|organi[sz]ation|subsidiary|site|plant|division|school|hospital)\b"
    r"|\b(?:my|our) (?:previous|former|last|old) (?:employer|company|firm|job|workplace|organi[sz]ation)\b"
    r"|\ba (?:friend|peer|contact|colleague)(?:'s| of mine at| at) (?:another |a |an )?(?:company|firm|business)\b"
    r"|\banother (?:customer|client) of yours\b",
    re.IGNORECASE,
)
# set in the past: a year named with "in" or "back in", "years ago", "at the time", "back then"
_PAST = re.compile(
    r"\b(?:(?:back )?in (?:19|20)\d\d|(?:a few |some |several |two |three |many |\d+ )?years ago|back then"
    r"|at the time|a decade ago|long before)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:now|currently|this (?:week|month|quarter|year)|just|today|recently)\b", re.IGNORECASE)


def anothers_past(sentence: str) -> bool:
    """The sentence tells of another organisation's past episode, not of this deal."""
    return bool(_OTHER_PARTY.search(sentence) and _PAST.search(sentence) and not _NOW.search(sentence))
