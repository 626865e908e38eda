"""deal_risk: which open deals are at risk, and why, with the customer's own words and dates as evidence."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import or_
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.insights.actions import next_best_action
from agents.insights.risk import LABELS, RiskAssessment, assess
from agents.insights.thread import DealFacts, Message
from agents.tools.base import ToolResult, make_tool
from agents.tools.risk_scan import Assessed, people_of, remember
from agents.tools.scope import DealScope, resolve
from bot.events import Block, Fact
from memory.models import Account, Contact, Deal, Interaction, InteractionKind, Product, User

KIND_NAMES = {
    InteractionKind.EMAIL: "email",
    InteractionKind.CALL: "call_transcript",
    InteractionKind.MEETING: "meeting_note",
    InteractionKind.NOTE: "meeting_note",
    InteractionKind.VOICE_NOTE: "voice_note",
}
RiskCode = Literal[
    "sentiment_drop", "gone_quiet", "competitor_mentioned", "budget_concern", "stakeholder_change", "timeline_slip",
    "pricing_objection",
]  # fmt: skip
MAX_DEALS = 200  # open deals read per question; a whole company's pipeline is summarised, not listed


class DealRiskArgs(BaseModel):
    account: str | None = Field(None, description="one account (customer company); leave empty for several deals")
    owner: str | None = Field(None, description='"me", "my team", or a sales rep\'s name; empty = whoever can see')
    deal: str | None = Field(None, description="one opportunity id, e.g. 1C1I7A6R")
    reason: RiskCode | None = Field(
        None, description="only this reason, when the question names one (e.g. 'any stakeholder changes?')"
    )


def deal_risk(ctx: ToolContext, args: DealRiskArgs) -> ToolResult:
    """Whether open deals are at risk and why: reason codes (sentiment_drop, gone_quiet, competitor_mentioned,
    budget_concern, stakeholder_change, timeline_slip, pricing_objection), each with quoted evidence from the
    customer's emails, calls and notes, its date, and its contribution to the risk score."""
    with ctx.session() as session:
        scope = resolve(
            ctx, session, DealScope.model_validate({"account": args.account, "owner": args.owner, "stage": "open"})
        )
        query = select(Deal).where(*scope.where.conditions())
        if args.deal:
            query = query.where(Deal.external_id == args.deal.strip().upper())
        deals = list(session.exec(query.order_by(col(Deal.id)).limit(MAX_DEALS)))
        threads = _threads(session, deals)
        names = _names(session, deals)
        people = people_of(session, {d.account_id for d in deals if d.account_id is not None})
    checked: list[dict[str, Any]] = []
    assessed: list[Assessed] = []
    for deal in deals:
        messages = threads.get(deal.id or 0, [])
        if not messages:
            continue
        verdict = assess(_facts(deal), messages, ctx.today, ours={names["owner"].get(deal.owner_id, "").lower()})
        assessed.append(Assessed(deal, messages, verdict))
        action = next_best_action(verdict, _facts(deal, names), messages=messages, now=ctx.today,
                                  people=people.get(deal.account_id or 0, []))  # fmt: skip
        checked.append(_describe(deal, names, verdict) | {"next_action": action.as_dict()})
    with ctx.session() as session:  # the first time a reason is seen, and when it clears, is kept for the KPIs
        remember(session, assessed, ctx.today, ctx.origin)
    at_risk = sorted((d for d in checked if d["at_risk"]), key=lambda d: -d["score"])
    if args.reason:  # the deals showing that one reason, flagged or only a weak sign, with only its evidence
        at_risk = [d | {"reasons": asked} for d in at_risk if (asked := _only(d["reasons"], args.reason))]
        weak = [d | {"reasons": asked} for d in checked if (asked := _only(d["watch"], args.reason))]
    data = {
        "reason": args.reason,
        "reason_label": LABELS[args.reason] if args.reason else None,
        "weak": weak if args.reason else [],
        "scope": list(scope.labels) or ["all open deals"],
        "today": ctx.today.isoformat(),
        "open_deals": len(deals),
        "deals_with_interactions": len(checked),
        "at_risk": at_risk,
        "healthy": [{k: d[k] for k in ("deal", "account", "product", "stage")} for d in checked if not d["at_risk"]],
        "at_risk_otherwise": sum(d["at_risk"] for d in checked) - len(at_risk) if args.reason else 0,
        "other_reasons": sorted({r["label"] for d in checked for r in d["reasons"] if r["code"] != args.reason}),
    }
    return ToolResult(data=data, blocks=tuple(_block(d) for d in at_risk[:5]), basis=_basis(data))


