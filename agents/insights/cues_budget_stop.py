"""A stop on spending told as a ban rather than as a freeze: "nothing new gets spent until April", "no new spending
until the new financial year", "nothing more can be bought this year". The money is not there for this deal for now
(budget_concern), though no "freeze" or "cut" is named. What is banned must be spending or buying, not a change of
plan ("nothing new gets decided"), and the ban holds until a time or for a period, so a plain "nothing new was spent
on travel" report does not count."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_UNTIL = (
    r"[^.;]{0,25}?\b(?:until|till|before|this (?:year|quarter|half|financial year|fiscal year)|for now|for the rest)"
)
SPEND_STOP: tuple[Cue, ...] = (
    cue(
        r"\bnothing (?:new |more |else |further )?(?:gets|will (?:get|be)|can (?:get|be)|is (?:to be|going to be)"
        r"|may be|shall be|should be) (?:spent|bought|purchased|ordered)\b"
        + _UNTIL
        + r"|\bno (?:new |more |further )(?:spend(?:ing)?|purchases|purchasing|buying|expenditure)\b"
        + _UNTIL,
        0.8,
        negatable=False,
    ),
)
