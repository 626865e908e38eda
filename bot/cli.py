"""The ``dealbot`` command line. Errors print one line and exit 2; never a traceback."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot import (
    commands,
    commands_eval_risk,
    commands_ingest,
    commands_kpi,
    commands_model,
    commands_outbox,
    commands_privacy,
    commands_proposals,
    commands_teams,
    commands_updates,
)
from bot.errors import DealbotError


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealbot", description="dealbot, the sales assistant in your chat")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the web server (Slack, Teams, /healthz)")
    serve.add_argument("--host", help="interface to listen on (default: $HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: $PORT or 3978)")

    worker = sub.add_parser("worker", help="run the background worker")
    worker.add_argument("--once", action="store_true", help="run every job once and exit")

    for name, helptext in (("chat", "chat with dealbot in the terminal"), ("ask", "ask one question")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--as", dest="as_user", required=True, metavar="NAME", help="who is asking")
        p.add_argument("--now", type=_iso_date, metavar="YYYY-MM-DD", help='the day that counts as "today"')
        if name == "ask":
            p.add_argument("--json", action="store_true", help="print the reply as JSON")
            p.add_argument("question", nargs="+")

    seed = sub.add_parser("seed", help="load the demo data")
    seed.add_argument("--demo", action="store_true", required=True, help="the Maven CRM demo dataset")
    seed.add_argument("--data", type=Path, help="folder of the Maven CSVs (default: $DEALBOT_DEMO_DATA)")

    imp = sub.add_parser("import", help="import a CSV file of deals, accounts or contacts")
    imp.add_argument("kind", choices=["deals", "accounts", "contacts"])
    imp.add_argument("file", type=Path)

    users = sub.add_parser("users", help="list, add and link users")
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    users_sub.add_parser("list", help="list users and their linked identities")
    link = users_sub.add_parser("link", help="tie a Slack/Teams identity or an email to a user")
    link.add_argument("name")
    link.add_argument("--slack", metavar="ID", help="Slack user id (U...)")
    link.add_argument("--teams", metavar="ID", help="Teams / AAD object id")
    link.add_argument("--email")
    add = users_sub.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", choices=["rep", "manager", "admin"], default="rep")
    add.add_argument("--email")
    add.add_argument("--manager", metavar="NAME")
    add.add_argument("--office")

    evals = sub.add_parser("eval", help="score dealbot on an evaluation set (JSON Lines)")
    evals_sub = evals.add_subparsers(dest="eval_kind", required=True, metavar="KIND")
    qa = evals_sub.add_parser("qa", help="chat questions, checked against expected outcomes, numbers, names")
    qa.add_argument("--cases", type=Path, required=True, metavar="FILE.jsonl", help="the cases to run")
    qa.add_argument("--data", type=Path, help="folder of the Maven CSVs (default: as for `seed`)")
    qa.add_argument("--answers", type=Path, metavar="OUT.jsonl", help="write what each case's user saw")
    commands_privacy.add_eval_parser(evals_sub)
    commands_ingest.add_eval_parser(evals_sub)
    commands_eval_risk.add_parser(evals_sub)

    commands_proposals.add_parser(sub)
    commands_privacy.add_parser(sub)
    commands_outbox.add_subcommands(sub)
    commands_model.add_parser(sub)
    commands_teams.add_parser(sub)
    commands_ingest.add_parser(sub)
    commands_kpi.add_parser(sub)
    commands_updates.add_parser(sub)

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply migrations up to the latest")
    db_sub.add_parser("current", help="show the schema revision")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return asyncio.run(commands.dispatch(args))
    except DealbotError as exc:
        print(f"dealbot: error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not bad input: one line for the user, the traceback in the debug log
        logging.getLogger("dealbot").debug("unexpected error", exc_info=True)
        print(f"dealbot: internal error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        print("dealbot: run with LOG_LEVEL=DEBUG for the details", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
