"""``dealbot proposals list|show|approve|reject``: the approval gate from the terminal.

The same decision path as the Slack and Teams buttons: policies decide, and an approval is
carried out at once when an email server is configured (the worker catches up otherwise)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from sqlmodel import col, select

from bot.errors import DataError
from bot.services import Services
from memory.db import session_scope
from memory.migrate import check_initialised
from memory.models import Proposal, User
from memory.users import get_user_by_name
from policies.approval import Decision, decide_in_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    proposals = sub.add_parser("proposals", help="list drafts awaiting approval; approve or reject them")
    actions = proposals.add_subparsers(dest="proposals_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list proposals")
    listing.add_argument("--status", help="only this status (pending, approved, sent, ...)")
    show = actions.add_parser("show", help="show one proposal in full")
    show.add_argument("id")
    for name in ("approve", "reject"):
        p = actions.add_parser(name, help=f"{name} a proposal")
        p.add_argument("id")
        p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="who decides")
        if name == "approve":
            p.add_argument("--body-file", type=argparse.FileType("r"), help="send this edited body instead")


async def run(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    if args.proposals_command == "list":
        return _list(services, args.status)
    if args.proposals_command == "show":
        return _show(services, args.id)
    return await _decide(services, args)


def _list(services: Services, status: str | None) -> int:
    with session_scope(services.engine) as session:
        query = select(Proposal, User.name).join(User, col(User.id) == Proposal.requested_by_id)
        if status:
            query = query.where(Proposal.status == status)
        for proposal, requester in session.exec(query.order_by(col(Proposal.created_at).desc())):
            print(f"{proposal.id}  {proposal.status:<9} {proposal.kind:<6} {requester:<20} "
                  f"{proposal.recipient or '-':<40} {proposal.subject or ''}")  # fmt: skip
    return 0


def _show(services: Services, proposal_id: str) -> int:
    with session_scope(services.engine) as session:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            raise DataError(f"no proposal {proposal_id!r}")
        body = proposal.edited_body if proposal.edited_body is not None else proposal.body
        print(f"id: {proposal.id}\nstatus: {proposal.status}\nto: {proposal.recipient}\nsubject: {proposal.subject}")
        print(f"why: {proposal.rationale}\n" + (f"note: {proposal.error}\n" if proposal.error else "") + f"\n{body}")
    return 0


async def _decide(services: Services, args: argparse.Namespace) -> int:
    with session_scope(services.engine) as session:
        actor_id = get_user_by_name(session, name=args.as_user).id or 0
    edited = args.body_file.read() if getattr(args, "body_file", None) else None
    decision: Decision = await asyncio.to_thread(
        decide_in_store, services.engine, proposal_id=args.id, actor_id=actor_id,
        action="approve" if args.proposals_command == "approve" else "reject", edited_body=edited,
    )  # fmt: skip
    print(decision.message)
    if decision.outcome not in ("approved", "rejected"):
        return 2
    if decision.outcome == "approved":
        executor = services.executor
        if executor is None or not executor.can_send_email:
            print("It will be sent once an email server is configured (SMTP_HOST); nothing was sent yet.")
            return 0
        status = await executor.execute(args.id, worker=f"cli:{os.getpid()}")
        print(f"status: {status or 'queued for the worker'}", file=sys.stdout)
    return 0
