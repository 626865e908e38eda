"""A part's share of a whole, as a percentage: "what share of my won revenue came from GTX Pro?", "what % of my
team's wins were Darcel's", "what % of our wins this year closed in December?", "what % of my open deals are still
prospecting"."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline.question import Question
from agents.offline.stage_share import LOSS_RATE
from agents.offline.stage_share import stage_share as _stage_share
from agents.periods import find_periods

_SHARE = re.compile(r" (?:share|percentage|percent|proportion|fraction|what part|how much of|slice of) |%|\bpct\b")
_PERCENT_CHANGE = re.compile(
    r"(?: |^)(?:%|percent|percentage|pct) (?:change|increase|decrease|growth|drop|decline|rise|jump|fall|difference"
    r"|swing|delta|up|down|movement|move)\b"
)
_PART_KEYS = ("product", "products", "account", "account_group", "sector", "headquarters", "no_account", "office")


def share(
    t: str,
    scope: dict[str, Any],
    measures: tuple[str, ...],
    text: str,
    today: date | None = None,
    people: tuple[str, ...] = (),
) -> Question | None:
    """ "what share of my won revenue came from GTX Pro?": the part (a product, account, sector...) over the whole
    it belongs to, as a percentage. ``people`` are the reps named, each a part of their team's whole."""
    t = _PERCENT_CHANGE.sub(" ", t)  # "the % change", "percent growth": a movement between figures, not a part
    asked = _SHARE.search(t) or "%" in _PERCENT_CHANGE.sub(" ", text.lower()) or LOSS_RATE.search(t)
    if not asked or re.search(r" (?:win|close|conversion|hit|success) (?:%|percentage|percent|rate) ", t):
        return None
    if "win_rate" in measures and _stage_share(t) is None and not re.search(r" (?:revenue|dollars|value|pipe\w*) ", t):
        return None
    if today is not None and (within := _period_share(t, scope, measures, text, today)) is not None:
        return within  # "what % of our wins this year closed in December?"
    if (stages := _stage_share(t)) is not None:  # "what % of my open deals are still prospecting"
        whole_stage, part_stage = stages
        return Question("share", ("deals",), {**scope, "stage": whole_stage}, text=text, sides=({"stage": part_stage},))
    measure = next((m for m in measures if m in ("won_revenue", "pipeline_value", "deals")), None)
    if not measures:  # "what % of my pipeline is GTX Pro": its value; "what % of my deals": their number
        measure = "pipeline_value" if re.search(r" (pipeline|pipe) ", t) else "deals"
        measure = "won_revenue" if measure == "deals" and " how much " in t else measure  # "how much of X came from"
    if measure and "account_group" in scope and not scope.get("subsidiary") and _FROM_THE_SUBS.search(t):
        # "Massive Dynamic as a group: won revenue, and what % came from the subsidiary": the subs' part of the group
        return Question("share", (measure,), scope, text=text, sides=({"subsidiary": True},))
    part = {k: scope[k] for k in _PART_KEYS if k in scope}
    if "value" in scope and _VALUE_PART.search(t):
        part["value"] = scope["value"]  # "how many wins under $400, and what % of our won deals is that"
    if measure and part and "office" not in part and _from_the_owner(t, scope.get("owner"), part):
        # "what % of Treequote's won revenue came from dustin's team": the account is the whole, the team its part
        whole = {k: v for k, v in scope.items() if k != "owner"}
        return Question("share", (measure,), whole, text=text, sides=({"owner": scope["owner"]},))
    if "office" in part and "owner" in scope and measure:
        # an office holds teams, never the other way: "what share of the Central office's revenue comes from my
        # team"; "East Q4 won revenue - what % came from my team and what % from Rocco's?" (each team a part)
        return Question("share", (measure,), {k: v for k, v in scope.items() if k != "owner"}, text=text,
                        sides=_teams_in_office(t, scope["owner"], people))  # fmt: skip
    if "office" in part and len(part) > 1:
        # the one named first is the whole: "what % of Central's deals are GTX Pro", "what share of GTX Pro won
        # revenue came from the West office"
        other = next(k for k in part if k != "office")
        named = {k: t.find(f" {str(part[k]).lower().split()[0]}") for k in ("office", other)}
        if -1 not in named.values():
            del part["office" if named["office"] < named[other] else other]
    if scope.get("owner") not in (None, "me", "my team") and re.search(r" of (?:my|our|the) (?:own )?team'?s? ", t):
        return _rep_of_team(t, scope, measure, text, people)  # "what % of my team's wins were Darcel's"
    if scope.get("owner") == "my team" and measure and re.search(r" (?:is|are|was|were|came from) (?:mine|me) ", t):
        return Question("share", (measure,), scope, text=text, sides=({"owner": "me"},))  # "my team's Q4 $: mine?"
    if scope.get("owner") not in (None, "me", "my team") and measure and not part and _MINE_OF_THEIRS.search(t):
        return Question("share", (measure,), scope, text=text, sides=({"owner": "me"},))  # "Dustin's team's $: mine?"
    mine = scope.get("owner") == "me" and re.search(r" my (?:share|part|slice|portion|contribution|cut) ", t)
    if measure and not part and (scope.get("owner") not in (None, "me") or mine) and _OF_THE_COMPANY.search(t):
        # "what fraction of the company's 2017 won revenue came from Rocco's team?": the owner's part of everyone's
        return Question("share", (measure,), {k: v for k, v in scope.items() if k != "owner"}, text=text,
                        sides=({"owner": scope["owner"]},))  # fmt: skip
    if measure and (in_period := _set_in_a_period(t, scope, part)) is not None:
        return Question("share", (measure,), in_period[0], text=text, sides=(in_period[1],))
    alone = len(part) == len([k for k in scope if k not in ("period", "date_field")])
    if measure is None or not part or (alone and not _whole_named_first(t, part)):
        return None  # nothing left to be the whole: "what % of deals are GTX Pro" is the whole company
    whole = {k: v for k, v in scope.items() if k not in part}
    return Question("share", (measure,), whole, text=text, sides=(part,))


