"""Short answers composed from tool results: the figure asked for first, then its basis."""

from __future__ import annotations

import re
from typing import Any

from agents.offline import (
    answers,
    drafts_waiting,
    everyday_answers,
    memory_asked,
    pipeline_summary,
    positions,
    ratios,
    standing_answers,
)
from agents.offline.calls import ACCOUNT_SORTS
from agents.offline.comparison_answer import comparison
from agents.offline.coverage import coverage_line
from agents.offline.facts_answer import account_facts
from agents.offline.in_each_period import in_each_answer
from agents.offline.normalise import normalised
from agents.offline.org_answer import org_answer
from agents.offline.parser import Question, tool_calls
from agents.offline.risk_answer_one import one_reason
from agents.offline.share_shape import share_of_whole
from agents.offline.wording import LABELS, figure, money, open_split, subject, subject_of, where
from agents.tools.accounts import FACT_COLUMNS


def compose(question: Question, results: list[dict[str, Any]]) -> str:
    """The answer to ``question`` from the data of its tool results."""
    if not results:
        return "I couldn't find anything for that."
    if question.style == "multi":  # each part answered from its own share of the results, in order
        replies, at = [], 0
        for part in question.parts:
            n = len(tool_calls(part))
            replies.append(compose(part, results[at : at + n]))
            at += n
        if (covers := coverage_line(question, results)) is not None:
            replies.append(covers)  # the open pipeline against the revenue won: how many times over
        return "\n".join(replies)
    data = _first_error(results) if question.style in _SEVERAL_RESULTS else results[0]
    if "error" in data:
        message = str(data["error"])
        message = message[:1].upper() + message[1:]
        return message if message.endswith(("?", "!", ".")) else message + "."
    if question.style in _SEVERAL_RESULTS:
        return _SEVERAL_RESULTS[question.style](question, results)
    if question.style == "distinct":
        return answers.distinct(question, data)
    if question.style == "catalogue":
        return answers.catalogue(data)
    if question.style == "org":
        return org_answer(question, data)
    if question.style == "list" and question.scope.get("deal"):
        return answers.lookup(data)
    if question.style == "ranking" and question.per_group:
        return ratios.per_head(question, results)
    if question.style == "ranking":
        asked = share_of_whole(normalised(question.text)) and len(results) > 1 and results[1].get("groups")
        return _ranking(question, data, results[1]["groups"][0] if asked else None) + "".join(
            _in_all(question, r) for r in results[1:]
        )
    if question.style == "roster":
        return _roster(question, data) + _managers(results[1:])
    if question.style == "list":
        return positions.listing(question, data)
    if question.style == "facts":
        return account_facts(question, data)
    if question.style == "draft":
        return _draft(data)
    if question.style == "draft_action":
        return _draft(data) + (f"\n\nWhy this email: {data['why']}." if data.get("why") else "")
    if question.style == "action":
        return _actions(data)
    if question.style == "update":
        value = f" (close value {money(data['close_value'])})" if data.get("close_value") is not None else ""
        return (f"Done: {data['opportunity']} moved from {data['from_stage']} to {data['to_stage']}{value}. "
                "Webhook subscribers (billing, marketing) are notified.")  # fmt: skip
    if question.style == "compare":
        return comparison(question, results)
    if question.style == "risk":
        return _risk(data)
    return _figures(question, data)


_SEVERAL_RESULTS = {"share": answers.share, "accounts": answers.accounts, "against": standing_answers.against,
                   "standing": standing_answers.standing,
                   "change": standing_answers.change, "pipeline": pipeline_summary.answer, "said": memory_asked.answer,
                   "drafts_waiting": drafts_waiting.answer,
                   **everyday_answers.STYLES}  # fmt: skip


def _first_error(results: list[dict[str, Any]]) -> dict[str, Any]:
    return next((r for r in results if "error" in r), results[0])


