"""A price concern only named in our own question and denied, for ``pricing_objection``: "asked straight out if price
was a problem, answer 'no, it's within what we planned'" in a rep's note, or "You asked whether the fee is a concern"
in the customer's reply, then "It isn't." The concern is ours to ask about, and they said no. A question left open or
answered yes is read as before, and so is their own question ("they asked whether we could take 35% off"), an ask.
"""

from __future__ import annotations

import re

# our question about a price concern: asked by us (the subject dropped, as notes do, or "I", "we", "you" when the
# customer quotes it back), and what it asks is whether the price is a problem or too high
_QUESTIONED = re.compile(
    r"(?:^|(?<=[.;:!?,(]\s)|\b(?:I|we|you)\s+)(?:(?:then|also|just|again)\s+)?(?:asked|checked|probed|wondered"
    r"|enquired|inquired|tested)\b(?: [\w'-]+){0,3}? (?:whether|if)\b"
    r"[^.;:?]{0,40}?\b(?:price|pricing|cost|costs|fee|fees|quote|number|budget fit)\b[^.;:?]{0,20}?"
    r"\b(?:is|was|were|are|would be|might be|could be)\b(?: (?:an?|the|at all|really|still|in any way))*"
    r" (?:problem|issue|concern|sticking point|obstacle|blocker|objection|too (?:high|much|steep|expensive|dear))\b"
    r"(?: for (?:them|him|her|you|us|me|finance|the [\w-]+))?",
    re.IGNORECASE,
)
# their answer, no: "answer 'no, it's within what we planned'", "she said no", ": not at all", ". It isn't."
_ANSWERED_NO = re.compile(
    r"[\s,;:'\"\u2018\u2019\u201c\u201d\u2014-]*(?:(?:the |their |her |his )?(?:answer(?:ed)?|repl(?:y|ied)|response)"
    r"|(?:she|he|they|(?-i:[A-Z][a-z]+)) (?:said|replied|answered|confirmed|assured (?:me|us)))?"
    r"[\s,;:'\"\u2018\u201c-]*(?:no\b(?! (?:answer|reply|response|word)\b)|nope\b|not (?:at all|really|in the (?:least"
    r"|slightest))\b|none\b|far from it\b|(?:it|that)(?: really)? (?:isn't|is not|wasn't|was not|'s not|won't be"
    r"|will not be)\b)",
    re.IGNORECASE,
)


def without_questioned(sentence: str, following: str = "") -> str:
    """The sentence without a price concern we only asked about and they denied, in the same sentence or at the start
    of the ``following`` one ("You asked whether the price was a problem. It isn't.")."""
    lowered = sentence.lower()
    if " if " not in lowered and "whether" not in lowered:
        return sentence  # no question asked: most sentences stop here
    for m in reversed(list(_QUESTIONED.finditer(sentence))):
        rest = sentence[m.end() :]
        denied = _ANSWERED_NO.match(rest) or not rest.strip(" .!?") and _ANSWERED_NO.match(following)
        if denied:
            sentence = sentence[: m.start()] + " " + rest
    return sentence
