"""Answers for the question shapes of :mod:`agents.offline.shapes`: one deal by its id, how many different
accounts (or reps), a part's share of a whole, the accounts themselves, and who beats a baseline."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question
from agents.offline.wording import GROUP_PLURALS, LABELS, company_revenue, figure, money, subject, where

_STAGE_DEALS = {"won": "won deals", "lost": "lost deals", "open": "open deals", "engaging": "Engaging deals",
                "prospecting": "Prospecting deals", "closed": "closed deals"}  # fmt: skip
_LISTED = 20  # name the groups when there are at most this many


def lookup(data: dict[str, Any]) -> str:
    """One opportunity: whose it is, where it stands, what it is worth and on which basis."""
    if not data["deals"]:
        return f"I can't find that opportunity ({where(data)})."
    d = data["deals"][0]
    if d["stage"] in ("Won", "Lost"):
        status = f"{d['stage']} on {d['close_date']}" if d["close_date"] else d["stage"]
        value = (
            f"final value {money(d['value'])} (close value){_against_list(d)}"
            if d["stage"] == "Won"
            else (f"{money(d['value'])} at list price was at stake")
        )
    else:
        status = f"{d['stage']}, still open" + (f" (engaged {d['engage_date']})" if d["engage_date"] else "")
        value = f"worth {money(d['value'])} at list price"
    return (f"{d['id']} is {d['account'] or 'a deal with no account'}'s {d['product']} deal, owned by {d['owner']}: "
            f"{status}; {value}.")  # fmt: skip


def _against_list(d: dict[str, Any]) -> str:
    """ " against a list price of $550, 3.1% below list": what a win closed for beside its product's list price."""
    listed = d.get("list_price")
    if not listed or d["value"] == listed:
        return f" against a list price of {money(listed)}, exactly at list" if listed else ""
    off = 100.0 * (listed - d["value"]) / listed
    return f" against a list price of {money(listed)}, {abs(off):.1f}% {'below' if off > 0 else 'above'} list"


def distinct(question: Question, data: dict[str, Any]) -> str:
    """ "You won deals with 25 different accounts", with their names when there are few."""
    groups = [g for g in data["groups"] if g["deals"]]
    noun = GROUP_PLURALS.get(question.group_by or "", "groups")
    deals = _STAGE_DEALS.get(question.scope.get("stage", ""), "deals")
    names = f": {', '.join(str(g['group']) for g in groups)}" if 0 < len(groups) <= _LISTED else ""
    count = len(groups) if groups else "no"
    noun = f"different {noun}" if len(groups) != 1 else _ONE.get(question.group_by or "", question.group_by or "group")
    return f"{subject(question.scope)}: {count} {noun} with {deals}{names}. (Scope: {where(data)}.)"


_ONE = {"manager": "team"}  # "1 account with open deals: Ganjaflex"; a manager's deals are their team's


def share(question: Question, results: list[dict[str, Any]]) -> str:
    """The part's figure over the whole's, as a percentage; each part's when several are asked ("what % came from
    my team and what % from Rocco's")."""
    if len(results) > 2:
        return " ".join(share(question, [results[0], part]) for part in results[1:])
    measure = question.measures[0]
    whole, part = results[0]["groups"][0], results[1]["groups"][0]
    named = _closed_when([label for label in results[1].get("scope", []) if label not in results[0].get("scope", [])])
    part_name = "; ".join(named) or "that part"
    part_name = part_name[:1].upper() + part_name[1:]
    label = (
        _STAGE_DEALS.get(question.scope.get("stage", ""), "deals")
        if measure == "deals"
        else LABELS.get(measure, measure)
    )
    if not whole.get(measure):
        return f"{subject(question.scope)}: no {label} to take a share of. (Scope: {where(results[0])}.)"
    percent = 100.0 * (part.get(measure) or 0) / whole[measure]
    return (f"{part_name}: {figure(measure, part)} of {_whose(question.scope)} {label} of {figure(measure, whole)}, "
            f"i.e. {percent:.1f}%. (Scope: {where(results[0])}.)")  # fmt: skip


