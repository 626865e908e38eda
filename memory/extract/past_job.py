"""A vendor named only as what a person used at a previous job ("Kestrel CRM came up only because she used it at
her last job"), or as one the customer never was with ("they've never been a Kestrel customer"): a fact about the
person, or a denial, not a vendor in this deal. Said again elsewhere as being evaluated or as
the incumbent, that other mention still counts; and in the same sentence, "... and now they are evaluating it too"
keeps it."""

from __future__ import annotations

import re

_OLD_JOB = (
    r"(?:her|his|their|my|our|a|one) (?:last|previous|prior|old|former|earlier) "
    r"(?:job|role|company|employer|workplace|firm|position|gig)"
)
# the person's use of it there given as why it was named: "came up only because she used it at her last job"
_USED_THERE = re.compile(
    r"[^.;!?\n]{0,40}?\b(?:because|since|as|only as|only since)\s+(?:\w+\s+){0,2}?"
    r"(?:used|knew|ran|had|worked with|administered|managed)\s+(?:it|them|that|\w+)\s+"
    r"(?:\w+\s+){0,2}?(?:at|in|during)\s+" + _OLD_JOB + r"\b",
    re.IGNORECASE,
)
# ... unless the same sentence puts it in this deal too: "and now they're evaluating it"
_IN_THIS_DEAL_TOO = re.compile(
    r"\b(?:but|and|so)\s+(?:now\s+)?(?:they|she|he|we)(?:'re| are| is|'s)?\s+(?:now\s+)?(?:also\s+)?"
    r"(?:evaluating|considering|looking at|getting a quote|trialling|trialing|leaning)",
    re.IGNORECASE,
)


# the customer weighing the vendor now, said just before its name: the old job is only why it is on the list
_BEING_WEIGHED = re.compile(
    r"\b(?:(?:also )?talking to|evaluating|considering|looking at|trialling|trialing|getting a quote from)\s+$",
    re.IGNORECASE,
)

# ... or brought into this deal's race: "he's pulling Lumora into the bake-off", "added X to the shortlist"
_BROUGHT = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|add(?:s|ed|ing)?|invit(?:e|es|ed|ing)|pull(?:s|ed|ing)?)\s+$", re.I
)
_INTO_RACE = re.compile(
    r"\s+(?:in\s+|into\s+|to\s+|onto\s+)(?:the|this|our|their)\s+(?:\w+\s+)?"
    r"(?:evaluation|shortlist|short-list|process|bake-?off|rfp|tender|running|race|comparison|mix)\b",
    re.I,
)


# the customer never having been with the vendor: "never been a Kestrel customer", "were never a Lumora shop"
_NEVER_BEFORE = re.compile(
    r"\b(?:never (?:been|was|were|had been)|(?:was|were|has|have|had) never(?: been)?) (?:a|an)\s+$", re.IGNORECASE
)
_NEVER_AFTER = re.compile(r"(?:\s+\w+)?\s+(?:customer|client|user|shop|account)s?\b", re.IGNORECASE)


def not_in_this_deal(text: str, start: int, end: int) -> bool:
    """Whether the vendor named at ``start``..``end`` is said only as a person's tool at a previous job, or as one
    the customer has never been with."""
    if _NEVER_BEFORE.search(text, max(0, start - 25), start) and _NEVER_AFTER.match(text, end):
        return True
    if _BEING_WEIGHED.search(text, max(0, start - 30), start):
        return False  # "also talking to Kestrel, mainly because Tom used it at his last job": weighed in this deal
    if _BROUGHT.search(text, max(0, start - 20), start) and _INTO_RACE.match(text, end):
        return False  # "bringing Kestrel into the evaluation because she used it at her last job"
    m = _USED_THERE.match(text, end)
    return m is not None and not _IN_THIS_DEAL_TOO.search(text, m.end(), m.end() + 80)