def _figures(question: Question, data: dict[str, Any]) -> str:
    g = data["groups"][0]
    who = subject_of(question.scope, data)
    parts = []
    stage = question.scope.get("stage", "all")
    for measure in question.measures:
        if measure == "deals" and question.count_stage:
            n = g[question.count_stage] if question.count_stage in g else g["deals"]
            noun = "deal" if n == 1 else "deals"
            parts.append(f"{'no' if n == 0 else f'{n:,}'} {question.count_stage} {noun}" + (" (0)" if n == 0 else ""))
        elif measure == "deals":
            n = g["deals"]
            noun = "deal" if n == 1 else "deals"  # "You: 1 open deal", not "1 open deals"
            label = f"{stage} {noun}" if stage != "all" else noun
            count = "no" if n == 0 else f"{n:,}"
            detail = ""
            if stage == "open" and n:
                detail = open_split(question.scope, g)
            elif stage == "all" and n:
                detail = (f" ({g['won']:,} Won, {g['lost']:,} Lost, {g['open']:,} open: {g['engaging']:,} Engaging, "
                          f"{g['prospecting']:,} Prospecting)")  # fmt: skip
            parts.append(f"{count} {label}{detail}" + (" (0)" if n == 0 else ""))
        elif measure == "breakdown":
            parts.append(
                f"{g['won']:,} won, {g['lost']:,} lost, {g['open']:,} open ({g['engaging']:,} engaging and "
                f"{g['prospecting']:,} prospecting); {g['deals']:,} deals; won revenue {money(g['won_revenue'])}, "
                f"win rate {figure('win_rate', g)}"
            )
        elif measure in answers.DERIVED:
            parts.append(answers.DERIVED[measure](question, g))
        elif measure in ratios.DERIVED:
            parts.append(ratios.DERIVED[measure](question, g))
        else:
            extra = {
                "won_revenue": f" from {g['won']:,} won deals",
                "win_rate": f" ({g['won']:,} won of {g['closed']:,} closed)",
                "avg_won_size": f" over {g['won']:,} won deals",
                "pipeline_value": f" across {g['open']:,} open deals",
                "avg_cycle_days": f" from engage to close, over {g['won']:,} won deals",
                "avg_lost_cycle_days": f" from engage to close, over {g['lost']:,} lost deals",
                "list_value": f" across {g['deals']:,} deals",
                "median_won_size": f" over {g['won']:,} won deals",
                "max_won_size": f" (over {g['won']:,} won deals)",
            }.get(measure, "")
            parts.append(f"{LABELS.get(measure, measure)} {figure(measure, g)}{extra}")
    return f"{who}: " + "; ".join(parts) + f". (Scope: {where(data)}.)"


_COUNT_ASKED = re.compile(r"\b(?:how many|count|number of|# of)\b", re.IGNORECASE)


def _ranking(question: Question, data: dict[str, Any], whole: dict[str, Any] | None = None) -> str:
    measure = question.measures[0]
    groups = data["groups"]
    if question.every:
        return answers.empty_spells(question, data)
    if question.in_each or question.none_in:
        return in_each_answer(question, data)
    if question.having and question.top is None:
        return answers.past_the_bar(question, data)
    if not groups:
        return f"No {question.group_by}s have figures for that. (Scope: {where(data)}.)"
    order = "lowest" if question.ascending else "highest"
    label = LABELS.get(measure, measure)
    if measure == "deals":  # "the fewest lost deals", not "the lowest deals"
        order = "fewest" if question.ascending else "most"
        label = f"{question.scope['stage']} deals" if question.scope.get("stage") else label
    if question.nth:
        return positions.nth_group(question, data)
    if question.ends:
        return positions.ends(question, data)
    if question.group_by == "account" and question.sort in ACCOUNT_SORTS:
        return _by_account_fact(question, data)
    if question.top == 1 and len(groups) > 1 and figure(measure, groups[1]) == figure(measure, groups[0]):
        names = ", ".join(str(g["group"]) for g in groups[:-1]) + f" and {groups[-1]['group']}"
        return f"{names} are tied for the {order} {label}: {figure(measure, groups[0])} each. (Scope: {where(data)}.)"
    if question.top == 1:
        g = groups[0]
        stage = question.scope.get("stage")  # filtered to won (lost, open) deals: "0 lost" ("0 won") would say nothing
        outcome = {"won": f" ({g['won']:,} won)", "lost": "", "engaging": "", "prospecting": "",
                   "open": f" ({g['engaging']:,} Engaging, {g['prospecting']:,} Prospecting)"}.get(
            stage or "", f" ({g['won']:,} won, {g['lost']:,} lost)"
        )  # fmt: skip
        return (
            f"{g['group']} has the {order} {label}: {figure(measure, g)}{_part(g, measure, whole)}{outcome}. "
            f"(Scope: {where(data)}.)"
        )
    counted = question.group_by == "stage" and "deals" in question.measures[1:]  # each open stage's value, and count
    # "top 3 reps by won rev and their win rates": the other figures asked, beside each
    beside = [m for m in question.measures[1:] if m != "deals" and m in LABELS and all(m in g for g in groups)]
    lines = [
        f"{i}. {g['group']}: {figure(measure, g)}{_part(g, measure, whole)}"
        + (f" ({g['deals']:,} deals)" * counted)
        + (" (" + ", ".join(f"{LABELS[m]} {figure(m, g)}" for m in beside) + ")") * bool(beside)
        for i, g in enumerate(groups, 1)
    ]
    heading = f"{label.capitalize()} by {question.group_by}"
    if question.top is None and _COUNT_ASKED.search(question.text):  # "which accounts ...? names + count"
        plural = "countries" if question.group_by == "country" else f"{question.group_by}s"
        heading = f"{len(groups):,} {plural}. {heading}"
    return f"{heading} ({order} first):\n" + "\n".join(lines) + f"\n(Scope: {where(data)}.)"