def _closed_when(labels: list[str]) -> list[str]:
    """A stage and the period it closed in as one label: "won deals" and "closed in H2 2017 (...)" read as "won in H2
    2017 (...)" ("what share of Kan-code's deals were won in H2")."""
    stage = next((s for s in ("won deals", "lost deals", "closed deals") if s in labels), None)
    when = next((w for w in labels if w.startswith("closed in ")), None)
    if stage is None or when is None:
        return labels
    merged = f"{stage.removesuffix(' deals')} in {when.removeprefix('closed in ')}"
    return [merged if label == when else label for label in labels if label != stage]


def accounts(question: Question, results: list[dict[str, Any]]) -> str:
    """How many accounts match and which; then any figure asked about their deals."""
    data = results[0]
    rows = data["accounts"]
    if question.group_by and "groups" in data:  # "which industry has the most companies in our account list?"
        return _accounts_per_group(question, data)
    if question.top and rows:  # "the youngest company": the top account with its own facts
        return _top_account(question, data)
    text = _accounts_named(data)
    if question.scope.get("subsidiary") and rows:  # "... and how many parent companies do they roll up to?"
        parents = sorted({str(r["parent"]) for r in rows if r.get("parent")})
        companies = "parent companies" if len(parents) != 1 else "parent company"
        text += f" They roll up to {len(parents)} {companies}: {', '.join(parents)}."
    if "total_employees" in question.facts:  # "total headcount of our software accounts"
        text += _headcount_added(rows)
    for measure in question.measures:
        g = results[1]["groups"][0]
        extra = f" from {g['won']:,} won deals" if measure == "won_revenue" else ""
        text += f" {LABELS.get(measure, measure).capitalize()} from them: {figure(measure, g)}{extra}."
    for other in results[len(results) - len(question.sides) :] if question.sides else ():
        text += " And " + _accounts_named(other)  # "... and how many outside it?"
    return text


def _headcount_added(rows: list[dict[str, Any]]) -> str:
    known = [r["employees"] for r in rows if r.get("employees") is not None]
    unknown = len(rows) - len(known)
    missing = f" ({unknown} with no headcount on record)" if unknown else ""
    return f" Together they have {sum(known):,} employees{missing}." if rows else ""


def _accounts_per_group(question: Question, data: dict[str, Any]) -> str:
    """The accounts counted per sector or country: the one with the most (or fewest) first, then every group."""
    groups = data["groups"]
    noun = "sector" if question.group_by == "sector" else "country"
    if not groups:
        return f"No accounts with a {noun} on record. (Scope: {where(data)}.)"
    listing = "; ".join(f"{g['group']} {g['accounts']:,}" for g in groups)
    total = f"{data['total']:,} accounts in all"
    if question.top:
        g = groups[0]
        most = "fewest" if question.ascending else "most"
        tied = [x["group"] for x in groups if x["accounts"] == g["accounts"] and x["group"] != g["group"]]
        also = f" (tied with {', '.join(tied)})" if tied else ""
        return (f"{g['group']} has the {most} accounts: {g['accounts']:,} of {total}{also}. By {noun}: {listing}. "
                f"(Scope: {where(data)}.)")  # fmt: skip
    return f"Accounts by {noun} ({total}): {listing}. (Scope: {where(data)}.)"


def _accounts_named(data: dict[str, Any]) -> str:
    rows = data["accounts"]
    count = f"{len(rows)} account{'s' if len(rows) != 1 else ''}" if rows else "no accounts"
    names = ", ".join(r["name"] for r in rows)
    return f"{count[:1].upper()}{count[1:]} ({where(data)})" + (f": {names}." if rows else ".")


def empty_spells(question: Question, data: dict[str, Any]) -> str:
    """The groups that went a whole month or quarter without a deal in scope, and which ones."""
    groups = data["groups"]
    noun = GROUP_PLURALS.get(question.group_by or "", "groups")
    deals = _STAGE_DEALS.get(question.scope.get("stage", ""), "deals")
    if not groups:
        return f"No: every one of the {noun} had {deals} in every {question.every}. (Scope: {where(data)}.)"
    shown = "; ".join(f"{g['group']} (none in {', '.join(g['empty_in'])})" for g in groups)
    n = len(groups)
    return (f"Yes, {n} {noun if n != 1 else noun.removesuffix('s')} went a whole {question.every} without {deals}: "
            f"{shown}. (Scope: {where(data)}.)")  # fmt: skip


