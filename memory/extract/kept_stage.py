"""A stage the writer says to keep, with no "in"/"at" before it: "nothing signed, keep it Engaging", "leave this
one Prospecting", "it hasn't moved past Prospecting". Written as the CRM's label (capitalised), or lower case
with "for now" after it; not "keep it engaging" said of a demo or a talk ("keep it engaging, they get bored").

Also a record logged as "a <stage> opp": "logging as a Prospecting opp", "entered it as an engaging deal"; not "logged
as a prospecting call" (a call, no deal)."""

from __future__ import annotations

import re

_KEEP = (
    r"\b(?i:keep(?:ing|s)?|kept|leav(?:e|es|ing)|left)\s+"
    r"(?i:it|this(?: one| deal| opp\w*)?|th(?:e|at) (?:deal|opp\w*))\s+"
)
_KEPT_LABEL = re.compile(_KEEP + r"(Prospecting|Engaging|Won|Lost|PROSPECTING|ENGAGING)\b(?!['’])")
_KEPT_FOR_NOW = re.compile(_KEEP + r"(?i:(prospecting|engaging))\s+(?i:for now|for the moment|until)\b")
_LOGGED_AS_A = re.compile(
    r"(?i)\b(?:log(?:s|ged|ging)?|fil(?:e|ed|ing)|enter(?:s|ed|ing)?|creat(?:e|es|ed|ing)|record(?:s|ed|ing)?|"
    r"add(?:s|ed|ing)?|open(?:s|ed|ing)?)(?: (?:it|this(?: one)?|him|her|them))?(?: in| down)? as an? "
    r"(prospecting|engaging|won|lost)[ -](?:opp\w*|deal|lead)\b"
)

# a stage the deal has not got past is where it sits: "it hasn't moved past Prospecting yet"; not on a condition
# ("if it hasn't moved past prospecting by May")
_NOT_PAST = re.compile(
    r"(?i)(?<!\bif )\b(?:it|this(?: one)?|the (?:deal|opp\w*)|they)(?:['’]s| has|['’]ve| have)?\s*"
    r"(?:n['’]t|not|never)\s+(?:yet )?(?:moved|gone|got|gotten|progressed|made it) (?:past|beyond) "
    r"(prospecting|engaging)\b(?!\s+(?:by|before|until))"
)


def kept_stage(text: str) -> list[tuple[int, str]]:
    """Where each stage the writer says to keep is said, with the stage in lower case."""
    found = [(m.start(), m.group(1).lower()) for m in _KEPT_LABEL.finditer(text)]
    found += [(m.start(), m.group(1).lower()) for m in _LOGGED_AS_A.finditer(text)]
    found += [(m.start(), m.group(1).lower()) for m in _NOT_PAST.finditer(text)]
    return found + [(m.start(), m.group(1).lower()) for m in _KEPT_FOR_NOW.finditer(text)]