def _threads(session: Session, deals: list[Deal]) -> dict[int, list[Message]]:
    """Each deal's interactions: those logged on the deal, and those logged on its account without a deal."""
    ids = [d.id for d in deals if d.id is not None]
    accounts = {d.account_id for d in deals if d.account_id is not None}
    if not ids:
        return {}
    rows = session.exec(
        select(Interaction, Contact.name)
        .join(Contact, col(Contact.id) == col(Interaction.contact_id), isouter=True)
        .where(
            or_(
                col(Interaction.deal_id).in_(ids),
                col(Interaction.deal_id).is_(None) & col(Interaction.account_id).in_(accounts),
            )
        )  # fmt: skip
        .order_by(col(Interaction.occurred_at))
    ).all()
    owners = {u.id: u.name for u in session.exec(select(User).where(col(User.id).in_({d.owner_id for d in deals})))}
    by_deal: dict[int, list[Message]] = defaultdict(list)
    for interaction, contact in rows:
        for deal in deals:
            mine = interaction.deal_id == deal.id or (
                interaction.deal_id is None and interaction.account_id == deal.account_id
            )
            if mine and deal.id is not None:
                ours = interaction.direction in ("outbound", "internal")
                sender = owners.get(deal.owner_id, "") if ours else (contact or "")
                kind = KIND_NAMES.get(InteractionKind(interaction.kind), "email")
                by_deal[deal.id].append(
                    Message(interaction.occurred_at, kind, str(interaction.direction), interaction.raw_text, sender)
                )
    return by_deal


def _names(session: Session, deals: list[Deal]) -> dict[str, dict[int, str]]:
    def lookup(model: Any, ids: set[int]) -> dict[int, str]:
        return {row.id: row.name for row in session.exec(select(model).where(col(model.id).in_(ids)))}

    return {
        "owner": lookup(User, {d.owner_id for d in deals}),
        "account": lookup(Account, {d.account_id for d in deals if d.account_id is not None}),
        "product": lookup(Product, {d.product_id for d in deals}),
    }


def _facts(deal: Deal, names: dict[str, dict[int, str]] | None = None) -> DealFacts:
    if names is None:
        return DealFacts(str(deal.stage), deal.expected_close)
    account, product = names["account"].get(deal.account_id or 0, ""), names["product"].get(deal.product_id, "")
    return DealFacts(str(deal.stage), deal.expected_close, account, product)


def _describe(deal: Deal, names: dict[str, dict[int, str]], verdict: RiskAssessment) -> dict[str, Any]:
    return {
        "deal": deal.external_id,
        "account": names["account"].get(deal.account_id or 0),
        "product": names["product"].get(deal.product_id),
        "owner": names["owner"].get(deal.owner_id),
        "stage": str(deal.stage),
        "expected_close": deal.expected_close.isoformat() if isinstance(deal.expected_close, date) else None,
        "at_risk": verdict.at_risk,
        "score": verdict.score,
        "reasons": [r.as_dict() for r in verdict.reasons],
        "watch": [r.as_dict() for r in verdict.watch],  # too weak to flag alone; shown when asked by name
        "next_action": next_best_action(verdict, _facts(deal)).as_dict(),  # without the thread; see deal_risk
    }


def _only(reasons: list[dict[str, Any]], code: str) -> list[dict[str, Any]]:
    return [r for r in reasons if r["code"] == code]


def _block(d: dict[str, Any]) -> Block:
    facts = []
    for r in d["reasons"]:
        quotes = "; ".join(f'"{e["quote"]}" ({e["date"]})' for e in r["evidence"][:2])
        facts.append(Fact(f"{r['label']} ({r['contribution']:.0%})", f"{r['summary']}. {quotes}".strip()))
    title = f"{d['account'] or 'no account'}: {d['product']} ({d['deal']}), risk {d['score']:.0%}"
    return Block(title=title, facts=tuple(facts))


def _basis(data: dict[str, Any]) -> str:
    return (f"{data['deals_with_interactions']} of {data['open_deals']} open deals have emails, calls or notes on "
            f"file; risk is read from them as of {data['today']}")  # fmt: skip


DEAL_RISK = make_tool(deal_risk, DealRiskArgs)
