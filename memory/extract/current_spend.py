"""Whether a figure is what the customer pays today for what it already runs, not this deal's value:

- set after a comma beside the paying it names: "what they pay Stackline for the current tool, 9k a yr";
- said of the tools they run now: "they run 3 tools today, ~$120k/yr all in", "using two systems at the moment,
  about 40k a year".

And whether a figure is said to stay off our opportunity: "Corvane quoted ~$8k for the services piece, that's their
own SOW with the customer and doesn't go on our opp"."""

from __future__ import annotations

import re

# up to the figure (the text before it, trailing spaces stripped): "about", "~", a currency sign
_ROUGHLY = r"(?:\s*(?:about|around|roughly|approx\.?|~))?\s*[$€£]?$"
# the paying named in the clause before, the figure standing alone after its comma; run on the lower-cased sentence
_PAID_BEFORE = re.compile(r"\b(?:pay|pays|paying|paid|spend|spends|spending|spent)\b[^.;:!?\n,]{0,50}," + _ROUGHLY)
# what the customer runs now, then its figure within the sentence: "they run 3 tools today, ~"
_RUN_NOW_BEFORE = re.compile(
    r"\b(?:run|runs|running|use|uses|using|have|has|on)\b[^.;:!?\n]{0,40}?\b(?:today|currently|right now|"
    r"at the moment|at present)\b[\s,:-]{0,4}" + _ROUGHLY
)
_KEPT_OFF = re.compile(
    r"\b(?:(?:does not|doesn't|doesn’t|won't|will not|shouldn't|should not) go (?:on|in|into|onto)|"
    r"(?:not|isn't|is not) (?:part of|on|in)) (?:our|the|this) (?:opp\w*|deal|order|quote|number|figure)\b"
    r"|\btheir own (?:sow|contract|deal|order|paper|agreement)\b"
)


def current_spend(low_sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` in the lower-cased sentence is what the customer pays now (see above)."""
    head = low_sentence[max(0, start - 90) : start].rstrip()
    return bool(_PAID_BEFORE.search(head) or _RUN_NOW_BEFORE.search(head))


def kept_off(low_sentence: str, end: int, next_figure: int) -> bool:
    """Whether the words after the figure ending at ``end``, up to the next figure (at ``next_figure``), say it does
    not go on our opportunity."""
    return bool(_KEPT_OFF.search(low_sentence, end, min(next_figure, end + 120)))
