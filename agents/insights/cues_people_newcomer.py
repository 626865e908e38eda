"""A newcomer named in one sentence and taking the decision in the next by a pronoun: "we got a new CFO last week.
she's pulled sign off on all software purchases to herself". The stakeholder cues read one sentence at a time, so
the pronoun is put back as the newcomer it stands for ("the new CFO has pulled ...") and the sentence read again;
a pronoun after anyone else ("our CFO is great. she signs off ...") is left as it is. Casual mail that starts its
sentences lower-case stays one sentence for the splitter, so its pieces are paired up too."""

from __future__ import annotations

import re

from agents.insights.cues_people import _ROLE

NEWCOMER = re.compile(r"\b(?:new|incoming|interim|acting) (?:[\w-]+ ){0,2}(?P<role>" + _ROLE + r")\b", re.I)
# the pronoun's verb takes or wants the decision ("she's pulled sign-off to herself", "he wants to approve"); what the
# newcomer did to the process ("he slashed our approval steps from six to one") gives nobody the decision
_TAKES = re.compile(
    r"\b(?:taken|took|takes|taking|pulled|pulls|pulling|claimed|claims|centrali[sz]ed|wants?|insists?"
    r"|will|'ll|now|owns|decides|signs|approves)\b",
    re.I,
)
_PRONOUN = re.compile(r"^(?P<lead>(?:[\w-]+: )?(?:(?:so|and|now|also|honestly|basically),? )?)(?:she|he)\b", re.I)


def as_newcomer(sentence: str, before: str) -> str:
    """``sentence`` with its leading he/she put back as the newcomer ``before`` named, or "" when there is none."""
    role = NEWCOMER.search(before)
    lead = _PRONOUN.match(sentence)
    if role is None or lead is None or not _TAKES.search(sentence, lead.end()):
        return ""
    return f"{lead['lead']}the new {role['role']}{sentence[lead.end() :]}"


_LOWER_START = re.compile(r"(?<=[.!?])\s+(?=[a-z])")


def newcomer_readings(sentence: str, before: str) -> list[str]:
    """Every piece of ``sentence`` whose pronoun stands for a newcomer named just before it, read as the newcomer."""
    pieces = [before, *_LOWER_START.split(sentence)]
    return [r for prev, cur in zip(pieces, pieces[1:], strict=False) if (r := as_newcomer(cur, prev))]