_ACCOUNT_FACT = {  # an account's own figure: the superlative each way, how it is told
    "employees": (("biggest", "smallest"), "{:,} employees"),
    "revenue": (("biggest by annual revenue", "smallest by annual revenue"), "${:,.0f}M a year"),
    "founded": (("youngest", "oldest"), "founded {}"),
}


def _by_account_fact(question: Question, data: dict[str, Any]) -> str:
    """The accounts among some deals ranked by their own size or age, each with those deals' figures: "Kan-code is
    the biggest of them (34,288 employees): 9 won, 0 lost; won revenue $7,736"."""
    (high, low), told = _ACCOUNT_FACT[question.sort]
    key = FACT_COLUMNS[question.sort]  # the row carries it under its column's name
    word = low if question.ascending else high
    said = [
        f"{g['group']} ({'not on record' if g.get(key) is None else told.format(g[key])}): {g['deals']:,} deals, "
        f"{g['won']:,} won, {g['lost']:,} lost, {g['open']:,} open; won revenue {money(g['won_revenue'])}"
        for g in data["groups"]
    ]
    if not said:
        return f"No accounts have deals for that. (Scope: {where(data)}.)"
    whose = "your" if question.scope.get("owner") == "me" else "these"  # "which of my accounts ..."
    head = f"Of {whose} accounts, the {word} is {said[0]}"
    rest = "".join(f"\n{i}. {s}" for i, s in enumerate(said[1:], 2))
    return f"{head}.{rest} (Scope: {where(data)}.)"


def _part(group: dict[str, Any], measure: str, whole: dict[str, Any] | None) -> str:
    """ " (18.8% of the total)": a group's share of the whole, when asked."""
    total = whole.get(measure) if whole else None
    value = group.get(measure)
    if not total or not isinstance(value, int | float) or measure not in ("deals", "won_revenue", "pipeline_value"):
        return ""
    return f" ({value / total * 100:.1f}% of the total)"


def _roster(question: Question, data: dict[str, Any]) -> str:
    """Who is in scope (a team, an office), each with their deal count; those without a deal named apart."""
    groups = data["groups"]
    if not groups:
        return f"I found no reps there. (Scope: {where(data)}.)"
    owner = question.scope.get("owner")
    who = "Your team" if owner in ("my team", "me") else subject(question.scope)
    empty = [g["group"] for g in groups if not g["deals"]]
    stage = question.scope.get("stage")
    if stage:  # "which of my reps have nothing open": the gap is in that stage, not in deals at all
        kind = {"open": "open", "won": "won", "lost": "lost", "closed": "closed"}.get(stage, stage.capitalize())
        gap = f"{len(empty)} of them ha{'ve' if len(empty) != 1 else 's'} no {kind} deals: {', '.join(empty)}."
        none = gap if empty else f"0 of them have no {kind} deals: every one has some."  # "how many?" is answered
    else:
        none = f"No deals at all: {', '.join(empty)}." if empty else "0 of them have no deals: every one has some."
    count = f"{len(groups)} rep{'s' if len(groups) != 1 else ''}"
    if len(groups) > 12:  # the whole company: the table lists everyone, the sentence names who has nothing
        return f"{who} has {count}. {none} (Scope: {where(data)}.)"
    deals = f"{stage} deals" if stage else "deals"
    people = "; ".join(
        f"{g['group']} ({g['deals']:,} {deals})" if g["deals"] else f"{g['group']} (no {deals})" for g in groups
    )
    return f"{who} has {count}: {people}. {none} (Scope: {where(data)}.)"


