"""A pipeline summary, as a manager or rep asks for it in chat: "give me a pipeline summary for my team", "how's the
team pipeline looking", "summarize my pipe", "pipeline review by product". The answer is the open deals now: their
count and value at list price, split by stage, then by the group asked for (or the natural one for whose pipeline it
is: a team by rep, a rep by product, the company by office), highest value first.

Not read here: a pipeline of a period ("pipeline at the end of Q3", "pipeline created this quarter"), a ranking
("which rep has the biggest pipeline"), a comparison ("my pipe vs Vicki's"), or a pipeline beside other figures
("pipeline and win rate"): the figure machinery answers those."""

from __future__ import annotations

import re
from typing import Any

from agents.offline import forecast_asked
from agents.offline.question import Question, ToolCall
from agents.offline.wording import figure, money, subject_of, where

_PIPE = r"(?:pipeline|pipe)"
_PIPE_SAID = re.compile(rf" {_PIPE} ")
# asked to be summed up: "pipeline summary", "summarize my pipe", "how's the pipeline looking", "what's in my pipe"
_SUMMED_UP = re.compile(
    r" (?:summary|summarise|summarize|summarised|summarized|sum up|overview|review|snapshot|rundown|run-down"
    r"|run down|recap|readout|read-out|health|state of|status|update on|walk me through|walk through|look like"
    r"|looks like|looking|lookin|look|shaping up|breakdown|break down|broken down)(?= )"
    rf"| (?:what s|whats|what is|what) in (?:the |my |our |his |her |their |[\w'-]+ )?{_PIPE} "
)
# whose pipeline, when no rep, office or account is named: "my pipe", "the team's pipeline", "pipe for my guys"
_TEAM = re.compile(r" (?:the |my |our )?(?:team|teams|team s|guys|reps|people|crew|squad) ")
_MINE = re.compile(rf" (?:my|mine) (?:[\w'-]+ )?{_PIPE} | {_PIPE} (?:of mine|for me) ")
_SPLITS = {"rep": "rep", "reps": "rep", "seller": "rep", "sellers": "rep", "person": "rep", "product": "product",
           "products": "product", "stage": "stage", "stages": "stage", "account": "account", "accounts": "account",
           "customer": "account", "customers": "account", "sector": "sector", "sectors": "sector",
           "industry": "sector", "office": "office", "offices": "office", "region": "office", "regions": "office",
           "series": "series", "team": "manager", "teams": "manager", "manager": "manager"}  # fmt: skip
# asked for a comparison or a pipeline of another kind, which the figure machinery answers
_NOT_A_SUMMARY = re.compile(
    r" (?:vs|versus|compared|compare|against|than|created|added|built|generated|coverage|weighted|forecast)(?= )"
)
# asked for a ranking: alone, the figure machinery answers it ("which rep has the biggest pipeline"); beside a summary
# ("how's the team pipe looking, and who's carrying the most of it") the split by rep, highest first, answers both
_RANKED = re.compile(
    r" (?:which|who|whos|whose|top|bottom|biggest|largest|smallest|highest|lowest|most|least|fewest|rank|ranked"
    r"|ranking)(?= )"
)
_RANKED_GROUP = re.compile(r" (?:which|what|top|bottom) (?:\d+ )?(" + "|".join(_SPLITS) + ") ")
_SPLIT_BY = re.compile(r" (?:by|per|for each|for every|broken down by|split by|across) (" + "|".join(_SPLITS) + ") ")
# what a pipeline summary already tells; a value asked for by name ("open pipeline value by rep", "total pipe") is a
# figure the figure machinery answers
_MEASURES = {"deals", "breakdown"}
# one figure each of several named ("Zane and Kary, how many open deals does each have"), or a mean: no summary
_EACH = re.compile(r" (?:each|both|respectively|average|avg|mean|median)(?= )")
_SHOWN = 10  # groups listed in the sentence; the table holds every one


def read(t: str, text: str, scope: dict[str, Any], measures: tuple[str, ...]) -> Question | None:
    """The pipeline summary ``t`` (normalised) asks for, or None when it asks something else."""
    if not _PIPE_SAID.search(t) or set(measures) - _MEASURES or "period" in scope:
        return None
    split = _SPLIT_BY.search(t)
    summed_up = _SUMMED_UP.search(t) is not None
    ranked = _RANKED.search(t) is not None
    if _NOT_A_SUMMARY.search(t) or _EACH.search(t) or (ranked and not summed_up):
        return None
    if not (split or summed_up or _bare(t, scope)):
        return None
    split = split or (_RANKED_GROUP.search(t) if ranked else None)
    scope = {k: v for k, v in scope.items() if k not in ("stage", "date_field")}
    if not {"owner", "owners", "office", "account", "account_group"} & scope.keys():
        if _TEAM.search(t):
            scope["owner"] = "my team"
        elif _MINE.search(t):
            scope["owner"] = "me"
    group_by = _SPLITS[split.group(1)] if split else "rep" if ranked else _natural_split(scope)
    return Question("pipeline", ("pipeline_value",), {**scope, "stage": "open"}, group_by, text=text)


