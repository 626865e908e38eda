"""A cue said of a share of a group, or of a site, is about no one in particular (LABELS.md: facts about
organisations and groups are not special-category data about a person): "38% of its workforce comes from ethnic minority
backgrounds", "half of their engineers are Hindu". The share must be the subject the cue is said of, with
at most a few words and a verb between, so "Ana, like half her team, is Muslim" stays Ana's."""

from __future__ import annotations

import re

# "one of" is left out: "one of the organisers of the march" is a person
_SHARE = (
    r"(?:\d+(?:[.,]\d+)? ?(?:%|per ?cent|percent)|(?:about |around |nearly |almost |over |roughly |just over |"
    r"just under |more than |less than |fewer than )?(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|"
    r"a fifth|a tenth|most|many|some|all|none|a majority|the majority|a minority|a fraction|a handful|a lot|lots|"
    r"plenty|several|few|a few|hundreds|thousands|dozens|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|a hundred) (?:out )?of (?:every )?\d+))"
)
_SAID_OF_A_SHARE = re.compile(
    r"\b" + _SHARE + r" of (?:its|their|the|our|your|all|these|those|them)\b(?: [\w'’-]+){0,4}?"
    r"(?: (?:are|is|were|was|come|comes|came|identify|identifies|describe themselves)(?: (?:as|from))?(?: an?)?)? ?$",
    re.IGNORECASE,
)


def of_a_group(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the clause before the cue at ``cue_start`` makes a share of a group its subject."""
    before = text[sentence_start:cue_start]
    clause = re.split(r"[;:,()]", before)[-1]
    return _SAID_OF_A_SHARE.search(clause) is not None


# a site shut for a festival ("the campus is closed on 2 and 3 October for Rosh Hashanah") tells no one's faith;
# a person after the closing word still may ("the office is shut, so she can fast for Yom Kippur")
_CLOSED = re.compile(
    r"\b(?:closed|closes|closing|close|shut|shuts|shutting|closure|shutdown|no (?:deliveries|collections|service))\b"
    r"(?![^;:]*\b(?:he|she|I|his|her|my|they|their|him|them)\b)",
    re.IGNORECASE,
)


def closed_for(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the clause before the cue at ``cue_start`` closes a site for it, with no person after."""
    clause = re.split(r"[;:]", text[sentence_start:cue_start])[-1]
    return _CLOSED.search(clause) is not None