def _in_all(question: Question, data: dict[str, Any]) -> str:
    """The whole a ranking's leader is part of: "14 open deals in all"."""
    measure = question.measures[0]
    if not data.get("groups"):
        return ""
    whole = data["groups"][0]
    said = [f"{figure(m, whole)} {_label(question, m)}" for m in question.measures
            if m == measure or m in ("deals", "won_revenue", "pipeline_value")]  # fmt: skip
    return f" In all: {'; '.join(said)}."  # "who, and how many deals total": the count beside the $ ranked by


def _label(question: Question, measure: str) -> str:
    stage = question.scope.get("stage")
    return f"{stage} deals" if measure == "deals" and stage else LABELS.get(measure, measure)


def _managers(results: list[dict[str, Any]]) -> str:
    """The managers of the reps in scope, when asked for along with the roster."""
    names = [str(g["group"]) for r in results for g in r.get("groups", []) if g.get("group")]
    if not results:
        return ""
    return f" Managers: {', '.join(names)}." if names else " No managers found there."


def _draft(data: dict[str, Any]) -> str:
    status = (
        f"It is blocked: {data['blocked_reason']}."
        if data.get("blocked_reason")
        else "Nothing has been sent: approve, edit or reject it on the approval card."
    )
    return (
        f"I drafted an email to {data['to']} at {data['account']} for your approval. {status}"
        + (f" Note: {data['note']}." if data.get("note") else "")
        + "\n\n"
        f"Subject: {data['subject']}\n\n{data['body']}"
    )


def _risk(data: dict[str, Any]) -> str:
    """Deals at risk with their reasons, each backed by the customer's words and the date they were said."""
    scope_line = where(data)
    if not data["open_deals"]:
        return f"No open deals ({scope_line})."
    if data.get("reason"):
        return one_reason(data, scope_line)
    if not data["deals_with_interactions"]:
        return (f"I have no emails, calls or notes on file for the {data['open_deals']} open deal(s) ({scope_line}), "
                "so I can't judge their risk from what the customer said. Ask \"which deals need attention?\" for the "
                "ones open the longest, or log what you hear (\"log: ...\") so I can read it.")  # fmt: skip
    if not data["at_risk"]:
        return (f"No risk signals as of {data['today']}: the {data['deals_with_interactions']} open deal(s) with "
                f"interactions on file ({scope_line}) look healthy.")  # fmt: skip
    lines = []
    for d in data["at_risk"][:5]:
        lines.append(f"{d['account'] or 'No account'}: {d['product']} ({d['deal']}, {d['stage']}) is at risk "
                     f"(risk score {d['score']:.0%}):")  # fmt: skip
        for r in d["reasons"]:
            lines.append(f"- {r['label'][0].upper()}{r['label'][1:]} ({r['contribution']:.0%} of the score): "
                         f"{r['summary']}.")  # fmt: skip
            lines += [f'    "{e["quote"]}" ({e["source"]}, {e["date"]})' for e in r["evidence"][:2]]
        if d.get("next_action"):
            lines.append(f"  Next step: {d['next_action']['text']}.")
    if len(data["at_risk"]) > 5:
        lines.append(f"...and {len(data['at_risk']) - 5} more at-risk deals.")
    if data["healthy"]:
        lines.append(f"{len(data['healthy'])} other open deal(s) with interactions look healthy.")
    return "\n".join(lines)


def _actions(data: dict[str, Any]) -> str:
    """The next step for each deal, most urgent first, with why; an offer to draft the first when it is an email."""
    deals = data["deals"]
    if not deals:
        return "No open deals match, so there is no next step to suggest."
    lines = []
    for d in deals:
        risk = f", at risk {d['score']:.0%}: {', '.join(d['reasons'])}" if d["at_risk"] else ""
        lines.append(f"{d['account'] or 'No account'}: {d['product']} ({d['deal']}, {d['stage']}{risk})")
        lines.append(f"  Next step: {d['action']['text']}.")
        lines.append(f"  Why: {d['action']['why']}.")
    if data.get("more"):
        lines.append(f"...and {data['more']} more open deal(s).")
    first = deals[0]
    if data.get("offer_draft"):
        who = f" to {first['action']['to']}" if first["action"].get("to") else ""
        lines.append(f'Say "draft it" and I\'ll draft that email{who} for {first["account"] or first["deal"]} for your '
                     "approval; nothing is sent until you approve it.")  # fmt: skip
    else:
        lines.append('That step is a call rather than an email; say "draft it" if you want a follow-up email anyway.')
    return "\n".join(lines)
