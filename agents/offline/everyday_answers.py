"""Answers to the everyday questions of :mod:`agents.offline.everyday`: a performance summary, what the CRM can say
about loss reasons, deals closing soon and deals needing attention, each stating its scope and what it rests on."""

from __future__ import annotations

from typing import Any

from agents.offline.question import Question
from agents.offline.wording import figure, money, subject, subject_of, where


def summary(question: Question, results: list[dict[str, Any]]) -> str:
    """Won revenue and count, win rate, losses; the open pipeline now when the period is current."""
    data = results[0]
    g = data["groups"][0]
    who = subject_of(question.scope, data)
    line = (f"{who}: won revenue {money(g['won_revenue'])} from {g['won']:,} won deals; win rate "
            f"{figure('win_rate', g)} ({g['won']:,} won, {g['lost']:,} lost)")  # fmt: skip
    if len(results) > 1:
        now = results[1]["groups"][0]
        line += (f"; open pipeline now {money(now['pipeline_value'])} across {now['open']:,} open deals "
                 f"({now['engaging']:,} Engaging, {now['prospecting']:,} Prospecting; at list price)")  # fmt: skip
    return line + f". (Scope: {where(data)}.)"


def loss_reasons(question: Question, results: list[dict[str, Any]]) -> str:
    """The CRM records no reason a deal was lost: say so, with the number lost as context, not as the answer."""
    data = results[0]
    lost = data["groups"][0]["lost"]
    who = subject(question.scope)
    whose = "you" if who == "You" else who
    return (f"The CRM doesn't record why deals are lost (no loss reason is kept), so I can't say how many were lost "
            f"for a particular reason. For context, {whose} lost {lost:,} deals in all. (Scope: {where(data)}.) "
            "Ask about a deal's emails and notes (\"why is X at risk?\") for what customers said.")  # fmt: skip


def closing_soon(question: Question, results: list[dict[str, Any]]) -> str:
    """No expected close dates are kept for these deals: say so, then the longest-engaged ones."""
    data = results[0]
    heading = ("I have no expected close dates on file for these deals, so I can't say which will close soonest. "
               "The deals in Engaging the longest, likeliest to be decided next")  # fmt: skip
    return _listed(heading, data)


def attention(question: Question, results: list[dict[str, Any]]) -> str:
    """Open deals needing attention: risk flags where any exist, then the longest-engaged (stalest) deals."""
    listed, risk = results[0], results[1] if len(results) > 1 else {}
    lines = []
    flagged = risk.get("at_risk") or []
    if flagged:
        lines.append(f"At risk ({len(flagged)}, from the customers' emails, calls and notes):")
        lines += [f"- {d['deal']}: {d['account'] or 'no account'}, {d['product']}, {d['stage']} (risk score "
                  f"{d['score']:.0%})" for d in flagged[:5]]  # fmt: skip
    elif risk.get("open_deals") and not risk.get("deals_with_interactions"):
        lines.append(f"No risk flags to go on: none of the {risk['open_deals']:,} open deals has emails, calls or "
                     "notes on file, so the age of each deal is the best guide.")  # fmt: skip
    elif risk.get("open_deals"):
        lines.append(f"No risk flags: none of the {risk['deals_with_interactions']:,} open deals with emails, calls "
                     "or notes on file shows a risk signal.")  # fmt: skip
    lines.append(_listed("Stalest open deals (in Engaging the longest)", listed))
    return "\n".join(lines)


def _listed(heading: str, data: dict[str, Any]) -> str:
    deals = data["deals"]
    if not deals:
        return f"No deals in Engaging ({where(data)})."
    rows = [f"- {d['id']}: {d['account'] or 'no account'}, {d['product']}, engaged {d['engage_date']}, "
            f"{money(d['value'])} at list, {d['owner']}" for d in deals]  # fmt: skip
    return f"{heading} ({len(deals)} of {data['total']:,}; {where(data)}):\n" + "\n".join(rows)


STYLES = {"summary": summary, "loss_reasons": loss_reasons, "closing_soon": closing_soon, "attention": attention}
