"""``dealbot updates list|show|confirm|edit|dismiss``: proposed deal updates from the terminal.

The same decision path as the Confirm / Edit / Dismiss buttons in Slack and Teams: policies decide
(owner, manager or admin; exactly once; audited); a stage change fires the deal's webhooks."""

from __future__ import annotations

import argparse
import asyncio
from typing import Literal

from sqlmodel import Session

from adapters.console.render import render_update_card
from bot.errors import DataError
from bot.services import Services
from bot.update_desk import UpdateDesk
from memory.db import session_scope
from memory.ingest.updates import STATUSES, list_updates
from memory.migrate import check_initialised
from memory.users import get_user_by_name
from policies.deal_updates import decide_update_in_store, parse_edits
from policies.update_cards import update_card_for

DECIDED = {"confirmed", "dismissed"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``dealbot updates``."""
    updates = sub.add_parser("updates", help="deal updates proposed from emails, calls and notes: confirm or dismiss")
    actions = updates.add_subparsers(dest="updates_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list proposed updates (newest first)")
    listing.add_argument("--status", choices=[*STATUSES, "all"], default="proposed", help="default: proposed")
    listing.add_argument("--limit", type=int, default=50)
    show = actions.add_parser("show", help="show one proposed update in full")
    show.add_argument("id")
    helps = {"confirm": "write the proposed values to the deal", "edit": "change values, then confirm them",
             "dismiss": "leave the deal unchanged"}  # fmt: skip
    for name, text in helps.items():
        p = actions.add_parser(name, help=text)
        p.add_argument("id")
        p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="who decides")
        if name == "edit":
            p.add_argument("--stage", help="Prospecting, Engaging, Won or Lost ('' to leave the stage as it is)")
            p.add_argument("--close-date", metavar="YYYY-MM-DD", help="expected close date ('' to leave it)")
            p.add_argument("--amount", help="e.g. 45000 or 45k ('' to leave it)")


async def run(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    if args.updates_command == "list":
        return _list(services, None if args.status == "all" else args.status, args.limit)
    if args.updates_command == "show":
        card = UpdateDesk(services.engine).card(_id(args.id))
        if card is None:
            raise DataError(f"no proposed update {args.id!r}")
        print(render_update_card(card))
        return 0
    return await asyncio.to_thread(_decide, services, args)


def _id(text: str) -> str:
    if not text.strip().isdigit():
        raise DataError(f"{text!r} is not an update id (the number `dealbot updates list` shows)")
    return text.strip()


def _list(services: Services, status: str | None, limit: int) -> int:
    with Session(services.engine) as session:
        rows = list_updates(session, status=status, limit=limit)
        cards = [c for r in rows if r.id is not None and (c := update_card_for(session, interaction_id=r.id))]
    if not cards:
        print(f"no {status or ''} updates".replace("  ", " "))
    for card in cards:
        print(f"{card.id:>6}  {card.status:<9} {card.deal:<10} {card.owner:<20} {card.headline}")
    return 0


def _decide(services: Services, args: argparse.Namespace) -> int:
    update_id = int(_id(args.id))
    with session_scope(services.engine) as session:
        actor_id = get_user_by_name(session, name=args.as_user).id or 0
    edits = None
    if args.updates_command == "edit":
        given = {"stage": args.stage, "expected_close": args.close_date, "amount": args.amount}
        if all(v is None for v in given.values()):
            raise DataError("nothing to edit: give --stage, --close-date and/or --amount")
        edits = parse_edits({k: v for k, v in given.items() if v is not None})  # the others keep the proposal
    action: Literal["confirm", "dismiss"] = "dismiss" if args.updates_command == "dismiss" else "confirm"
    decision = decide_update_in_store(
        services.engine, interaction_id=update_id, actor_id=actor_id, action=action, edits=edits
    )
    print(decision.message)
    return 0 if decision.outcome in DECIDED else 2