# the period's deals as the part of a set named before it: "what % of GTX Pro deals closed in Q4"
_OF_SET = re.compile(
    r" (?:%|percent|percentage|share|proportion|fraction|pct) of (?:my |our |the |all )?(?P<them>them |those |these )?"
)
_CLOSED_THEN = re.compile(r" (?:closed|close|won|lost|signed|landed|booked|came in|were won|were lost|got won) ")
_WHEN = ("period", "date_field", "stage")
_STAGE_WORD = re.compile(r" (?:wins|won|losses|lost|closed|open) ")


def _set_in_a_period(
    t: str, scope: dict[str, Any], part: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The whole (the set named after "of") and its part (closed in the period), when the period is said after the
    set with the verb that closes them; not "what % of Q4 deals were GTX Pro" (the period's deals are the whole)."""
    of_set = _OF_SET.search(t)
    if "period" not in scope or not part or of_set is None:
        return None
    names = [str(n) for v in part.values() for n in (v if isinstance(v, list) else [v]) if isinstance(n, str) and n]
    named = max((t.find(f" {n.lower().split()[0]}") for n in names), default=-1)
    before = named < of_set.start() and of_set.group("them")  # "GTX Pro deals - what % of them closed in Q4"
    closed = _CLOSED_THEN.search(t, max(named, of_set.end() - 1))
    if named < 0 or not (before or named > of_set.start()) or closed is None:
        return None
    # "what % of my GTX Pro wins came in Q4": a stage said with the set is the whole's ("wins"), not the part's
    said_with_the_set = _STAGE_WORD.search(t[of_set.end() - 1 : closed.start() + 1])
    if closed.group(0) == " came in " and not said_with_the_set:
        return None  # "won $ in October? what share of GTX Pro came in october": GTX Pro is the part
    when = ("period", "date_field") if said_with_the_set else _WHEN
    return {k: v for k, v in scope.items() if k not in when}, {k: scope[k] for k in when if k in scope}


def _from_the_owner(t: str, owner: str | None, part: dict[str, Any]) -> bool:
    """Whether the message takes the share of the set named after "of" that came from ``owner``: "how much of
    Treequote's won revenue came from dustin's team", "what % of GTX Pro wins were by me"."""
    if owner is None:
        return False
    said = {"me": " (?:me|mine|myself) ", "my team": " my (?:team|guys|reps|crew) "}.get(owner)
    who = re.search(said or rf" {re.escape(owner.split()[0].lower())}", t)
    first = str(next(iter(part.values()))).lower().split()[0]
    of_part = re.search(rf" of (?:the |all |our |my )?{re.escape(first)}", t)
    if who is None or of_part is None or of_part.start() > who.start():
        return False
    return _CAME_FROM.search(t[of_part.end() : who.start() + 1]) is not None


_CAME_FROM = re.compile(r" (?:came|come|comes|coming|was|were|is|are) (?:from|by) | from | by ")


_FROM_THE_SUBS = re.compile(
    r" (?:from|by|of|at|with|is|was|are|were) (?:the|its|their|that|those) (?:sub|subs|subsidiary|subsidiaries"
    r"|daughter compan(?:y|ies)|child compan(?:y|ies))(?= )"
)
# deals of a size as the part, not a bound on the whole: the share asked of the deals just counted ("..., and what % of
# our won deals is that") or of those the size names after it ("what share of my revenue came from deals over $10k");
# not "what % of my deals over $5k did I win"
_VALUE_PART = re.compile(
    r" (?:is|are|was|were|s) (?:that|those|these|them|it)(?: of them)? (?:$|[^a-z ]|\w+ (?:of|in) )"
    r"|(?:share|percentage|percent|proportion|%|pct) (?:[\w'-]+ ){0,6}?(?:is|are|was|were|came from|come from"
    r"|comes from|from) (?:deals?|wins?|ones|orders|sales|opps) (?:over|under|above|below|bigger|smaller|larger|worth"
    r"|of (?:over|under|more|less|at))"
    r"| (?:is|are|was|were) (?:that|those|these|them|it) $"
)


# the whole company as the whole: "what fraction of the company's won revenue", "share of total company revenue"
_OF_THE_COMPANY = re.compile(
    r" of (?:the |our |all |total )*(?:whole |entire |total )?(?:company|org|organi[sz]ation|business|company wide)"
    r"(?: total| wide| overall)? "
)


def _rep_of_team(
    t: str, scope: dict[str, Any], measure: str | None, text: str, people: tuple[str, ...] = ()
) -> Question:
    """One rep's part of the asker's team: the rep is the part, the team (in the stage named) the whole; each rep
    named, when several are ("Corliss's share of our Q4 won revenue, and Wilburn's")."""
    found = _SHARE_OF.search(t)
    what = found.group("what") if found else ""
    whole = {**scope, "owner": "my team", **({"stage": _WHOLE_STAGE[what]} if what in _WHOLE_STAGE else {})}
    counted = what in ("deals", *_WHOLE_STAGE) or bool(_BY_COUNT.search(text.lower()))
    reps = [p for p in people if not re.search(rf" {p.split()[0].lower()}\w* (?:team|crew|group) ", t)] or [
        scope["owner"]
    ]  # "Rocco's team" names a whole, not a part
    return Question("share", ("deals" if counted else measure or "won_revenue",), whole, text=text,
                    sides=tuple({"owner": rep} for rep in reps))  # fmt: skip


# the asker's own part of another's team: "what % of Dustin's team's won $ is mine", "my won $, and what % of
# Dustin Brinkmann's team's won $ that is"
_MINE_OF_THEIRS = re.compile(
    r" (?:team|crew|group|reps)(?:'s|s)? (?:.* )?(?:(?:is|are|was|were|came from) (?:mine|me|my \w+)"
    r"|(?:that|this|it) (?:is|was|represents|makes up|comes to|amounts to)|(?:is|was) (?:that|this|it))(?= |$)"
)
_SHARE_OF = re.compile(
    r" (?:%|percent|percentage|share|proportion|fraction|pct) of (?:my |our |the |all |team |whole |entire )*"
    # the longer period may come first: "what % of Q4 won revenue came in October", "share of this year's wins"
    r"(?:team )?(?:(?:q[1-4]|h[12]|\d{4}|(?:this|last|the) (?:year|quarter)(?:'s|s)?) )?"
    r"(?P<what>wins|won deals|won revenue|revenue|bookings|losses|lost deals|deals) "
)
_WHOLE_STAGE = {"wins": "won", "won deals": "won", "losses": "lost", "lost deals": "lost"}
_BY_COUNT = re.compile(r"\b(?:by|in) (?:number|count|#)|\bnumber of deals\b|\bnot (?:\$|dollars|revenue|value)")


def _whole_named_first(t: str, part: dict[str, Any]) -> bool:
    """Whether the whole is named before the part, every deal of a period being it: "what % of Q4 deals were GTX
    Pro", "share of the company's deals that are with Konex"."""
    whole = _SHARE_OF.search(re.sub(r" (?:company|org|business)(?:'s|s)? ", " ", t))
    named = [str(v).lower().split()[0] for v in part.values() if isinstance(v, str)]
    return whole is not None and bool(named) and all(t.find(f" {n}", whole.end() - 1) >= 0 for n in named)


def _period_share(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str, today: date) -> Question | None:
    """A period's part of a longer one: "what % of our wins this year (by number of deals) closed in December?"."""
    periods = find_periods(text, today)
    if len(periods) != 2 or (found := _SHARE_OF.search(t)) is None:
        return None
    outer, inner = sorted(periods, key=lambda p: (p.end - p.start).days, reverse=True)
    same = (outer.start, outer.end) == (inner.start, inner.end)
    if same or not (outer.start <= inner.start and inner.end <= outer.end):
        return None  # "what % of this year's wins came in December": December lies inside the year
    what = found.group("what")
    counted = what in ("deals", *_WHOLE_STAGE) or bool(_BY_COUNT.search(text.lower()))
    measure = "deals" if counted else next((m for m in measures if m in ("won_revenue", "deals")), "won_revenue")
    field = scope.get("date_field", "close")
    whole = {**scope, "period": outer.phrase or outer.label, "date_field": field}
    if what in _WHOLE_STAGE:
        whole["stage"] = _WHOLE_STAGE[what]
    elif measure == "won_revenue":
        whole["stage"] = "won"
    return Question("share", (measure,), whole, text=text, sides=({"period": inner.phrase or inner.label,
                                                                     "date_field": field},))  # fmt: skip


# each group's part of the whole asked beside a ranking: "top 3 sectors by won $, and for each what share of the
# company's total", "best products this year with their % of the overall"
_SHARE_OF_WHOLE = re.compile(
    r" (?:share|%|percent|percentage|portion|proportion|pct|slice) of (?:the |our |my |all )?(?:(?:whole |entire )?"
    r"(?:company|team|office|org|organisation|organization|business)(?:'s|s)? )?"
    r"(?:(?:h[12]|q[1-4]|\d{4}|annual|yearly|quarterly|ytd|full year|year to date) )?"  # "the team's H2 total"
    r"(?:total|whole|overall|sum|combined"
    r"|grand total)\b"
    # "... in Engaging vs Prospecting? as percentages", "what share of the open pipeline sits in each stage"
    r"| as (?:a )?(?:percentages?|percents?|%|shares?|pct)(?= )"
    r"| (?:share|%|percentage|proportion|pct) of (?:the |our |my )?(?:[\w']+ )?(?:open )?(?:pipeline|pipe)\b"
)


def share_of_whole(t: str) -> bool:
    """Whether a ranking asks each group's share of the whole it is part of."""
    return _SHARE_OF_WHOLE.search(t) is not None


def _teams_in_office(t: str, owner: str, people: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    """The owner the scope kept, and the asker's team or the other reps named beside it, in the order asked."""
    if owner not in ("me", "my team") and (others := [p for p in people if p not in (owner, "me", "my team")]):
        # "what % of East's won rev came from rocco's team vs cara's": a share for each
        named = sorted(dict.fromkeys([owner, *others]), key=lambda p: t.find(f" {p.split()[0].lower()}"))
        return tuple({"owner": p} for p in named)
    mine = re.search(r" my (?:team|crew|guys|reps|people|squad)(?:'s|s)? ", t)
    theirs = t.find(f" {owner.split()[0].lower()}")
    if owner in ("me", "my team") or mine is None or theirs < 0:
        return ({"owner": owner},)
    sides: tuple[dict[str, Any], ...] = ({"owner": "my team"}, {"owner": owner})
    return sides if mine.start() < theirs else sides[::-1]
