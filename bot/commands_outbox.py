"""``dealbot webhooks``, ``dealbot outbox`` and ``dealbot deal stage``: real-time sync from the CLI."""

from __future__ import annotations

import argparse
import getpass
from datetime import date

from bot.errors import DataError
from bot.services import Services
from memory.db import session_scope
from memory.migrate import check_initialised
from memory.models import OutboxEvent, OutboxStatus
from memory.stage_changes import change_stage as apply_stage_change
from memory.stage_changes import get_deal, parse_stage
from memory.users import get_user_by_name
from memory.webhooks import SUBSCRIBABLE, add_endpoint, list_endpoints, remove_endpoint
from policies.outbox import list_events, retry


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def add_subcommands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``webhooks``, ``outbox`` and ``deal`` subcommands, for ``bot.cli.build_parser``."""
    hooks = sub.add_parser("webhooks", help="endpoints that receive deal events (billing, marketing automation)")
    hooks_sub = hooks.add_subparsers(dest="webhooks_command", required=True, metavar="ACTION")
    add = hooks_sub.add_parser("add", help="send deal events to URL, signed with a secret")
    add.add_argument("url")
    add.add_argument("--event", action="append", required=True, metavar="EVENT",
                     help=f"one of {', '.join(SUBSCRIBABLE)}; repeat or comma-separate for several")  # fmt: skip
    add.add_argument("--secret", help="the HMAC secret shared with the receiver (default: a random one, printed)")
    hooks_sub.add_parser("list", help="list active endpoints")
    remove = hooks_sub.add_parser("remove", help="stop sending to an endpoint; its pending events are dropped")
    remove.add_argument("id", type=int)

    outbox = sub.add_parser("outbox", help="deal events waiting for, or done with, delivery")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", required=True, metavar="ACTION")
    listing = outbox_sub.add_parser("list", help="the newest events, with attempts and last error")
    listing.add_argument("--status", choices=[s.value for s in OutboxStatus])
    listing.add_argument("--limit", type=int, default=50)
    again = outbox_sub.add_parser("retry", help="make dead (or pending) events due again with fresh attempts")
    again.add_argument("ids", nargs="*", type=int, metavar="ID")
    again.add_argument("--dead", action="store_true", help="every dead event whose endpoint is still active")

    deal = sub.add_parser("deal", help="change a deal")
    deal_sub = deal.add_subparsers(dest="deal_command", required=True, metavar="ACTION")
    stage = deal_sub.add_parser("stage", help="move a deal to another stage (writes webhook events)")
    stage.add_argument("opportunity_id", metavar="OPP_ID")
    stage.add_argument("stage", metavar="STAGE", help="Prospecting, Engaging, Won or Lost")
    stage.add_argument("--on", type=_iso_date, metavar="YYYY-MM-DD", help="business date of the change")
    stage.add_argument("--value", type=float, metavar="AMOUNT", help="the close value, when closing")
    stage.add_argument("--as", dest="as_user", metavar="NAME", help="who made the change (for the audit)")


def _cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


async def webhooks_command(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    with session_scope(services.engine) as session:
        if args.webhooks_command == "add":
            endpoint = add_endpoint(session, url=args.url, events=args.event, secret=args.secret, actor=_cli_actor())
            print(f"added webhook {endpoint.id}: {endpoint.url} <- {', '.join(endpoint.events)}")
            if args.secret is None:
                print(f"secret (shown once; give it to the receiver): {endpoint.secret}")
        elif args.webhooks_command == "list":
            endpoints = list_endpoints(session)
            if not endpoints:
                print("no webhook endpoints; add one with `dealbot webhooks add URL --event deal.won`")
            for e in endpoints:
                print(f"{e.id:>4}  {e.url:<60} {','.join(e.events)}")
        else:
            endpoint, dropped = remove_endpoint(session, endpoint_id=args.id, actor=_cli_actor())
            note = f"; {dropped} pending event(s) dropped" if dropped else ""
            print(f"removed webhook {endpoint.id}: {endpoint.url}{note}")
    return 0


async def outbox_command(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    with session_scope(services.engine) as session:
        if args.outbox_command == "list":
            status = OutboxStatus(args.status) if args.status else None
            rows = list_events(session, status=status, limit=args.limit)
            if not rows:
                print("outbox is empty" if status is None else f"no {status.value} events")
            for event, url in rows:
                print(_event_line(event, url))
        else:
            if args.ids and args.dead:
                raise DataError("give event ids or --dead, not both")
            revived = retry(session, ids=args.ids, all_dead=args.dead, actor=_cli_actor())
            ids = ", ".join(str(e.id) for e in revived)
            print(f"{len(revived)} event(s) due again" + (f": {ids}" if ids else ""))
    return 0


def _event_line(event: OutboxEvent, url: str) -> str:
    deal = event.payload.get("data", {}).get("opportunity_id", "-")
    if event.status == OutboxStatus.PENDING:
        when = f"next {event.next_attempt_at:%Y-%m-%d %H:%M:%S}"
    elif event.delivered_at is not None:
        when = f"sent {event.delivered_at:%Y-%m-%d %H:%M:%S}"
    else:
        when = "gave up" + " " * 17
    error = f"  last error: {event.last_error}" if event.last_error else ""
    return (f"{event.id:>6}  {event.status:<9} {event.event_type:<19} {deal:<9} {event.attempts:>2} tries  "
            f"{when}  -> {url}{error}")  # fmt: skip


async def deal_command(services: Services, args: argparse.Namespace) -> int:
    """``dealbot deal stage``: the same change, history, audit and outbox events as any other path."""
    check_initialised(services.engine)
    with session_scope(services.engine) as session:
        stage = parse_stage(args.stage)
        deal = get_deal(session, external_id=args.opportunity_id)
        actor = f"user:{get_user_by_name(session, name=args.as_user).id}" if args.as_user else _cli_actor()
        result = apply_stage_change(session, deal=deal, to_stage=stage, source="cli", actor=actor, on=args.on,
                                    close_value=args.value)  # fmt: skip
        change = result.change
    events = ", ".join(result.event_ids)
    print(f"{deal.external_id}: {change.from_stage} -> {change.to_stage}; "
          f"{len(result.outbox)} webhook event(s) queued ({events})")  # fmt: skip
    return 0
