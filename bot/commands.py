"""What each ``dealbot`` subcommand does, wired from settings (the CLI half of the composition root)."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.errors import DataError
from bot.services import Services, build_services
from bot.settings import Settings, load_settings
from memory import migrate
from memory.db import describe, session_scope
from memory.importer import import_csv
from memory.loaders import LoadReport
from memory.migrate import check_initialised
from memory.models import Role
from memory.seed import seed_demo, store_counts
from memory.users import add_user, get_user_by_name, link_identity, list_users

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_DATA_CANDIDATES = (Path("../shared/data/crm_maven"), PROJECT_ROOT.parent / "shared/data/crm_maven")


async def dispatch(args: argparse.Namespace) -> int:
    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    if settings.log_level != "DEBUG":
        logging.getLogger("alembic").setLevel(logging.WARNING)  # migration chatter is not news
    if args.command == "serve":
        return await serve(settings, args)
    if args.command == "eval":  # runs on its own fresh store, never the configured one
        return await eval_command(settings, args)
    services = build_services(settings)
    try:
        return await _handler(args.command)(services, args)
    finally:
        services.close()


async def serve(settings: Settings, args: argparse.Namespace) -> int:
    host = args.host or settings.host
    port = args.port or settings.port
    from aiohttp import web

    from bot.app import create_app  # the web stack and the agent: only for the server

    services = build_services(settings)
    check_initialised(services.engine)
    runner = web.AppRunner(create_app(settings, services))
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    print(f"dealbot listening on http://{host}:{port} (store: {describe(services.engine)})", file=sys.stderr)
    try:
        await _wait_forever()
    finally:
        await runner.cleanup()
    return 0


async def _wait_forever() -> None:
    import asyncio
    import signal

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def worker(services: Services, args: argparse.Namespace) -> int:
    from bot.worker import default_jobs, run_forever, run_once

    if args.once:
        check_initialised(services.engine)
        handled_by_job = await asyncio.to_thread(run_once, services, default_jobs())  # jobs may run their own loop
        for name, handled in handled_by_job.items():
            print(f"{name}: {handled}")
        return 0
    await run_forever(services, default_jobs(), poll_seconds=services.settings.worker_poll_seconds)
    return 0


def _console_user(services: Services, name: str) -> None:
    """Fail before the conversation starts if the store is not ready or the person is unknown."""
    check_initialised(services.engine)
    with session_scope(services.engine) as session:
        get_user_by_name(session, name=name)  # raises with a "did you mean" suggestion


async def chat_command(services: Services, args: argparse.Namespace) -> int:
    from adapters.console.session import chat

    _console_user(services, args.as_user)
    await chat(services.pipeline.handle, user=args.as_user, today=args.now, stdin=sys.stdin, stdout=sys.stdout)
    return 0


async def ask_command(services: Services, args: argparse.Namespace) -> int:
    from adapters.console.session import ask_once

    _console_user(services, args.as_user)
    question = " ".join(args.question)
    await ask_once(services.pipeline.handle, question, user=args.as_user, today=args.now, as_json=args.json)
    return 0


def demo_data_dir(settings: Settings, explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    if settings.demo_data_dir is not None:
        return settings.demo_data_dir
    return next((p for p in DEMO_DATA_CANDIDATES if p.is_dir()), DEMO_DATA_CANDIDATES[0])


async def seed(services: Services, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    data_dir = demo_data_dir(services.settings, args.data)
    migrate.upgrade(services.engine)
    with tqdm(total=4, unit="step", desc="seeding demo", file=sys.stderr, disable=None) as bar:

        def advance(label: str, rows: int) -> None:
            bar.set_postfix_str(f"{label}: {rows:,} rows")
            bar.update()

        report = seed_demo(services.engine, data_dir, progress=advance)
    for part in report.parts:
        _print_report(part)
    with session_scope(services.engine) as session:
        counts = store_counts(session)
    print("store now holds: " + ", ".join(f"{n:,} {k}" for k, n in counts.items()))
    return 0


async def eval_command(settings: Settings, args: argparse.Namespace) -> int:
    """``dealbot eval qa``: failures and the summary line on stdout; exit 0 whatever the score."""
    if args.eval_kind == "privacy":  # offline detector: no store, no demo data
        from bot import commands_privacy

        return await commands_privacy.eval_privacy(args)
    if args.eval_kind == "extract":  # notes against the demo account names: no store
        from bot import commands_ingest

        return await commands_ingest.eval_extract(settings, args, demo_data_dir(settings, args.data))
    if args.eval_kind == "risk":  # each case brings its own deal and interactions: no store
        from bot import commands_eval_risk

        return await commands_eval_risk.run(args)
    from bot.evals.qa import run_qa  # the agent and its model: only when asked

    data_dir = demo_data_dir(settings, args.data)
    await asyncio.to_thread(run_qa, cases_path=args.cases, data_dir=data_dir, answers_path=args.answers, out=sys.stdout)
    return 0


async def import_command(services: Services, args: argparse.Namespace) -> int:
    migrate.upgrade(services.engine)
    report = import_csv(services.engine, kind=args.kind, path=args.file)
    _print_report(report)
    for line in report.error_lines():
        print(f"{args.file}:{line}", file=sys.stderr)
    if report.errors:
        print(f"dealbot: error: {len(report.errors)} row(s) of {args.file} rejected; the others were kept",
              file=sys.stderr)  # fmt: skip
        return 2
    return 0


def _print_report(report: LoadReport) -> None:
    print(report.summary())
    for line in report.repair_lines():
        print(f"  repaired: {line}")


async def users_command(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    with session_scope(services.engine) as session:
        if args.users_command == "list":
            for u in list_users(session):
                ids = ", ".join(f"{k}={v}" for k, v in (("slack", u.slack_user_id), ("teams", u.teams_user_id)) if v)
                print(f"{u.name:<22} {u.role:<8} {u.email or '-':<40} {ids}")
        elif args.users_command == "link":
            if not (args.slack or args.teams or args.email):
                raise DataError("nothing to link: give --slack, --teams and/or --email")
            user = link_identity(session, name=args.name, slack=args.slack, teams=args.teams, email=args.email)
            print(f"linked {user.name}: slack={user.slack_user_id or '-'} teams={user.teams_user_id or '-'} "
                  f"email={user.email or '-'}")  # fmt: skip
        else:
            user = add_user(session, name=args.name, role=Role(args.role), email=args.email,
                            manager=args.manager, office=args.office)  # fmt: skip
            print(f"added {user.name} ({user.role})")
    return 0


async def db_command(services: Services, args: argparse.Namespace) -> int:
    if args.db_command == "upgrade":
        migrate.upgrade(services.engine)
    print(f"{describe(services.engine)}: schema revision {migrate.current_revision(services.engine) or 'none'}")
    return 0


Handler = Callable[[Services, argparse.Namespace], Awaitable[int]]
# A command's module is imported when that command runs ("bot.<module>.<function>"): importing every one up front
# cost each command, "dealbot webhooks list" as much as "dealbot ingest", about 2 s of start-up.
_HANDLERS: dict[str, Handler | str] = {
    "worker": worker,
    "chat": chat_command,
    "ask": ask_command,
    "seed": seed,
    "import": import_command,
    "users": users_command,
    "db": db_command,
    "proposals": "commands_proposals.run",
    "webhooks": "commands_outbox.webhooks_command",
    "outbox": "commands_outbox.outbox_command",
    "deal": "commands_outbox.deal_command",
    "privacy": "commands_privacy.run",
    "teams": "commands_teams.run",
    "ingest": "commands_ingest.run",
    "model": "commands_model.run",
    "kpi": "commands_kpi.run",
    "updates": "commands_updates.run",
}


def _handler(command: str) -> Handler:
    found = _HANDLERS[command]
    if isinstance(found, str):
        module, function = found.split(".")
        handler: Handler = getattr(importlib.import_module(f"bot.{module}"), function)
        return handler
    return found
