"""The right to decide given to someone from a point on, with the time said first: "From now on he decides on all
software purchases, this one included", "Going forward, our new COO approves every tool purchase", "As of this week
Petra signs off all vendor contracts". cues_people_moves.py reads the time after the person ("she now signs off");
a routine step "as always" is no change, and neither is the writer keeping it ("from now on I decide ...")."""

from __future__ import annotations

from agents.insights.cues import cue

_FROM_NOW = (
    r"(?:from now on|going forward|henceforth|from here on|as of (?:now|today|this week|this month|monday|tuesday"
    r"|wednesday|thursday|friday|next week|the (?:1st|first))|with (?:immediate )?effect(?: from (?:today|now))?"
    r"|from (?:today|this week|monday|next week))"
)
# the new holder: a pronoun, a role ("our new COO", "the head of IT") or a name; not the writer or their team
_HOLDER = (
    r"(?:he|she|they|(?:our|the|their) (?:new |incoming |interim )?(?:[\w-]+ ){0,2}(?:director|head|cfo|ceo|coo|cio"
    r"|cto|md|vp|manager|board|committee)(?: of [\w-]+)?"
    # a routine function is no new owner: "from now on Procurement signs off all contracts"
    r"|(?-i:(?!(?:I|We|You|It|This|That|There|Procurement|Purchasing|Legal|Finance|Compliance|Accounts)\b)[A-Z][a-z]+"
    r"(?: (?:van |de |von )?[A-Z][a-z]+)?))"
)
_WHAT = (
    r"(?:all|every|any|each)(?: [\w-]+){0,2}? (?:purchas\w*|buying|decisions?|contracts?|spend\w*|vendors?|suppliers?"
    r"|tools?|software|licen[cs]es|orders?|subscriptions?)"
)
FRONTED = (
    cue(
        r"\b" + _FROM_NOW + r",? (?:it is |it's )?" + _HOLDER + r" (?:(?:alone|personally|who) )?(?:decides?|approves?"
        r"|signs?(?: off)?|authori[sz]es?|has the (?:final )?say|owns?)(?: off)?(?: on| over)? " + _WHAT + r"\b"
        r"(?![^.;]{0,40}\bas (?:always|usual|before|ever)\b)",
        0.85,
    ),
)