def parent_figures(question: Question, data: dict[str, Any]) -> str:
    """The parent account's own figures (its subsidiaries' deals left out), for the measures asked."""
    deals = data.get("parent_deals")
    if not deals or not data.get("parent"):
        return ""
    parts = [f"{LABELS.get(m, m)} {figure(m, deals)}" for m in question.measures if m not in ("deals", "breakdown")]
    won = f" from {deals['won']:,} won deals" if "won_revenue" in question.measures else ""
    return f" From {data['parent']} itself (not its subsidiaries): {', '.join(parts)}{won}." if parts else ""


def _whose(scope: dict[str, Any]) -> str:
    who = subject(scope)
    return _POSSESSIVE.get(who, f"{who}'s")


_POSSESSIVE = {"You": "your", "Your team": "your team's", "The company": "the company's",
               "The rest of your team": "the rest of your team's", "Everyone else": "everyone else's"}  # fmt: skip


_MONEY_FIGURES = ("won_revenue", "pipeline_value")
_SIGNS = {">=": "at least", "<=": "at most", ">": "more than", "<": "fewer than", "=": "exactly"}
_RATE_SIGNS = {">=": "of at least", "<=": "of at most", ">": "above", "<": "below", "=": "of exactly"}
_PLURAL_FIGURES = {"closed": "closed deals", "engaging": "Engaging deals", "prospecting": "Prospecting deals"}


def past_the_bar(question: Question, data: dict[str, Any]) -> str:
    """The groups that meet a bar ("reps with at least 20 won deals", "accounts with more lost than won"), named
    with the figures the bar is about, and how many they are."""
    groups = data["groups"]
    noun = GROUP_PLURALS.get(question.group_by or "", "groups")
    bars = []
    for condition in question.having:
        left, sign, right = re.match(r"(\w+)\s*(>=|<=|>|<|=)\s*(\S+)", condition).groups()  # type: ignore[union-attr]
        what = LABELS.get(left) or _PLURAL_FIGURES.get(left, left)
        if sign == "=" and right == "0" and left == "deals":  # "never won": no deals of the stage asked about
            bars.append(f"no {_STAGE_DEALS.get(question.scope.get('stage', ''), 'deals')}")
        elif left == "win_rate":  # "a win rate below 60%"
            bars.append(f"a win rate {_RATE_SIGNS[sign]} {float(right):g}%")
        elif right.replace(".", "").isdigit() and left in _MONEY_FIGURES:  # "more than $400,000 in won revenue"
            bars.append(f"{_SIGNS[sign]} {money(float(right))} in {what}")
        elif right.replace(".", "").isdigit():  # "at least 20 won deals"
            bars.append(f"{_SIGNS[sign]} {right} {what}")
        else:  # "more lost deals than won deals"
            more = "fewer" if sign.startswith("<") else "more"
            bars.append(f"{more} {what} than {LABELS.get(right) or _PLURAL_FIGURES.get(right, right)}")
    bar = " and ".join(bars)
    if not groups:  # "which rep hasn't closed anything": none, so every one of them has
        every = ": every one has at least one" if question.having == ("deals=0",) else ""
        return f"No {noun} have {bar}{every}. (Scope: {where(data)}.)"
    barred = [re.split(r"[<>=]", c)[0] for c in question.having]
    money_bar = next((m for m in barred if m in _MONEY_FIGURES), None)
    if question.having == ("deals=0",):  # "never won": each has 0 of what was asked; the names say it all
        shown = ", ".join(str(g["group"]) for g in groups)
    elif "win_rate" in barred:  # each with its rate and what it is made of
        shown = "; ".join(f"{g['group']} ({g['win_rate']:.1f}%: {g['won']:,} won, {g['lost']:,} lost)" for g in groups)
    elif money_bar:  # "reps past $400k won": each with the figure the bar is about
        shown = "; ".join(f"{g['group']} ({figure(money_bar, g)})" for g in groups)
    else:
        shown = "; ".join(f"{g['group']} ({g['won']:,} won, {g['lost']:,} lost, {g['deals']:,} deals)" for g in groups)
    n = len(groups)
    return f"{n} {noun if n != 1 else noun.removesuffix('s')} with {bar}: {shown}. (Scope: {where(data)}.)"


