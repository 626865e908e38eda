"""Who on a team sits above or below the team's own average: "who on my team is below the team average for won
revenue in 2017?", "which of mine are under the team's average win rate?", "who is below the team's overall win
rate?". For a sum the bar is the plain mean of each rep's figure (a rep with no wins brings in $0); for a ratio (win
rate, average won deal, cycle) it is the team's own figure, all its deals pooled."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question
from agents.offline.wording import LABELS, figure, where
from agents.tools.stats import POOLED

_LOWER = (
    "below",
    "under",
    "beneath",
    "worse than",
    "lower than",
    "behind",
    "trailing",
    "short of",
    "shorter than",
    "faster than",
    "quicker than",
    "less than",
)
_TEAM_AVERAGE = re.compile(
    rf" (?P<dir>above|over|better than|higher than|ahead of|beat|beating|longer than|slower than|more than"
    rf"|{'|'.join(_LOWER)})"
    r" (?:the |our |my |their )?(?:team|team's|teams|group|group's)"
    r" (?:[\w'-]+ ){0,2}?(?:average|avg|mean|norm|overall (?:win rate|rate|close rate|cycle|sales cycle)"
    r"|win rate|close rate|sales cycle)(?= )"
)


def against_the_team_average(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:
    """The reps in scope set against the mean of their own figures, or None when no team average is the bar."""
    found = _TEAM_AVERAGE.search(t)
    if found is None or not re.search(r" (?:who|whom|which|anyone|anybody|any reps?|how many) ", t):
        return None
    measure = next((m for m in measures if m not in ("breakdown", "deals")), measures[0] if measures else "won_revenue")
    team = {**scope, "owner": "my team"} if scope.get("owner") in (None, "me") else scope
    lower = found.group("dir") in _LOWER
    return Question("against", (measure,), team, "rep", ascending=lower, text=text, per_group=True)


def past_the_mean(question: Question, ranked: dict[str, Any]) -> str:
    """The reps past the team's mean figure (the tool kept only those), named, with the mean itself."""
    measure = question.measures[0]
    label = LABELS.get(measure, measure)
    side = "below" if question.ascending else "above"
    mean = ranked.get("means", {}).get(measure)
    if mean is None:
        return f"No rep there has a {label} to average. (Scope: {where(ranked)}.)"
    shown = figure(measure, {measure: mean, "won": 1, "closed": 1, "deals": 1})
    bar = f"the team's {label}" if measure in POOLED else "the team average"
    basis = f"{bar} is {shown}" if measure in POOLED else f"the team average {label} is {shown}"
    past = [f"{g['group']} ({figure(measure, g)})" for g in ranked["groups"]]
    if not past:
        return f"Nobody is {side} {bar}; {basis}. (Scope: {where(ranked)}.)"
    n = len(past)
    who = f"{n} rep{'s are' if n != 1 else ' is'} {side} {bar}: {', '.join(past)}."
    return f"{who} ({basis}; scope: {where(ranked)}.)"
