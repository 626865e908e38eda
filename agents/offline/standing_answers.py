"""Where a rep or a group stands rather than one figure: against another's figure or the team's mean ("who on
Summer's team has booked more than me?"), their place in a ranking and the gap to the leader ("8th of 9"), and
who moved most between two periods."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question
from agents.offline.team_average import past_the_mean
from agents.offline.wording import GROUP_PLURALS, LABELS, figure, where


def against(question: Question, results: list[dict[str, Any]]) -> str:
    """The reps whose figure beats (or trails) the baseline's, and the baseline itself."""
    if question.per_group:  # "who on my team is below the team average"
        return past_the_mean(question, results[0])
    measure = question.measures[0]
    ranked, base = results[0], results[1]["groups"][0]
    bar = base.get(measure)
    baseline = question.sides[0]["owner"]  # None: the whole company's figure
    own = results[1].get("scope", [""])[0] if baseline else None  # the baseline's name as the tool resolved it
    label = LABELS.get(measure, measure)
    who = "you" if baseline == "me" else baseline or "the company as a whole"
    beyond = "lower" if question.ascending else "higher"
    if bar is None:
        return f"There is no {label} for {who} to compare with. (Scope: {where(results[1])}.)"

    def beats(value: float | None) -> bool:
        return value is not None and (value < bar if question.ascending else value > bar)

    if question.top == 1:
        return _to_the_leader(measure, ranked, own or "", base)
    passed = [g for g in ranked["groups"] if g["group"] != own and beats(g.get(measure))]
    whose = "Your" if baseline == "me" else f"{baseline}'s" if baseline else "The company-wide"
    mine = f"{whose} {label}: {figure(measure, base)}."
    if not passed:
        return f"Nobody there has {beyond} {label} than {who}. {mine} (Scope: {where(ranked)}.)"
    people = "; ".join(f"{g['group']} ({figure(measure, g)})" for g in passed)
    n = len(passed)
    return (f"{n} rep{'s' if n != 1 else ''} {'have' if n != 1 else 'has'} {beyond} {label} than {who}: {people}. "
            f"{mine} (Scope: {where(ranked)}.)")  # fmt: skip


def standing(question: Question, results: list[dict[str, Any]]) -> str:
    """The asker's position among the reps in scope (1 + those with a higher figure), out of how many, and their
    figure, with the one ahead of them."""
    measure = question.measures[0]
    ranked, base = results[0], results[1]["groups"][0]
    own = results[1].get("scope", [""])[0]
    label = LABELS.get(measure, measure)
    mine = base.get(measure) or 0
    lower_better = measure in ("avg_cycle_days", "avg_lost_cycle_days")

    def ahead(g: dict[str, Any]) -> bool:
        value = g.get(measure)
        return value is not None and g["group"] != own and (value < mine if lower_better else value > mine)

    groups = ranked["groups"]
    above = [g for g in groups if ahead(g)]
    total = len({g["group"] for g in groups} | {own})
    position = len(above) + 1
    asker = question.sides[0].get("owner") in (None, "me")  # or a rep named: "where does Daniell stand in East?"
    who, whom = ("You are", "you") if asker else (f"{own} is", own)
    text = f"{who} #{position} of {total} reps on {label}, with {figure(measure, base)}."
    if above:
        nearest = min(above, key=lambda g: abs(g[measure] - mine))
        text += f" Next above {whom}: {nearest['group']} ({figure(measure, nearest)})."
    return f"{text} (Scope: {where(ranked)}.)"


def _to_the_leader(measure: str, ranked: dict[str, Any], own: str, base: dict[str, Any]) -> str:
    """Who leads and how far the asker is behind them; when the asker leads, their lead over the runner-up."""
    groups = [g for g in ranked["groups"] if g.get(measure) is not None]
    label = LABELS.get(measure, measure)
    if not groups:
        return f"Nobody there has any {label}. (Scope: {where(ranked)}.)"
    leader = groups[0]
    mine = base.get(measure) or 0
    if leader["group"] == own:
        others = [g for g in groups if g["group"] != own]
        if not others:
            return f"You lead on {label} with {figure(measure, base)}. (Scope: {where(ranked)}.)"
        gap = {**base, measure: mine - others[0][measure]}
        return (f"You are #1 on {label} with {figure(measure, base)}, ahead of {others[0]['group']} "
                f"({figure(measure, others[0])}) by {figure(measure, gap)}. (Scope: {where(ranked)}.)")  # fmt: skip
    gap = {**base, measure: leader[measure] - mine}
    return (f"{leader['group']} is #1 on {label} with {figure(measure, leader)}; you have {figure(measure, base)}, "
            f"so you are {figure(measure, gap)} behind. (Scope: {where(ranked)}.)")  # fmt: skip


def change(question: Question, results: list[dict[str, Any]]) -> str:
    """Each group's figure in the earlier and the later period, ranked by how much it moved."""
    measure = question.measures[0]
    before = {g["group"]: g for g in results[0]["groups"]}
    after = {g["group"]: g for g in results[1]["groups"]}
    moved = []
    for name in {*before, *after}:
        old, new = (before.get(name) or {}).get(measure) or 0, (after.get(name) or {}).get(measure) or 0
        moved.append((new - old, str(name), old, new))
    moved.sort(key=lambda m: (m[0], m[1]) if question.ascending else (-m[0], m[1]))
    label = LABELS.get(measure, measure)
    first, second = (_period_label(r) for r in results)
    if not moved:
        return f"No {GROUP_PLURALS.get(question.group_by or '', 'groups')} have {label} in either period."

    def line(m: tuple[float, str, float, float]) -> str:
        delta, name, old, new = m
        sign = "+" if delta >= 0 else "-"
        return (f"{name}: {figure(measure, {measure: old})} in {first} -> {figure(measure, {measure: new})} in "
                f"{second} ({sign}{figure(measure, {measure: abs(delta)})})")  # fmt: skip

    way = "dropped" if question.ascending else "grew"
    if question.having == ("moved",):  # "which sectors grew": only those that went that way
        moved = [m for m in moved if (m[0] < 0 if question.ascending else m[0] > 0)]
        if not moved:
            return f"No {question.group_by} {way} on {label} from {first} to {second}."
    top = moved[: question.top or len(moved)]
    head = (f"{top[0][1]} {way} the most on {label}" if len(top) == 1 else
            f"{label.capitalize()} change by {question.group_by}, from {first} to {second}")  # fmt: skip
    shared = [p for p in results[0].get("scope", []) if not re.match(r"(closed|engaged) in ", p)]
    return f"{head}: " + "; ".join(line(m) for m in top) + f". (Scope: {'; '.join(shared) or 'all deals'}.)"


def _period_label(data: dict[str, Any]) -> str:
    dated = next((p for p in data.get("scope", []) if re.match(r"(closed|engaged) in ", p)), "")
    return re.sub(r"^(closed|engaged) in ", "", dated.split(" (")[0]) or "that period"
