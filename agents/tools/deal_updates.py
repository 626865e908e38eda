"""set_deal_stage: move a deal to another stage from chat. An internal CRM change, not customer
communication, so it needs no approval; it is authorised (owner, their manager, an admin),
recorded in the stage history and audit, and announced to webhook subscribers in one transaction."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from bot.errors import DataError, NotFoundError, PolicyError
from bot.events import Block, Fact
from memory import queries
from memory.models import OPEN_STAGES, Deal, Product, Role, User
from memory.normalise import name_key
from memory.stage_changes import change_stage, get_deal


class SetDealStageArgs(BaseModel):
    stage: Literal["Prospecting", "Engaging", "Won", "Lost"] = Field(description="the deal's new stage")
    opportunity: str | None = Field(None, description="the opportunity id, e.g. 1C1I7A6R")
    account: str | None = Field(None, description="the account, when no opportunity id is given")
    product: str | None = Field(None, description="the product, to pick one of several open deals at the account")
    close_value: float | None = Field(None, ge=0, description="the amount, when the deal is won")


def set_deal_stage(ctx: ToolContext, args: SetDealStageArgs) -> ToolResult:
    """Move one of the user's deals to another stage (e.g. mark it Won with its amount). Name it by
    opportunity id, or by account (and product) for the user's open deal there."""
    with ctx.session() as session:
        deal = _the_deal(session, ctx, args)
        _authorise(session, ctx.user, deal)
        before = deal.stage
        change_stage(session, deal=deal, to_stage=args.stage, source="chat", actor=f"user:{ctx.user.id}",
                     on=ctx.today, close_value=args.close_value)  # fmt: skip
        data = {"opportunity": deal.external_id, "from_stage": before, "to_stage": args.stage,
                "close_value": deal.close_value, "close_date": deal.close_date}  # fmt: skip
    facts = (Fact("Opportunity", deal.external_id), Fact("Stage", f"{before} -> {args.stage}"))
    return ToolResult(data=data, blocks=(Block(title="Deal updated", facts=facts),))


def _the_deal(session: Session, ctx: ToolContext, args: SetDealStageArgs) -> Deal:
    if args.opportunity:
        return get_deal(session, external_id=args.opportunity)
    if not args.account:
        raise DataError("which deal? give its opportunity id or the account")
    match = queries.match_name(queries.account_names(session), args.account, cutoff=80)
    if match is None:
        raise NotFoundError(f"I can't find an account called {args.account!r}")
    query = select(Deal).where(Deal.account_id == match.id, Deal.owner_id == ctx.user.id,
                               col(Deal.stage).in_([s.value for s in OPEN_STAGES]))  # fmt: skip
    deals = list(session.exec(query))
    if args.product:
        products = {p.id: p.name for p in session.exec(select(Product))}
        deals = [d for d in deals if name_key(products[d.product_id]) == name_key(args.product)]
    if not deals:
        raise NotFoundError(f"you have no open deal at {match.name}" + (f" for {args.product}" if args.product else ""))
    if len(deals) > 1:
        ids = ", ".join(d.external_id for d in deals[:10])
        raise DataError(f"you have {len(deals)} open deals at {match.name} ({ids}); which one?")
    return deals[0]


def _authorise(session: Session, user: User, deal: Deal) -> None:
    owner = session.get(User, deal.owner_id)
    if user.role == Role.ADMIN or user.id == deal.owner_id or (owner is not None and owner.manager_id == user.id):
        return
    raise PolicyError(f"only {owner.name if owner else 'its owner'} or their manager can change {deal.external_id}")


SET_DEAL_STAGE = make_tool(set_deal_stage, SetDealStageArgs)