_FACT_WORDS = {
    "revenue": ("largest", "smallest"),
    "employees": ("largest", "smallest"),
    "founded": ("youngest", "oldest"),
}


def _top_account(question: Question, data: dict[str, Any]) -> str:
    r = data["accounts"][0]
    what = _FACT_WORDS.get(question.sort, ("top", "bottom"))[1 if question.ascending else 0]
    by = {"revenue": " by annual revenue", "employees": " by headcount"}.get(question.sort, "")
    facts = [f"annual revenue {company_revenue(r['revenue_musd'])}" if r.get("revenue_musd") is not None else "",
             f"{r['employees']:,} employees" if r.get("employees") is not None else "",
             f"founded {r['year_established']}" if r.get("year_established") else "",
             f"{r['sector']} sector" if r.get("sector") else "",
             f"headquartered in {r['headquarters']}" if r.get("headquarters") else ""]  # fmt: skip
    n, parent = data.get("matched", 1), question.scope.get("parent")  # "how many subsidiaries, and the biggest?"
    among = f"{parent} has {n} subsidiar{'ies' if n != 1 else 'y'} on record; " if parent else ""
    return (f"{among}{r['name']} is the {what} account{by}: {', '.join(f for f in facts if f)}. "
            f"(Scope: {where(data)}.)")  # fmt: skip


def catalogue(data: dict[str, Any]) -> str:
    """Each product asked about with its list price."""
    rows = data["products"]
    if not rows:
        return "I found no such product in the catalogue."
    prices = "; ".join(f"{p['name']} {money(p['list_price'])}" for p in rows)
    return f"List price{'s' if len(rows) != 1 else ''}: {prices}. (Source: the product catalogue.)"


def _weighted(question: Question, g: dict[str, Any]) -> str:
    """ "my open pipe at list price times my win rate": the pipeline weighted by the share of closed deals won."""
    if not g.get("closed"):
        pipe = money(g["pipeline_value"])
        return f"no weighted pipeline (no closed deals to take a win rate from; open pipeline {pipe})"
    weighted = g["pipeline_value"] * g["won"] / g["closed"]
    return (f"weighted pipeline {money(weighted)} (open pipeline {money(g['pipeline_value'])} at list price x win rate "
            f"{figure('win_rate', g)}, {g['won']:,} won of {g['closed']:,} closed)")  # fmt: skip


def _attainment(question: Question, g: dict[str, Any]) -> str:
    """Won revenue against the quota the rep named."""
    target = question.target or 0
    share = 100.0 * g["won_revenue"] / target if target else 0.0
    return f"quota attainment {share:.1f}% ({money(g['won_revenue'])} won against a quota of {money(target)})"


def _open_age(question: Question, g: dict[str, Any]) -> str:
    """How long the open deals have been engaged so far, on average, up to today."""
    days = g.get("avg_open_age_days")
    if days is None:
        return "no open deals with an engage date to age"
    return f"on average {days:.1f} days since engaging (up to today), over {g['engaging']:,} engaging deals"


def _won_vs_list(question: Question, g: dict[str, Any]) -> str:
    """The mean won deal against the mean list price of the same deals: "what do my wins average against list"."""
    listed = g.get("avg_won_list_price")
    if not g.get("won") or not listed:
        return "no won deals to set against the list price"
    at_list, won = g.get("won_list_value") or 0.0, g.get("won_revenue") or 0.0
    if not at_list:
        share = 100.0 * g["avg_won_size"] / listed
        return f"against an average list price of {money(listed)} for those deals ({share:.1f}% of list)"
    gap = won - at_list
    side = f"{money(abs(gap))} {'below' if gap < 0 else 'above'} list" if gap else "exactly at list"
    each = f" ({money(abs(gap) / g['won'])} a deal on average)" if gap and g["won"] > 1 else ""
    return (
        f"against an average list price of {money(listed)} for those deals; at list the {g['won']:,} wins come "
        f"to {money(at_list)} and closed for {money(won)}: {100.0 * won / at_list:.1f}% of list, {side}{each}"
    )


# figures derived from the tool's: the answer works them out from the group's own numbers
DERIVED = {"weighted_pipeline": _weighted, "attainment": _attainment, "avg_open_age_days": _open_age,
           "won_vs_list": _won_vs_list}  # fmt: skip
