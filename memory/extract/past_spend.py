"""Whether a figure is what the customer paid before, not this deal's value: an earlier purchase or an old
contract named before it in its sentence ("their old contract with us back in 2015 was ~9k", "the last line we
bought, back in 2014, was thirty-one thousand"), with no turn to the present between."""

from __future__ import annotations

import re

# an earlier purchase or contract: "old contract", "previous order", "last yr", "back in 2015", "the last unit we
# bought"; run on the lower-cased sentence
_PAST = re.compile(
    r"\b(?:old|previous|prior|former|original|earlier|last) (?:contract|deal|order|purchase|renewal|agreement|"
    r"line|unit|yr|year)s?\b"
    r"|\bback in (?:(?:19|20)\d\d|'\d\d)\b"
    r"|\bthe last (?:\w+ )?(?:we|they|she|he) (?:bought|purchased|ordered|signed)\b"
    r"|\b(?:bought|purchased|ordered) (?:[\w-]+ ){0,4}from us (?:in (?:(?:19|20)\d\d)|(?:last|a) (?:yr|year)|"
    r"(?:two|three|\d) (?:yrs?|years) ago)\b"
)
# the sentence turning to what is asked now: "... was 9k, but this one is 12k", "paid 9k last year, so the four
# licences at $13,572", "... and we're at 24,105", "last yr they paid 9k, this yr's quote is 10k" (short forms too)
_NOW = re.compile(
    r"\b(?:but|however|whereas|though|although|now|this (?:time|one|deal|year|yr|round|order)|today|currently|new|"
    r"instead|so|we|we're|we['’]ve|our|ours)\b"
)
# the old thing renewed or replaced by this deal, whose figure is then this deal's: "renewing the old contract at 24k"
_RENEWING = re.compile(r"\b(?:renew\w*|extend\w*|replac\w*|upgrad\w*|migrat\w*|instead of)\b[^.;]{0,25}$")
_REACH = 90  # how far before the figure its past is looked for


def past_figure(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` in ``sentence`` is an earlier purchase's (see above)."""
    before = sentence[max(0, start - _REACH) : start].lower()
    found = list(_PAST.finditer(before))
    if not found or _RENEWING.search(before, 0, found[-1].start()):
        return False
    return not _NOW.search(before, found[-1].end())
