"""A decision about someone's job asked of us: "which of my reps should I let go", "tell me who to fire", "who on my
team deserves a raise", "who should I put on a performance plan". Whom to fire, promote or pay more is the manager's
call with HR, made on more than the CRM holds; picking a name from win rates would hand that call to a ranking. The
refusal offers the figures instead. Deals, products and customers' own people are not meant: "which deals should I let
go", "should I promote the GTX Pro bundle", "who got promoted at Cancity", "who should I pair with the new hire".

Patterns run on each clause (``agents.safety_clauses``), ``normalised``."""

from __future__ import annotations

import re

from agents.safety_clauses import in_a_clause

# the people a decision is asked about: "who", "which rep", "which of my guys"
_PEOPLE = (
    r"(?:who|whom|which (?:reps?|sellers?|aes?|person|people|team ?members?|members?|of (?:my|our|the|them|these|those)"
    r"(?: (?:reps|sellers|aes|guys|people|folks|team|lot|crew))?)|anyone|anybody)"
)
_ACT = (
    r"(?:fire(?! (?:off|over|across|back|up|away|it|this|that|them)\b)|sack|axe|let go|lay off|let (?:him|her|them) go"
    r"|get rid of|terminate|demote|promote|"
    r"put on (?:a |an )?(?:pip|performance (?:improvement )?plan)|give (?:a |the )?(?:raise|pay rise|promotion|bonus))"
)
_DECISION = re.compile(
    rf" {_PEOPLE} (?:[\w'-]+ ){{0,4}}?(?:should|do|would|could|shall|must|ought to) (?:i|we) (?:\w+ )?{_ACT}(?= )"
    rf"| (?:tell|show|give) (?:me|us) who (?:i |we )?(?:should |to |ought to )?{_ACT}(?= )"
    rf"| {_PEOPLE} (?:[\w'-]+ ){{0,4}}?(?:deserves?|should get|ought to get|has earned|have earned|merits?)"
    r" (?:a |the |an )?(?:raise|pay rise|pay increase|promotion|bonus)(?= )"
    rf"| {_PEOPLE} (?:[\w'-]+ ){{0,4}}?(?:should|needs? to|ought to) be (?:fired|sacked|let go|laid off|promoted"
    r"|demoted|put on (?:a )?(?:pip|performance (?:improvement )?plan))(?= )"
)


def asks_job_decision(text: str) -> bool:
    """Whether ``text`` asks us to pick whom to fire, promote, pay more or put on a performance plan."""
    return in_a_clause(_DECISION, text)
