"""The tool calls that answer a question the offline model has read: which tools, with which arguments. Kept apart
from the reading (:mod:`agents.offline.parser`) so what is asked and how it is looked up change separately."""

from __future__ import annotations

from typing import Any, get_args

from agents.offline import account_shapes, drafts_waiting, everyday, memory_asked, pipeline_summary
from agents.offline.normalise import normalised
from agents.offline.question import Question, ToolCall
from agents.offline.ranking import owners_of_them
from agents.tools.accounts import AccountFact

ACCOUNT_SORTS = get_args(AccountFact)  # an account's own facts it can be ranked by
ONE_DEAL = ("oldest_engaged", "largest", "smallest", "recently_closed", "first_closed", "longest_cycle",
             "shortest_cycle")  # fmt: skip


def tool_calls(question: Question) -> list[ToolCall]:
    """The tool calls that answer ``question`` (none for help and out-of-scope)."""
    scope = question.scope
    if question.style in everyday.STYLES:
        return everyday.calls(question)
    if question.style in pipeline_summary.STYLES:
        return pipeline_summary.calls(question)
    if question.style in memory_asked.STYLES:
        return memory_asked.calls(question)
    if question.style in drafts_waiting.STYLES:
        return drafts_waiting.calls(question)
    if question.style == "multi":
        return [call for part in question.parts for call in tool_calls(part)]
    if question.style == "draft":
        return [ToolCall("draft_email", {**scope, "request": question.text})]
    if question.style == "update":
        return [ToolCall("set_deal_stage", dict(scope))]
    if question.style == "risk":
        return [ToolCall("deal_risk", dict(scope))]
    if question.style == "action":
        return [ToolCall("next_best_action", dict(scope))]
    if question.style == "draft_action":
        return [ToolCall("draft_next_step", dict(scope))]
    if question.style == "facts":
        return [ToolCall("account_info", {"account": scope.get("account") or scope.get("account_group")})]
    if question.style == "list":
        limit = question.top or ((question.nth or 1) if question.sort in ONE_DEAL else 25)  # "my 3 largest wins"
        if "owner" in question.measures or "deal" in scope:
            limit = 1
        return [ToolCall("list_deals", {**scope, "sort": question.sort, "limit": limit})]
    if question.style == "ranking":
        args = {**scope, "group_by": question.group_by, "sort_by": question.measures[0], "top": question.top,
                "lowest_first": question.ascending}  # fmt: skip
        if question.group_by == "account" and question.sort in ACCOUNT_SORTS:
            args["sort_by_account"] = question.sort  # "which of my accounts is the biggest company"
        if question.having:
            args["having"] = list(question.having)
        if question.every:
            args["empty_in"] = question.every
        if question.in_each or question.none_in:
            args |= {"in_each": list(question.in_each), "none_in": list(question.none_in)}
        counted = question.measures[0] in ("deals", "won", "lost", "open", "won_revenue")
        if (
            question.group_by == "rep"
            and question.ascending
            and (counted or not question.ends)  # the bottom of "best and worst win rate" has a rate
            # "bottom 3 products by won revenue": a product nothing was won on is the bottom
            or (question.group_by == "product" and question.ascending and counted)
            or any("<" in h or h.endswith("=0") for h in question.having)
            or question.per_group
            or (question.group_by == "office" and question.top is None and counted)  # "GTK 500 wins per office": 0s too
            # "open deal count per rep on my team": every rep listed, a rep with none as 0
            or (
                question.group_by == "rep"
                and question.top is None
                and counted
                and not owners_of_them(normalised(question.text))
            )
        ):
            args["include_empty"] = True  # "who had the fewest wins", "fewer than 10 wins": a rep with none counts
        return [ToolCall("deal_stats", args), *[ToolCall("deal_stats", {**scope, **side}) for side in question.sides]]
    if question.style == "distinct":
        return [ToolCall("deal_stats", {**scope, "group_by": question.group_by, "sort_by": "deals"})]
    if question.style == "share":
        return [ToolCall("deal_stats", dict(scope)), *[ToolCall("deal_stats", {**scope, **s}) for s in question.sides]]
    if question.style == "accounts":
        facts: dict[str, Any] = {k: scope[k] for k in (*account_shapes.ACCOUNT_FACTS, "owner") if k in scope}
        figures = [ToolCall("deal_stats", dict(scope))] if question.measures else []
        if question.group_by:  # the accounts counted per sector or country
            facts |= {"group_by": question.group_by, "lowest_first": question.ascending}
        elif question.top:  # the accounts ranked on a fact of their own
            facts |= {"sort_by": question.sort, "lowest_first": question.ascending, "top": question.top}
        elsewhere = [ToolCall("list_accounts", {**facts, **side}) for side in question.sides]  # "and outside it?"
        return [ToolCall("list_accounts", facts), *figures, *elsewhere]
    if question.style == "against":
        ranked = {**scope, "group_by": "rep", "sort_by": question.measures[0], "lowest_first": question.ascending}
        if question.per_group:  # the team's own average: everyone on it, a rep with nothing too
            bar = f"{question.measures[0]}{'<' if question.ascending else '>'}mean"
            return [ToolCall("deal_stats", {**ranked, "include_empty": True, "having": [bar]})]
        side = {k: v for k, v in question.sides[0].items() if v is not None}  # no owner: the whole company
        baseline = {**{k: v for k, v in scope.items() if k != "owner"}, **side}
        return [ToolCall("deal_stats", ranked), ToolCall("deal_stats", baseline)]
    if question.style == "standing":  # everyone counts, a rep with nothing too: "8th of 9"
        ranked = {**scope, "group_by": "rep", "sort_by": question.measures[0], "include_empty": True}
        return [ToolCall("deal_stats", ranked), ToolCall("deal_stats", {**scope, **question.sides[0]})]
    if question.style == "change":
        ranked = {**scope, "group_by": question.group_by, "sort_by": question.measures[0],
                  "include_empty": question.group_by == "rep"}  # fmt: skip
        return [ToolCall("deal_stats", {**ranked, **side}) for side in question.sides]
    if question.style == "roster":
        managers = [ToolCall("deal_stats", {**scope, "group_by": "manager"})] if "managers" in question.facts else []
        return [ToolCall("deal_stats", {**scope, "group_by": "rep", "sort_by": "deals", "include_empty": True}),
                *managers]  # fmt: skip
    if question.style == "figure":
        return [ToolCall("deal_stats", dict(scope))]
    if question.style == "catalogue":
        return [ToolCall("product_info", dict(scope))]
    if question.style == "org":
        return [ToolCall("team_info", dict(scope))]
    if question.style == "compare":
        return [ToolCall("deal_stats", _side_scope(scope, side)) for side in question.sides]
    return []


def _side_scope(scope: dict[str, Any], side: dict[str, Any]) -> dict[str, Any]:
    """One side of a comparison; the asker left out of the others ("my rate vs the rest of the team, me left out
    of theirs") is never left out of their own side."""
    merged = {**scope, **side}
    if side.get("owner") == "me" and "me" in merged.get("exclude_owners", ()):
        merged["exclude_owners"] = [o for o in merged["exclude_owners"] if o != "me"]
        if not merged["exclude_owners"]:
            del merged["exclude_owners"]
    return merged
