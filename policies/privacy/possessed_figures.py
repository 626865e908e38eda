"""An illness a deal or a forecast "has" is a figure of speech ("said our forecast has a terminal illness", "this
renewal has cancer", "the Q3 pipeline's got the flu"): :func:`.aggregates.said_of_a_deal` reads "is" and "looks",
but not a business noun that has, catches or has got the illness.

Still a person's: a person named in the same clause before the noun ("Ana on the account has flu") or between it
and the verb ("the account manager has cancer"), and a new clause in between ("the deal slipped because Priya has
flu")."""

from __future__ import annotations

import re

from policies.privacy.aggregates import _BUSINESS
from policies.privacy.persons import refers_to_person

_HAVING = r"(?:has|have|had|has got|have got|'s got|’s got|'ve got|got|caught|developed|came down with|is showing)"
_POSSESSED = re.compile(
    r"\b(?:" + _BUSINESS + r")\b(?P<between>(?: [\w'’&.-]+){0,3}?) (?:(?:basically|clearly|officially|now|already|"
    r"pretty much|kind of|sort of) )?" + _HAVING + r"(?: (?:a|an|some|the|full-blown|a full-blown))? ?$",
    re.IGNORECASE,
)
# the clause the noun opens: what follows its last joining word or reporting verb ("... and said our forecast")
_CLAUSE_OPENER = re.compile(
    r".*\b(?:and|but|so|because|as|since|while|when|after|though|although|if|that|said|says|say|thinks?|thought|"
    r"reckons?|reckoned|feels?|felt|joked|joking|admitted|told (?:me|us|them))\b",
    re.IGNORECASE,
)
_LEADING_VERB = re.compile(r"(?:has|have|had|got|'s got|caught)\b", re.IGNORECASE)


def had_by_a_deal(text: str, sentence_start: int, cue_start: int, cue: str = "") -> bool:
    """Whether the clause before the cue at ``cue_start`` makes a business noun the one that has the illness, with
    no person in the clause before it or between."""
    clause = re.split(r"[;:,()]", text[sentence_start:cue_start])[-1]
    if _LEADING_VERB.match(cue):
        clause += cue.split()[0] + " "
    opened = _CLAUSE_OPENER.match(clause)
    if opened:
        clause = clause[opened.end() :]
    found = _POSSESSED.search(clause)
    if found is None:
        return False
    return not refers_to_person(clause[: found.start()]) and not refers_to_person(found.group("between"))
