"""Stories of another organisation's past, told as context: no evidence about this deal.

"Our sister company bought Lumora in 2015; their sponsor quit six months in, the budget was cut and the whole thing
was shelved" names a cut, a departure and a pause, but they happened to someone else, years ago. A sentence that
names another organisation as its subject and sets the story in the past is skipped by the topical finders. The
customer's own past ("we cut the budget in 2016 and ...") and another party's news now ("our sister company has just
frozen all spend, and we share their budget") stay.

Likewise a tool another team of theirs already uses for another job, said to have no part in this purchase ("our
events people run Brightwave for ticketing, but that's a separate team and unrelated to this"): no rival in this deal.
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


# another team or department of theirs as the user of a tool: "our marketing folks use", "the finance team runs"
_OTHER_TEAM_USES = re.compile(
    r"\b(?:our|the|their|my) (?:[\w-]+ ){0,2}(?:team|teams|folks|people|department|dept|division|unit|group|office"
    r"|colleagues|guys|side of the business)\b(?: [\w-]+){0,3}? (?:use|uses|used|are using|is using|have been using"
    r"|run|runs|are on|is on|rely on|relies on)\b"
    r"|\b(?:is|was) what (?:our|the|their) (?:[\w-]+ ){0,2}(?:team|folks|people|department|division|unit|group)"
    r" (?:use|uses|used|run|runs)\b",
    re.IGNORECASE,
)
# and fenced off from this deal: "nothing to do with this purchase", "that's a different team", "a separate budget"
_FENCED_OFF = re.compile(
    r"\b(?:nothing to do with|unrelated to|separate from|not part of|no bearing on|(?:doesn't|does not|won't|will not)"
    r" (?:affect|touch|come into|change|enter into)|outside (?:of )?)(?: this| our| the| your)"
    r" (?:purchase|deal|project|decision|evaluation|order|buy|contract|rollout|selection|tender|process)\b"
    r"|\b(?:a |an |for a |for an |on a |in a )?(?:different|separate|another|unrelated) (?:team|department|division"
    r"|unit|budget|business unit|use case|purpose|job|need)\b|\b(?:completely |totally |entirely )?unrelated\b",
    re.IGNORECASE,
)


def used_elsewhere(sentence: str) -> bool:
    """The sentence names a tool another team of theirs uses for something else, fenced off from this deal."""
    return bool(_OTHER_TEAM_USES.search(sentence) and _FENCED_OFF.search(sentence))
