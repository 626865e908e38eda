"""The reply to an org question (agents.offline.org_chart): the managers and their offices and teams, or one
person's manager or office."""

from __future__ import annotations

from typing import Any

from agents.offline.question import Question


def org_answer(question: Question, data: dict[str, Any]) -> str:
    """The managers asked for, or the person's manager or office, from team_info's ``data``."""
    if "person" in data:
        name, office = data["person"], data["office"]
        if "office" in question.facts:
            return f"{name} is in the {office} office." if office else f"{name} has no office on record."
        if data["manager"]:
            return f"{name} reports to {data['manager']} ({office} office)."
        if data["role"] == "manager":
            reps = len(data["reports"])
            return f"{name} is a manager ({office or 'no'} office, {reps} reps) with no manager above on record."
        return f"{name} has no manager on record."
    if "unmanaged" in question.facts:
        alone, where = data["unmanaged"], f" in the {data['office']} office" if data["office"] else ""
        if not alone:
            return f"Every one of the {data['reps']} reps{where} has a manager on record."
        return f"{len(alone)} of the {data['reps']} reps{where} have no manager on record: {', '.join(alone)}."
    if "sizes" in question.facts:
        return _sizes(question, data)
    teams = data["managers"]
    where = f" in the {data['office']} office" if data["office"] else ""
    if not teams:
        return f"There are no managers{where}."
    each = "; ".join(f"{t['manager']} ({t['office']} office, {len(t['reps'])} reps)" for t in teams)
    count = f"{len(teams)} manager{'s' if len(teams) != 1 else ''}"
    return f"There {'are' if len(teams) != 1 else 'is'} {count}{where}, over {data['reps']} reps: {each}."


def _sizes(question: Question, data: dict[str, Any]) -> str:
    """The reps counted by office or by manager, with the largest (or smallest) named, ties and all."""
    counts: dict[str, int] = {}
    for team in data["managers"]:
        key = team["office"] if question.group_by == "office" else team["manager"]
        counts[key or "no office"] = counts.get(key or "no office", 0) + len(team["reps"])
    if not counts:
        return "There are no managers or reps on record."
    ranked = sorted(counts.items(), key=lambda kv: (kv[1] if question.ascending else -kv[1], kv[0]))
    edge = ranked[0][1]
    leaders = [k for k, n in ranked if n == edge]
    most = "fewest" if question.ascending else "most"
    named = leaders[0] if len(leaders) == 1 else f"{', '.join(leaders[:-1])} and {leaders[-1]}"
    lead = f"{named} {'have' if len(leaders) > 1 else 'has'} the {most} reps ({edge})"
    each = ", ".join(f"{k} {n}" for k, n in ranked)
    return f"{lead}. Reps by {question.group_by}: {each} ({sum(counts.values())} in all)."
