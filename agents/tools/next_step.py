"""next_best_action and draft_next_step: what to do next on a deal and why, and the email of that step drafted as
a proposal (never sent: it waits for approval on a card like any draft)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.insights import actions
from agents.insights.action_email import compose_action_email
from agents.insights.actions import Action
from agents.insights.risk import LABELS, RiskAssessment
from agents.insights.thread import DealFacts
from agents.tools.base import ToolResult, make_tool
from agents.tools.outbound import DraftEmailArgs, _email_to_answer, _primary_contact, _re, draft_email
from agents.tools.risk import MAX_DEALS, _names
from agents.tools.risk_scan import assess_deals, people_of, remember
from agents.tools.scope import DealScope, resolve
from bot.errors import NotFoundError
from bot.events import Block, Fact
from memory.models import Contact, Deal
from policies.approval import propose_email

SHOWN = 5  # deals whose next step a chat answer lists


class NextStepArgs(BaseModel):
    account: str | None = Field(None, description="one account (customer company); leave empty for several deals")
    owner: str | None = Field(None, description='"me", "my team", or a sales rep\'s name; empty = whoever can see')
    deal: str | None = Field(None, description="one opportunity id, e.g. 1C1I7A6R")
    product: str | None = Field(None, description="the product, to pick one of several deals at the account")


def next_best_action(ctx: ToolContext, args: NextStepArgs) -> ToolResult:
    """The next best action for open deals, riskiest first, each with why: the risk reason and the customer's
    words and date behind it, or an unanswered request of theirs, or the stage's usual step. Says whether the
    step is an email (then draft_next_step can draft it for approval) and to whom."""
    plans = _plans(ctx, args)
    data = {
        "today": ctx.today.isoformat(),
        "open_deals": len(plans),
        "deals": [p for p in plans[:SHOWN]],
        "more": max(0, len(plans) - SHOWN),
        "offer_draft": bool(plans and plans[0]["action"]["email"]),
    }
    blocks = tuple(Block(title=f"{p['account'] or 'no account'}: {p['product']} ({p['deal']})",
                         facts=(Fact("Next step", str(p["action"]["text"])), Fact("Why", str(p["action"]["why"]))))
                   for p in plans[:SHOWN])  # fmt: skip
    return ToolResult(
        data=data, blocks=blocks, basis=f"read from the emails, calls and notes on file as of {ctx.today}"
    )


def draft_next_step(ctx: ToolContext, args: NextStepArgs) -> ToolResult:
    """Draft the email of a deal's next best action (the follow-up it needs, grounded in the customer's own
    words), to the right contact, as a reply to their last email when there is one. Nothing is sent: the rep
    approves, edits or rejects it on an approval card. Use after next_best_action ("draft it")."""
    if not (args.account or args.deal or args.owner):
        raise NotFoundError('which deal? ask me "what should I do about <account>?" first, or name the account')
    plans = _plans(ctx, args, keep_objects=True)
    if not plans:
        if args.account:  # no open deal there: an ordinary follow-up, for the account as a whole
            return draft_email(
                ctx,
                DraftEmailArgs.model_validate(
                    {"account": args.account, "request": "follow up", "product": args.product}
                ),
            )
        raise NotFoundError(f"no open deal matches ({', '.join(f'{k} {v}' for k, v in args if v)})")
    plan = plans[0]
    deal: Deal = plan.pop("_deal")
    action: Action = plan.pop("_action")
    facts: DealFacts = plan.pop("_facts")
    with ctx.session() as session:
        contact = _recipient(session, deal, action)
        if contact is None:
            raise NotFoundError(f"there is no contact on record for {plan['account'] or deal.external_id}")
        draft = compose_action_email(action, facts, recipient=contact.name, rep_name=ctx.user.name)
        answering = _email_to_answer(session, deal.account_id, contact.id) if deal.account_id else None
        proposal = propose_email(
            session, requested_by_id=ctx.user.id or 0, contact=contact,
            subject=_re(answering.subject) if answering and answering.subject else draft.subject, body=draft.body,
            rationale=f"Next step for {deal.external_id}: {action.text}. Why: {action.why}", deal_id=deal.id,
            drafted_by="dealbot", ttl=timedelta(hours=ctx.proposal_ttl_hours),
            payload={"next_step": {"reason": action.reason, "purpose": action.purpose}, "deal": deal.external_id},
            in_reply_to=answering.source_ref if answering else None,
        )  # fmt: skip
    ctx.proposals.append(proposal.id)
    data = {
        "proposal_id": proposal.id, "status": proposal.status, "to": f"{contact.name} <{contact.email}>",
        "account": plan["account"], "deal": deal.external_id, "subject": proposal.subject, "body": proposal.body,
        "blocked_reason": proposal.error, "next_step": action.text, "why": action.why,
        "in_reply_to": proposal.in_reply_to, "step_is_email": action.email,
    }  # fmt: skip
    facts_shown = (Fact("To", str(data["to"])), Fact("Subject", proposal.subject or ""), Fact("Why", action.why))
    return ToolResult(data=data, blocks=(Block(title="Draft for approval", facts=facts_shown),),
                      proposal_id=proposal.id)  # fmt: skip


def _plans(ctx: ToolContext, args: NextStepArgs, *, keep_objects: bool = False) -> list[dict[str, Any]]:
    """Every open deal in scope with its assessment and next step, the most urgent first."""
    with ctx.session() as session:
        scope = resolve(ctx, session, DealScope.model_validate({"account": args.account, "owner": args.owner,
                                                                "product": args.product, "stage": "open"}))  # fmt: skip
        query = select(Deal).where(*scope.where.conditions())
        if args.deal:
            query = query.where(Deal.external_id == args.deal.strip().upper())
        deals = list(session.exec(query.order_by(col(Deal.owner_id) != ctx.user.id, col(Deal.id)).limit(MAX_DEALS)))
        names = _names(session, deals)
        facts = {d.id or 0: _facts(d, names) for d in deals}
        assessed = {a.deal.id: a for a in assess_deals(session, deals, ctx.today, facts)}
        remember(session, list(assessed.values()), ctx.today, ctx.origin)
        people = people_of(session, {d.account_id for d in deals if d.account_id is not None})
    plans = []
    for rank, deal in enumerate(deals):
        a = assessed.get(deal.id)
        verdict = a.verdict if a else RiskAssessment(False, 0.0, ())
        action = actions.next_best_action(verdict, facts[deal.id or 0], messages=a.messages if a else (),
                                  people=people.get(deal.account_id or 0, []), now=ctx.today)  # fmt: skip
        plan = _describe(deal, names, verdict, action)
        plan["_order"] = (-verdict.score, action.ask is None, a is None, rank)
        if keep_objects:
            plan |= {"_deal": deal, "_action": action, "_facts": facts[deal.id or 0]}
        plans.append(plan)
    plans.sort(key=lambda p: p.pop("_order"))
    return plans


def _facts(deal: Deal, names: dict[str, dict[int, str]]) -> DealFacts:
    return DealFacts(str(deal.stage), deal.expected_close, names["account"].get(deal.account_id or 0, ""),
                     names["product"].get(deal.product_id, ""))  # fmt: skip


def _describe(deal: Deal, names: dict[str, dict[int, str]], verdict: RiskAssessment, action: Action) -> dict[str, Any]:
    return {
        "deal": deal.external_id, "account": names["account"].get(deal.account_id or 0),
        "product": names["product"].get(deal.product_id), "owner": names["owner"].get(deal.owner_id),
        "stage": str(deal.stage), "at_risk": verdict.at_risk, "score": verdict.score,
        "reasons": [LABELS[r.code] for r in verdict.reasons],
        "evidence": [{"quote": e.quote, "date": e.on.isoformat(), "source": e.source} for e in action.evidence[-2:]],
        "action": action.as_dict(),
    }  # fmt: skip


def _recipient(session: Session, deal: Deal, action: Action) -> Contact | None:
    """The contact the action names (at the deal's account), else the account's main contact."""
    if deal.account_id is None:
        return None
    if action.to:
        named = session.exec(select(Contact).where(Contact.account_id == deal.account_id, Contact.name == action.to))
        contact = named.first()
        if contact is not None:
            return contact
    return _primary_contact(session, deal.account_id)


NEXT_BEST_ACTION = make_tool(next_best_action, NextStepArgs)
DRAFT_NEXT_STEP = make_tool(draft_next_step, NextStepArgs, outbound=True)