_BARE = re.compile(
    rf"^ (?:(?:and|so|ok|hey|quick one) )*(?:[\w'-]+ ){{0,3}}?{_PIPE}"
    r"(?P<whose> (?:at|for|with|of|on|in) (?:[\w'&.-]+ ){1,4}?)? ?(?:pls |please |now |today |right now )*$"
)
# what a message names besides its owner, for the pipeline to be of
_NAMED = frozenset(("account", "account_group", "owners", "office", "product", "products", "sector", "series"))


def _bare(t: str, scope: dict[str, Any]) -> bool:
    """ "my pipeline?", "team pipe pls", "pipeline at Kan-code": the pipeline named and little else, a place or
    party after it only when the message names one ("pipeline for the gym" is none)."""
    found = _BARE.search(t)
    if found is None or not found.group("whose"):
        return found is not None
    return bool(_NAMED & scope.keys()) or scope.get("owner") not in (None, "me")


def _natural_split(scope: dict[str, Any]) -> str:
    """How a pipeline reads best unasked: a team's or an office's by rep, a rep's or an account's by product, the
    company's by office."""
    if scope.get("owner") == "my team" or str(scope.get("owner", "")).endswith(" team") or "office" in scope:
        return "rep"
    if "owner" in scope or "owners" in scope or "account" in scope or "account_group" in scope:
        return "product"
    return "rep" if "product" in scope else "office"


def calls(question: Question) -> list[ToolCall]:
    """The total, the split by stage, then the split asked for (value first)."""
    scope = question.scope
    closed = {k: v for k, v in scope.items() if k != "stage"}
    found = [ToolCall("deal_stats", dict(scope)), ToolCall("deal_stats", {**scope, "group_by": "stage"}),
             ToolCall("deal_stats", {**closed, "stage": "closed"})]  # fmt: skip
    if question.group_by and question.group_by != "stage":
        found.append(ToolCall("deal_stats", {**scope, "group_by": question.group_by, "sort_by": "pipeline_value"}))
    return found + forecast_asked.calls(question, closed)  # a forecast of the rest of a period: its won so far


def answer(question: Question, results: list[dict[str, Any]]) -> str:
    """ "Your team's open pipeline: 511 deals worth $1,312,792 at list price (Engaging: 215 deals, $...; ...)", then
    each group of the split."""
    total = results[0]
    whole = total["groups"][0] if total.get("groups") else None
    who = subject_of(question.scope, total)
    whose = "Your" if who == "You" else f"{who}'" if who.endswith("s") else f"{who}'s"
    if whole is None or not whole["open"]:
        return f"{'You have' if who == 'You' else who + ' has'} no open deals. (Scope: {where(total)}.)"
    stages = "; ".join(f"{g['group']}: {_deals(g['deals'])}, {money(g['pipeline_value'])}"
                       for g in results[1]["groups"] if g["deals"])  # fmt: skip
    lines = [f"{whose} open pipeline: {_deals(whole['open'])} worth {money(whole['pipeline_value'])} at list price "
             f"({stages})." + _closed_so_far(results[2])]  # fmt: skip
    split = question.group_by and question.group_by != "stage"
    if split and len(results) > 3 and (groups := [g for g in results[3]["groups"] if g["deals"]]):
        lines.append(f"By {_LABEL.get(question.group_by or '', question.group_by)} (highest value first):")
        lines += [f"{i}. {g['group']}: {money(g['pipeline_value'])} ({_deals(g['deals'])})"
                  for i, g in enumerate(groups[:_SHOWN], 1)]  # fmt: skip
        if len(groups) > _SHOWN:
            lines.append(f"... and {len(groups) - _SHOWN} more (all in the table below)")
    scope_line = f"\n(Scope: {where(total)}; pipeline value = list price of open deals.)"
    return forecast_asked.preface(question, results) + "\n".join(lines) + scope_line


def _closed_so_far(data: dict[str, Any]) -> str:
    """What the same deals' owners have closed: the won and lost beside the pipeline, as a review reads them."""
    g = data["groups"][0] if data.get("groups") else None
    if g is None or not (g["won"] or g["lost"]):
        return ""
    return (f" Closed so far: {g['won']:,} won ({money(g['won_revenue'])}) and {g['lost']:,} lost, win rate "
            f"{figure('win_rate', g)}.")  # fmt: skip


def _deals(n: int) -> str:
    return f"{n:,} deal" if n == 1 else f"{n:,} deals"


_LABEL = {"manager": "team"}
STYLES = ("pipeline",)
