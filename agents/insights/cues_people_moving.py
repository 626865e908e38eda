"""A thing set moving, which is no person moving on: "I'll get the contract moving on our side", "keeping things
moving on the paperwork". The departure cue (cues_people.py) reads "moving on" after a person as that person
leaving; here the one who moves is the object of get/keep/set, or what moves "on our side" is the deal's business.
"Marta is moving on next month" and "I'm moving on at the end of June" stay departures."""

from __future__ import annotations

import re

# get/keep/set/have + a thing (lower-case words, no person) + "moving": "get the contract", "keep things", "set it"
_SET = re.compile(
    r"\b(?i:get|gets|getting|got|keep|keeps|keeping|kept|set|sets|setting|have|has|having|had|start|starts"
    r"|starting|started)\s+(?:(?!(?:him|her|them|me|us|you|people|someone|somebody|everyone|used)\b)[a-z][\w'-]*\s+){1,4}$"
)
# the business moving along on someone's side, or on a piece of it: "moving on our end", "moving on the paperwork"
_ON_THE_DEAL = re.compile(
    r"\s+(?:on|at) (?:(?:our|my|your|their|his|her) (?:side|end)\b|(?:the|this|that|these|those|our|my|your)"
    r" (?:[\w-]+ ){0,2}(?:contract|paperwork|order(?: form)?|po|deal|purchase|signature|forms?|agreement|msa|quote"
    r"|proposal|renewal|onboarding|rollout)s?\b)",
    re.IGNORECASE,
)


def thing_moving(sentence: str, start: int, end: int) -> bool:
    """The "moving on" at ``start``..``end`` is a thing set moving, not a person leaving."""
    if not sentence[start:end].lower().startswith("moving"):
        return False
    return bool(_SET.search(sentence[:start]) or _ON_THE_DEAL.match(sentence, start + len("moving")))
